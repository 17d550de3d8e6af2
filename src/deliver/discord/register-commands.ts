// Registers the application command set with one bulk overwrite. A guild registration
// takes effect at once (for testing in one server); a global one can take a while.
import { Routes, type REST, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { DISCORD_COMMANDS } from './command-definitions.js';

export interface RegisterCommandsOptions {
  /** REST client with the bot token set (see createDiscordRest). */
  readonly rest: REST;
  readonly applicationId: string;
  /** Register in one server only, instead of globally. */
  readonly guildId?: string | null;
}

export interface RegisterCommandsResult {
  readonly scope: 'global' | 'guild';
  readonly names: readonly string[];
}

/** registerDiscordCommands replaces every command in the scope with DISCORD_COMMANDS (PUT). */
export async function registerDiscordCommands(options: RegisterCommandsOptions): Promise<RegisterCommandsResult> {
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const result = (await options.rest.put(route, { body: DISCORD_COMMANDS })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}

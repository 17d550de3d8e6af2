// Registers the application command set with one bulk overwrite. A guild registration
// takes effect at once (for testing in one server); a global one can take a while.
import { PermissionFlagsBits, Routes, type REST, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { discordCommands } from './command-options.js';

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

/** registerDiscordCommands replaces every command in the scope with the spec's command set (PUT). */
export async function registerDiscordCommands(options: RegisterCommandsOptions): Promise<RegisterCommandsResult> {
  const route = options.guildId ? Routes.applicationGuildCommands(options.applicationId, options.guildId) : Routes.applicationCommands(options.applicationId);
  const result = (await options.rest.put(route, { body: discordCommands() })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId ? 'guild' : 'global', names: result.map((c) => c.name) };
}

/**
 * What the bot needs in each alert channel: View Channel, Send Messages, Embed Links, and for
 * a deal's thread Create Public Threads and Send Messages in Threads (= 309237664768).
 */
export const BOT_PERMISSIONS: bigint =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.SendMessagesInThreads;

/** discordInviteUrl is the URL that adds the bot (and its commands) to a server with BOT_PERMISSIONS. */
export function discordInviteUrl(applicationId: string): string {
  const params = new URLSearchParams({ client_id: applicationId, scope: 'bot applications.commands', permissions: BOT_PERMISSIONS.toString() });
  return `https://discord.com/oauth2/authorize?${params.toString().replace(/\+/g, '%20')}`;
}

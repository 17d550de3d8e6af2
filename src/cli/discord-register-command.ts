// `dealwatch discord register [--guild <id>]`: bulk-overwrites the application commands.
import type { AppConfig } from '../config/load-config.js';
import { createDiscordRest, discordInviteUrl, registerDiscordCommands } from '../deliver/discord/index.js';
import { print, UsageError, type CliContext } from './cli-context.js';

export async function discordRegisterCommand(ctx: CliContext, config: AppConfig, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'register') throw new UsageError('usage: dealwatch discord register [--guild <id>]');
  const guildIndex = rest.indexOf('--guild');
  const guildId = guildIndex >= 0 ? rest[guildIndex + 1] : undefined;
  if (guildIndex >= 0 && (!guildId || !/^\d{1,22}$/.test(guildId))) throw new UsageError('--guild needs a server id (digits)');
  const { botToken, applicationId, apiUrl } = config.env.discord;
  if (!botToken || !applicationId) {
    print(ctx.stderr, 'set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID to register commands');
    return 1;
  }
  const result = await registerDiscordCommands({
    rest: createDiscordRest({ ...(apiUrl ? { api: apiUrl } : {}), token: botToken, retryInline: true }),
    applicationId,
    ...(guildId ? { guildId } : {}),
  });
  print(
    ctx.stdout,
    `registered ${result.names.map((n) => `/${n}`).join(', ')} ${result.scope === 'guild' ? `in server ${guildId} (active now)` : 'globally (may take up to an hour to appear)'}`,
  );
  print(ctx.stdout, `invite the bot with: ${discordInviteUrl(applicationId)}`);
  return 0;
}

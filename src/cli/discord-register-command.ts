// `dealwatch discord register [--guild <id>]`: bulk-overwrites the application commands.
import type { AppConfig } from '../config/load-config.js';
import { print, UsageError, type CliContext } from './cli-context.js';

export async function discordRegisterCommand(ctx: CliContext, config: AppConfig, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'register') throw new UsageError('usage: dealwatch discord register [--guild <id>]');
  const guildIndex = rest.indexOf('--guild');
  const guildId = guildIndex >= 0 ? rest[guildIndex + 1] : undefined;
  if (guildIndex >= 0 && !guildId) throw new UsageError('--guild needs a server id');
  const { botToken, applicationId } = config.env.discord;
  if (!botToken || !applicationId) {
    print(ctx.stderr, 'set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID to register commands');
    return 1;
  }
  print(ctx.stderr, 'discord command registration is not wired yet');
  return 1;
}

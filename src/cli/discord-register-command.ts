// `dealwatch discord register [--guild <id>]`: bulk-overwrites the application commands.
// Every failure is one line saying what to do, never a stack trace.
import { DiscordAPIError, HTTPError } from 'discord.js';
import { createDiscordRest, discordInviteUrl, registerDiscordCommands } from '../chat/discord/index.js';
import type { AppConfig } from '../config/load-config.js';
import { print, type CliContext } from './cli-context.js';

/** registerFailure says what to check for each way a registration can fail. */
export function registerFailure(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) return `Discord refused the bot token (401): check DISCORD_BOT_TOKEN (Developer Portal → Bot → Reset Token).`;
    if (error.status === 403) {
      return 'Discord refused the registration (403): the bot lacks the applications.commands scope; re-invite it with the URL from the README (scope "bot applications.commands").';
    }
    if (error.status === 404) return 'Discord does not know that application or server (404): check DISCORD_APPLICATION_ID and --guild.';
    return `Discord refused the registration (${error.status} ${error.message}).`;
  }
  if (error instanceof HTTPError) return `Discord answered HTTP ${error.status}; try again in a minute.`;
  const detail = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
  return `the request never reached Discord (${detail}); check the network, or DISCORD_API_URL if you set it.`;
}

export async function discordRegisterCommand(ctx: CliContext, config: AppConfig, args: { readonly guild: string | undefined }): Promise<number> {
  const { botToken, applicationId, apiUrl } = config.env.discord;
  if (!botToken || !applicationId) {
    print(ctx.stderr, 'dealwatch discord register: set DISCORD_BOT_TOKEN and DISCORD_APPLICATION_ID to register commands');
    return 1;
  }
  if (!/^\d{15,22}$/.test(applicationId)) {
    print(
      ctx.stderr,
      `dealwatch discord register: DISCORD_APPLICATION_ID must be the Application ID from the Developer Portal (digits), not "${applicationId.slice(0, 30)}"`,
    );
    return 1;
  }
  const rest = createDiscordRest({ ...(apiUrl ? { api: apiUrl } : {}), token: botToken, retryInline: true, timeoutMs: 10_000 });
  try {
    const result = await registerDiscordCommands({ rest, applicationId, ...(args.guild ? { guildId: args.guild } : {}) });
    const where = result.scope === 'guild' ? `in server ${args.guild} (active now)` : 'globally (may take up to an hour to appear)';
    print(ctx.stdout, `registered ${result.names.map((n) => `/${n}`).join(', ')} ${where}`);
    print(ctx.stdout, `invite the bot with: ${discordInviteUrl(applicationId)}`);
    return 0;
  } catch (error) {
    print(ctx.stderr, `dealwatch discord register: ${registerFailure(error)}`);
    return 1;
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

// Slack's part of the app: one destination per `slack:` entry in the config, and the
// /deals, /watchlist and /feeds commands over HTTP (/slack/events on the shared
// server) or Socket Mode (when SLACK_APP_TOKEN is set).
import { App, webApi, type Receiver } from '@slack/bolt';
import type { ChatIntegration, IntegrationContext, IntegrationFactory } from '../chat-integration.js';
import type { DestinationConfig } from '../../config/load-config.js';
import type { Destination } from '../../deliver/destination.js';
import { OPEN_STORY_ACTION } from './slack-blocks.js';
import { SLASH_COMMANDS, handleSlashCommand } from './slack-commands.js';
import { DEFAULT_SLACK_API_URL, createSlackDestination } from './slack-destination.js';
import { createSlackLogger } from './slack-logger.js';
import { SharedHttpReceiver } from './shared-http-receiver.js';

export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackIntegrationOptions {
  /** Answer in the ack when a command finishes within this time (default 2000 ms). */
  readonly ackWithinMs?: number;
  /** Web API request timeout for alerts (default 15 s). */
  readonly timeoutMs?: number;
  /** Wait after a Slack server error or network failure (default 30 s). */
  readonly serverErrorRetryMs?: number;
  /** Skips auth.test at start when both are known. */
  readonly botId?: string;
  readonly botUserId?: string;
  /** How long start() waits for the Socket Mode connection before going on (default 15 s). */
  readonly socketStartTimeoutMs?: number;
}

/** socketModeHint says what to fix when apps.connections.open is refused. */
export function socketModeHint(code: string): string {
  switch (code) {
    case 'invalid_auth':
    case 'not_authed':
    case 'not_allowed_token_type':
    case 'token_revoked':
      return 'SLACK_APP_TOKEN must be an app-level token (xapp-…) with the connections:write scope ("Basic Information" → App-Level Tokens).';
    case 'missing_scope':
      return 'the app-level token needs the connections:write scope: generate a new one under "Basic Information" → App-Level Tokens.';
    default:
      return 'check that Socket Mode is enabled in the app settings and that this host can reach Slack.';
  }
}

export type SlackCommandMode = 'http' | 'socket' | 'off';

/** slackCommandMode: an app token means Socket Mode; a signing secret alone means HTTP. */
export function slackCommandMode(env: IntegrationContext['config']['env']['slack']): SlackCommandMode {
  if (!env.botToken) return 'off';
  if (env.appToken) return 'socket';
  if (env.signingSecret) return 'http';
  return 'off';
}

export interface BotIdentity {
  readonly botId: string;
  readonly botUserId: string;
}

/**
 * botIdentity calls auth.test once, at start-up. Bolt would otherwise call it before every
 * request, so a slow Slack API would eat the 3 s an answer has. When the API cannot be
 * reached or refuses the token, commands still work (their answers go back in the HTTP
 * response and through response_url), so the problem is logged and placeholders are used.
 */
export async function botIdentity(context: IntegrationContext, timeoutMs = 5_000): Promise<BotIdentity> {
  const slack = context.config.env.slack;
  const client = new webApi.WebClient(slack.botToken!, {
    slackApiUrl: slack.apiUrl ?? DEFAULT_SLACK_API_URL,
    retryConfig: { retries: 0 },
    timeout: timeoutMs,
    logger: createSlackLogger(context.log, 'slack-web-api'),
  });
  try {
    const result = await client.auth.test();
    if (typeof result.bot_id === 'string' && typeof result.user_id === 'string') return { botId: result.bot_id, botUserId: result.user_id };
    context.log.warn('Slack auth.test gave no bot id; is SLACK_BOT_TOKEN a bot token (xoxb-…)?');
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error ?? (error as { code?: string }).code ?? 'unknown';
    context.log.error(
      { code },
      `Slack auth.test failed (${code}): alerts will report the cause; commands still answer. Check SLACK_BOT_TOKEN and that this host can reach Slack.`,
    );
  }
  return { botId: 'B_UNKNOWN', botUserId: 'U_UNKNOWN' };
}

function buildApp(context: IntegrationContext, mode: 'http' | 'socket', options: SlackIntegrationOptions, identity: BotIdentity): App {
  const slack = context.config.env.slack;
  const slackApiUrl = slack.apiUrl ?? DEFAULT_SLACK_API_URL;
  const logger = createSlackLogger(context.log, 'slack-bolt');
  const common = {
    token: slack.botToken!,
    logger,
    clientOptions: { slackApiUrl },
    // The identity comes from one auth.test at start (botIdentity), never per request.
    tokenVerificationEnabled: false,
    botId: identity.botId,
    botUserId: identity.botUserId,
  };
  const app =
    mode === 'socket'
      ? new App({ ...common, socketMode: true, appToken: slack.appToken! })
      : new App({
          ...common,
          receiver: new SharedHttpReceiver({
            http: context.http,
            path: SLACK_EVENTS_PATH,
            signingSecret: slack.signingSecret!,
            now: context.now,
            log: context.log.child({ component: 'slack-receiver' }),
          }) as Receiver,
        });

  for (const name of SLASH_COMMANDS) {
    app.command(`/${name}`, async ({ command, ack, respond, context: boltContext }) => {
      const receivedAt = typeof boltContext.receivedAt === 'number' ? boltContext.receivedAt : context.now();
      await handleSlashCommand(
        name,
        { text: command.text ?? '', userId: command.user_id, receivedAt },
        (response) => ack({ ...response, blocks: [...response.blocks] } as Parameters<typeof ack>[0]),
        (response) => respond({ ...response, blocks: [...response.blocks], replace_original: false } as Parameters<typeof respond>[0]),
        { runCommand: context.runCommand, log: context.log.child({ component: 'slack-commands' }), ackWithinMs: options.ackWithinMs, now: context.now },
      );
    });
  }
  // The alert's "Read the story" button opens the URL in the browser; Slack still
  // sends the click here and shows a warning unless it is acknowledged.
  app.action(OPEN_STORY_ACTION, async ({ ack }) => {
    await ack();
  });
  app.error(async (error) => {
    context.log.error({ err: error, code: (error as { code?: string }).code }, 'Slack app error');
  });
  return app;
}

/** createSlackIntegrationWith lets tests shorten the ack race and retry waits. */
export function createSlackIntegrationWith(options: SlackIntegrationOptions): IntegrationFactory {
  return (context: IntegrationContext): ChatIntegration => {
    const slack = context.config.env.slack;
    const wanted = context.config.destinations.filter((d) => d.target.platform === 'slack');
    const destinations: Destination[] = [];
    const skipped: { destination: DestinationConfig; reason: string }[] = [];
    for (const destination of wanted) {
      if (!slack.botToken || destination.target.platform !== 'slack') {
        skipped.push({ destination, reason: 'SLACK_BOT_TOKEN is not set' });
        continue;
      }
      destinations.push(
        createSlackDestination({
          name: destination.name,
          channel: destination.target.channel,
          token: slack.botToken,
          apiUrl: slack.apiUrl,
          log: context.log,
          broadcastLifecycle: destination.broadcastLifecycle,
          ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
          ...(options.serverErrorRetryMs !== undefined ? { serverErrorRetryMs: options.serverErrorRetryMs } : {}),
        }),
      );
    }

    const mode = slackCommandMode(slack);
    let app: App | null = null;
    return {
      platform: 'slack',
      destinations,
      skipped,
      async start() {
        if (mode === 'off') {
          if (slack.botToken) {
            context.log.info('Slack commands are off: set SLACK_SIGNING_SECRET (HTTP at /slack/events) or SLACK_APP_TOKEN (Socket Mode)');
          }
          return;
        }
        const identity = options.botId && options.botUserId ? { botId: options.botId, botUserId: options.botUserId } : await botIdentity(context);
        app = buildApp(context, mode, options, identity);
        if (mode === 'http') {
          await app.start();
          context.log.info({ mode }, `Slack commands listening at ${SLACK_EVENTS_PATH}`);
          return;
        }
        // Socket Mode: a refused or slow connection must not stop alerts from flowing,
        // so start() reports the problem and returns instead of failing the whole bot.
        const starting = app.start().then(
          () => context.log.info({ mode }, 'Slack commands connected over Socket Mode'),
          (error: unknown) => {
            const code = (error as { data?: { error?: string } }).data?.error ?? (error as { code?: string }).code ?? 'unknown';
            context.log.error({ code }, `Slack Socket Mode could not connect (${code}): ${socketModeHint(code)} Alerts are still delivered; commands are off.`);
          },
        );
        let timer: NodeJS.Timeout | undefined;
        const waited = await Promise.race([
          starting.then(() => true),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(false), options.socketStartTimeoutMs ?? 15_000);
          }),
        ]);
        clearTimeout(timer);
        if (!waited) context.log.warn('Slack Socket Mode is still connecting; commands will work once it is connected');
      },
      async stop() {
        const running = app;
        app = null;
        if (running) {
          await running.stop().catch((error: unknown) => context.log.debug({ err: error }, 'Slack app stop reported an error'));
        }
      },
    };
  };
}

export const createSlackIntegration: IntegrationFactory = createSlackIntegrationWith({});

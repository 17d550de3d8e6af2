// Posts deal alerts to one Slack channel with the Web API, and the replies in their
// threads (thread_ts; lifecycle steps with reply_broadcast when the destination asks). The WebClient never retries
// on its own: every failure becomes a SendOutcome, so the outbox schedules retries
// and keeps alerts in order.
import { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { DeliveryFailureCode } from '../../model/errors.js';
import { sendParts, type AlertForm, type Destination, type OutgoingMessage, type SendOutcome } from '../../deliver/destination.js';
import { digestMessages } from './slack-digest.js';
import { renderDealMessage, textOnlyDealMessage, type SlackDealMessage } from './slack-blocks.js';
import { renderFollowUp, renderLifecycle, textOnlyUpdate } from './slack-updates.js';
import { createSlackLogger } from './slack-logger.js';

export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

export interface SlackDestinationOptions {
  readonly name: string;
  /** Channel ID (C…, G…) or name; IDs survive renames. */
  readonly channel: string;
  readonly token: string;
  /** Web API base, e.g. a local fake in tests; default https://slack.com/api/ */
  readonly apiUrl?: string | null;
  readonly log: Logger;
  /** Per-request timeout (default 15 s). */
  readonly timeoutMs?: number;
  /** Wait after a server error or network failure (default 30 s). */
  readonly serverErrorRetryMs?: number;
  /** For tests; defaults to the global fetch. */
  readonly fetch?: typeof fetch;
  /** Lifecycle steps are also shown in the channel (reply_broadcast). */
  readonly broadcastLifecycle?: boolean;
}

type Failure = Exclude<SendOutcome, { kind: 'sent' }>;

/**
 * Errors that mean Slack refused this one message, not the channel: the dispatcher resends
 * it once in reduced form, then dead-letters it and goes on with the next alert.
 */
const MESSAGE_ERRORS = new Set([
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_blocks_too_long',
  'msg_too_long',
  'too_many_attachments',
  'invalid_arguments',
  'no_text',
  // A reply whose alert was deleted: the thread, not the channel, is gone.
  'thread_not_found',
  'invalid_thread_ts',
  'message_not_found',
  'cannot_reply_to_message',
]);

/** Errors worth trying again later, as Slack's docs describe them. */
const TEMPORARY_ERRORS = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
  'rate_limited',
  'team_added_to_org',
]);

/** permanentHint says what a person must do for each error that needs one. */
export function permanentHint(code: string, channel: string, needed?: string): string {
  switch (code) {
    case 'channel_not_found':
      return `Slack cannot find channel ${channel} for this bot: check the channel ID in the destination (channel details → copy the ID, it starts with C or G); for a private channel, invite the bot first with /invite @dealwatch.`;
    case 'not_in_channel':
      return `Invite the bot to channel ${channel}: open the channel in Slack and type /invite @dealwatch (for public channels, adding the chat:write.public scope also works).`;
    case 'is_archived':
      return `Channel ${channel} is archived: unarchive it or point the destination at another channel.`;
    case 'invalid_auth':
    case 'not_authed':
      return 'SLACK_BOT_TOKEN is not accepted: copy the Bot User OAuth Token (xoxb-…) from your app\'s "OAuth & Permissions" page, set SLACK_BOT_TOKEN and restart.';
    case 'account_inactive':
      return 'The bot user or its workspace was deactivated: reinstall the app to the workspace, set the new SLACK_BOT_TOKEN and restart.';
    case 'token_revoked':
    case 'token_expired':
      return 'The bot token was revoked or expired (was the app uninstalled?): reinstall the app, set the new SLACK_BOT_TOKEN and restart.';
    case 'missing_scope':
      return `The bot token lacks a scope${needed ? ` (needs ${needed})` : ''}: add chat:write under "OAuth & Permissions" → Bot Token Scopes, reinstall the app and set the new SLACK_BOT_TOKEN.`;
    case 'restricted_action':
    case 'restricted_action_read_only_channel':
    case 'restricted_action_thread_only_channel':
    case 'restricted_action_non_threadable_channel':
      return `Workspace or channel settings stop the bot from posting in ${channel}: ask a Slack admin to allow posting, or use another channel.`;
    case 'ekm_access_denied':
      return 'Your Slack admins have suspended the ability to post messages (EKM): contact them.';
    default:
      return `Slack refused the message (${code}); see https://api.slack.com/methods/chat.postMessage#errors for what it means.`;
  }
}

/** slackFailureCode maps Slack's error names to the closed catalogue; the name stays in the reason. */
export function slackFailureCode(platformCode: string): DeliveryFailureCode {
  switch (platformCode) {
    case 'channel_not_found':
      return 'slack-channel-not-found';
    case 'not_in_channel':
      return 'slack-not-in-channel';
    case 'is_archived':
      return 'slack-archived';
    case 'invalid_auth':
    case 'not_authed':
      return 'slack-unauthorized';
    case 'account_inactive':
      return 'slack-account-inactive';
    case 'token_revoked':
    case 'token_expired':
      return 'slack-token-revoked';
    case 'missing_scope':
      return 'slack-missing-scope';
    default:
      return platformCode.startsWith('restricted_action') || platformCode === 'ekm_access_denied' ? 'slack-restricted' : 'slack-rejected';
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * mapSlackError turns anything the WebClient throws into a retry or permanent outcome.
 * Unknown platform errors are permanent: they are reported once and re-checked later,
 * instead of hammering Slack.
 */
export function mapSlackError(error: unknown, channel: string, serverErrorRetryMs = 30_000): Failure {
  const code = errorCode(error);
  const E = webApi.ErrorCode;
  if (code === E.RateLimitedError) {
    const retryAfter = Number((error as { retryAfter?: unknown }).retryAfter);
    const seconds = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter : 30;
    return { kind: 'retry', afterMs: Math.max(seconds, 1) * 1000, reason: `Slack rate limit (429), retry after ${seconds}s` };
  }
  if (code === E.HTTPError) {
    const status = Number((error as { statusCode?: unknown }).statusCode);
    return {
      kind: 'retry',
      afterMs: status >= 500 ? serverErrorRetryMs : serverErrorRetryMs * 2,
      reason: `Slack answered HTTP ${Number.isFinite(status) ? status : '?'}`,
    };
  }
  if (code === E.RequestError) {
    const original = (error as { original?: { name?: string; message?: string } }).original;
    const timedOut = original?.name === 'TimeoutError' || original?.name === 'AbortError';
    return {
      kind: 'retry',
      afterMs: serverErrorRetryMs,
      reason: timedOut ? 'Slack did not answer in time' : `cannot reach Slack: ${original?.message ?? 'network error'}`,
    };
  }
  if (code === E.PlatformError) {
    const data = (error as { data?: { error?: string; needed?: string } }).data ?? {};
    const platformCode = data.error ?? 'unknown_error';
    if (TEMPORARY_ERRORS.has(platformCode)) {
      return { kind: 'retry', afterMs: serverErrorRetryMs, reason: `Slack error ${platformCode}` };
    }
    if (MESSAGE_ERRORS.has(platformCode)) return { kind: 'rejected', reason: `Slack refused the message (${platformCode})` };
    return {
      kind: 'permanent',
      code: slackFailureCode(platformCode),
      reason: `chat.postMessage to ${channel} failed with ${platformCode}`,
      hint: permanentHint(platformCode, channel, data.needed),
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'retry', afterMs: serverErrorRetryMs, reason: `unexpected Slack client error: ${message}` };
}

export function createSlackDestination(options: SlackDestinationOptions): Destination {
  const log = options.log.child({ destination: options.name, platform: 'slack' });
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl ?? DEFAULT_SLACK_API_URL,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: options.timeoutMs ?? 15_000,
    logger: createSlackLogger(options.log, 'slack-web-api'),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const serverErrorRetryMs = options.serverErrorRetryMs ?? 30_000;

  async function post(message: SlackDealMessage, thread?: { ts: string; broadcast: boolean }): Promise<string | null> {
    const result = await client.chat.postMessage({
      channel: options.channel,
      text: message.text,
      ...(message.blocks.length > 0 ? { blocks: message.blocks } : {}),
      ...(thread ? { thread_ts: thread.ts, ...(thread.broadcast ? { reply_broadcast: true } : {}) } : {}),
      unfurl_links: message.unfurl_links,
      unfurl_media: message.unfurl_media,
    } as unknown as webApi.ChatPostMessageArguments);
    return typeof result.ts === 'string' ? result.ts : null;
  }

  /** The alert shows its report count and status as they grow; a failed edit costs nothing. */
  async function refreshAlert(message: Exclude<OutgoingMessage, { kind: 'alert' }>): Promise<void> {
    try {
      const alert = renderDealMessage(message.deal);
      await client.chat.update({
        channel: options.channel,
        ts: message.threadOf,
        text: alert.text,
        blocks: alert.blocks,
      } as unknown as webApi.ChatUpdateArguments);
    } catch (error) {
      log.debug({ dealId: message.deal.id, reason: mapSlackError(error, options.channel).reason }, 'could not update the alert with the new report count');
    }
  }

  function render(message: OutgoingMessage, form: AlertForm): SlackDealMessage {
    if (message.kind === 'alert') return form === 'full' ? renderDealMessage(message.deal) : textOnlyDealMessage(message.deal);
    if (form === 'reduced') return textOnlyUpdate(message);
    return message.kind === 'follow-up' ? renderFollowUp(message) : renderLifecycle(message);
  }

  return {
    name: options.name,
    platform: 'slack',
    async send(message: OutgoingMessage, form: AlertForm = 'full'): Promise<SendOutcome> {
      try {
        if (message.kind === 'alert') return { kind: 'sent', externalId: await post(render(message, form)) };
        const ts = await post(render(message, form), { ts: message.threadOf, broadcast: message.kind === 'lifecycle' && options.broadcastLifecycle === true });
        await refreshAlert(message);
        return { kind: 'sent', externalId: ts };
      } catch (error) {
        const outcome = mapSlackError(error, options.channel, serverErrorRetryMs);
        if (outcome.kind === 'rejected') log.debug({ dealId: message.deal.id, kind: message.kind, form }, outcome.reason);
        return outcome;
      }
    },
    async sendDigest(digest, { timeZone, fromPart }) {
      return sendParts(digestMessages(digest, timeZone), fromPart, async (part) => {
        try {
          return { kind: 'sent', externalId: await post(part) };
        } catch (error) {
          return mapSlackError(error, options.channel, serverErrorRetryMs);
        }
      });
    },
  };
}

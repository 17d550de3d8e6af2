// Posts deal alerts to Discord, through a bot (POST /channels/{id}/messages) or a
// webhook (POST /webhooks/{id}/{token}?wait=true), and the replies in each alert's thread. @discordjs/rest is told never to
// retry or wait by itself: the outbox owns retries, so every error becomes a SendOutcome.
import {
  DiscordAPIError,
  HTTPError,
  RateLimitError,
  REST,
  Routes,
  makeURLSearchParams,
  type APIMessage,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import { sendParts, type AlertForm, type Destination, type OutgoingMessage, type SendOutcome } from '../../deliver/destination.js';
import { digestMessages } from './discord-digest.js';
import { dealTypeLabel } from '../deal-labels.js';
import { dealMessage, reducedDealMessage } from './discord-embed.js';
import { cut, plainText } from './discord-text.js';
import { updateMessage } from './discord-updates.js';

export const DEFAULT_DISCORD_API = 'https://discord.com/api';

export interface DiscordRestOptions {
  /** REST base without the version, e.g. https://discord.com/api or a test fake's http://127.0.0.1:PORT/api. */
  readonly api?: string | null;
  /** Bot token; webhook and interaction-callback requests need none. */
  readonly token?: string | null;
  readonly timeoutMs?: number;
  /**
   * For interaction follow-ups, which nobody retries later: let @discordjs/rest wait out
   * rate limits and retry 5xx and timeouts (3 times). Alert delivery leaves this off.
   */
  readonly retryInline?: boolean;
}

/**
 * createDiscordRest: by default no automatic retries, and rate limits throw
 * RateLimitError instead of sleeping, so the outbox decides when to try again.
 */
export function createDiscordRest(options: DiscordRestOptions = {}): REST {
  const rest = new REST({
    api: options.api ?? DEFAULT_DISCORD_API,
    version: '10',
    retries: options.retryInline ? 3 : 0,
    rejectOnRateLimit: options.retryInline ? null : () => true,
    timeout: options.timeoutMs ?? 15_000,
  });
  if (options.token) rest.setToken(options.token);
  return rest;
}

export interface WebhookCredentials {
  readonly id: string;
  readonly token: string;
}

const DISCORD_HOSTS = /^(?:(?:ptb|canary)\.)?discord(?:app)?\.com$/i;

/**
 * parseWebhookUrl reads id and token from https://discord.com/api/webhooks/{id}/{token}.
 * Other hosts are accepted only when they share the origin of `apiBase` (a test fake).
 */
export function parseWebhookUrl(url: string, apiBase?: string | null): WebhookCredentials | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const discordHost = parsed.protocol === 'https:' && DISCORD_HOSTS.test(parsed.hostname);
  let sameAsApi = false;
  if (apiBase) {
    try {
      sameAsApi = new URL(apiBase).origin === parsed.origin;
    } catch {
      sameAsApi = false;
    }
  }
  if (!discordHost && !sameAsApi) return null;
  const m = /\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([\w-]+)\/?$/.exec(parsed.pathname);
  return m ? { id: m[1]!, token: m[2]! } : null;
}

/** Where a send went, for hints; never the token. */
export type DiscordTarget = { readonly kind: 'channel'; readonly channelId: string } | { readonly kind: 'webhook'; readonly webhookId: string };

function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret) out = out.split(secret).join('***');
  return out;
}

/** mapDiscordError turns a failed REST call into a SendOutcome with a hint a person can act on. */
export function mapDiscordError(error: unknown, target: DiscordTarget, secrets: readonly string[] = []): Exclude<SendOutcome, { kind: 'sent' }> {
  const where = target.kind === 'channel' ? `channel ${target.channelId}` : `webhook ${target.webhookId}`;
  if (error instanceof RateLimitError) {
    const afterMs = Math.ceil(Math.max(error.retryAfter, error.sublimitTimeout, error.timeToReset, 0)) || 1_000;
    const scope = error.global ? 'global limit' : `bucket ${error.route}`;
    return { kind: 'retry', afterMs, reason: redact(`rate limited by Discord (${scope}) on ${where}; retry in ${afterMs} ms`, secrets) };
  }
  if (error instanceof DiscordAPIError) {
    const message = redact(error.message, secrets);
    const code = typeof error.code === 'number' ? error.code : 0;
    if (error.status === 401) {
      return target.kind === 'channel'
        ? {
            kind: 'permanent',
            code: 'discord-unauthorized',
            reason: `Discord rejected the bot token (401 ${message})`,
            hint: 'DISCORD_BOT_TOKEN is invalid; copy the token again from the Developer Portal (Bot → Reset Token).',
          }
        : {
            kind: 'permanent',
            code: 'discord-webhook-unauthorized',
            reason: `Discord rejected the webhook token (401 ${message})`,
            hint: 'The webhook URL is wrong or was regenerated; copy it again from the channel settings (Integrations → Webhooks).',
          };
    }
    if (error.status === 403) {
      if (target.kind === 'webhook') {
        return {
          kind: 'permanent',
          code: 'discord-forbidden',
          reason: `Discord refused the webhook post (403 ${message})`,
          hint: 'Check the webhook in the channel settings; create a new one if needed.',
        };
      }
      const hint =
        code === 50013
          ? `Give the bot Send Messages and Embed Links in channel ${target.channelId} (and check channel permission overwrites).`
          : `Give the bot View Channel + Send Messages + Embed Links in channel ${target.channelId}, and make sure it is a member of that server.`;
      return {
        kind: 'permanent',
        code: code === 50013 ? 'discord-missing-permissions' : 'discord-missing-access',
        reason: `Discord refused the post to ${where} (403 ${message})`,
        hint,
      };
    }
    if (error.status === 404) {
      return target.kind === 'webhook'
        ? {
            kind: 'permanent',
            code: 'discord-webhook-deleted',
            reason: `Discord does not know ${where} (404 ${message})`,
            hint: 'The webhook was deleted; create a new one (channel settings → Integrations → Webhooks) and update the config.',
          }
        : {
            kind: 'permanent',
            code: 'discord-unknown-channel',
            reason: `Discord does not know ${where} (404 ${message})`,
            hint: `Check the channel id ${target.channelId} in the config (Developer Mode → right-click the channel → Copy Channel ID).`,
          };
    }
    if (error.status === 429) {
      return { kind: 'retry', afterMs: 5_000, reason: `rate limited by Discord on ${where}` };
    }
    if (error.status >= 500) return { kind: 'retry', afterMs: 30_000, reason: `Discord server error ${error.status} on ${where}` };
    // 400 (Invalid Form Body, 50035) and other 4xx: this message was refused, not the channel.
    return { kind: 'rejected', reason: `Discord refused the message for ${where} (${error.status}${code ? ` code ${code}` : ''} ${message})` };
  }
  if (error instanceof HTTPError) {
    return { kind: 'retry', afterMs: 30_000, reason: `Discord server error ${error.status} on ${where}` };
  }
  if (error instanceof Error && error.name === 'AbortError') {
    return { kind: 'retry', afterMs: 30_000, reason: `Discord did not answer in time for ${where}` };
  }
  const detail = error instanceof Error ? `${error.message}${error.cause instanceof Error ? `: ${error.cause.message}` : ''}` : String(error);
  return { kind: 'retry', afterMs: 30_000, reason: redact(`network error talking to Discord for ${where}: ${detail}`, secrets) };
}

export interface ChannelDestinationOptions {
  readonly name: string;
  readonly channelId: string;
  /** A REST client (see createDiscordRest). */
  readonly rest: REST;
  readonly token: string;
  /** Lifecycle steps are also posted in the channel, as a reply that links the alert. */
  readonly broadcastLifecycle?: boolean;
  readonly log?: Pick<Logger, 'debug' | 'warn'>;
}

type Reply = Exclude<OutgoingMessage, { kind: 'alert' }>;

/** Discord's "a thread has already been created for this message". */
const THREAD_EXISTS = 160004;
/** Discord's "Unknown Message": the alert a reply belongs to was deleted. */
const UNKNOWN_MESSAGE = 10008;

/**
 * createDiscordChannelDestination posts each deal as one embed with the bot. Replies go
 * into a thread started on the alert (a thread started on a message has that message's id);
 * when the bot may not start threads, they go to the channel as replies that reference
 * the alert.
 */
export function createDiscordChannelDestination(options: ChannelDestinationOptions): Destination {
  const target: DiscordTarget = { kind: 'channel', channelId: options.channelId };
  // Lifecycle steps already posted in their thread, whose channel copy still has to go out:
  // a retry then sends only the copy.
  const threadPosted = new Set<string>();
  let warnedNoThreads = false;

  async function postIn(channelId: string, body: RESTPostAPIChannelMessageJSONBody): Promise<APIMessage> {
    return (await options.rest.post(Routes.channelMessages(channelId), { body })) as APIMessage;
  }

  /** Starts the alert's thread, or finds it started; false when the bot may not start threads. */
  async function ensureThread(message: Reply): Promise<boolean> {
    try {
      await options.rest.post(Routes.threads(options.channelId, message.threadOf), {
        body: { name: cut(plainText(`${dealTypeLabel(message.deal.type)}: ${message.deal.title}`), 100) || 'Deal', auto_archive_duration: 10080 },
      });
      return true;
    } catch (error) {
      if (error instanceof DiscordAPIError && error.code === THREAD_EXISTS) return true;
      if (error instanceof DiscordAPIError && error.status === 403) {
        if (!warnedNoThreads) {
          warnedNoThreads = true;
          options.log?.warn(
            { destination: options.name },
            `the bot may not start threads in channel ${options.channelId} (give it Create Public Threads and Send Messages in Threads); replies go to the channel instead`,
          );
        }
        return false;
      }
      // The alert was deleted: its updates still reach the channel, as plain messages.
      if (error instanceof DiscordAPIError && error.code === UNKNOWN_MESSAGE) return false;
      throw error;
    }
  }

  async function sendReply(message: Reply, form: AlertForm): Promise<string | null> {
    const body = updateMessage(message, form);
    const reference = { message_reference: { message_id: message.threadOf, channel_id: options.channelId, fail_if_not_exists: false } };
    const key = `${message.threadOf}:${message.kind === 'lifecycle' ? message.report.storyId : (message.reports[0]?.storyId ?? 0)}`;
    let id: string | null = null;
    if (!threadPosted.has(key)) {
      id = (await ensureThread(message)) ? (await postIn(message.threadOf, body)).id : (await postIn(options.channelId, { ...body, ...reference })).id;
    }
    if (message.kind === 'lifecycle' && options.broadcastLifecycle) {
      threadPosted.add(key);
      id = (await postIn(options.channelId, { ...body, ...reference })).id;
      threadPosted.delete(key);
    }
    await refreshAlert(message);
    return id;
  }

  /** The alert shows the report count and status as they grow; a failed edit costs nothing. */
  async function refreshAlert(message: Reply): Promise<void> {
    try {
      await options.rest.patch(Routes.channelMessage(options.channelId, message.threadOf), { body: { embeds: dealMessage(message.deal).embeds } });
    } catch (error) {
      options.log?.debug(
        { destination: options.name, dealId: message.deal.id, reason: mapDiscordError(error, target).reason },
        'could not update the alert with the new report count',
      );
    }
  }

  return {
    name: options.name,
    platform: 'discord',
    async send(message: OutgoingMessage, form: AlertForm = 'full'): Promise<SendOutcome> {
      try {
        // @discordjs/rest forgets its token after any 401, so without this the quiet
        // re-check after "bad token" could never succeed once the token is fixed upstream.
        options.rest.setToken(options.token);
        if (message.kind !== 'alert') return { kind: 'sent', externalId: await sendReply(message, form) };
        const posted = await postIn(options.channelId, form === 'full' ? dealMessage(message.deal) : reducedDealMessage(message.deal));
        return { kind: 'sent', externalId: posted.id ?? null };
      } catch (error) {
        return mapDiscordError(error, target);
      }
    },
    async sendDigest(digest, { timeZone, fromPart }) {
      options.rest.setToken(options.token);
      return sendParts(digestMessages(digest, timeZone), fromPart, async (body) => {
        try {
          return { kind: 'sent', externalId: (await postIn(options.channelId, body)).id ?? null };
        } catch (error) {
          return mapDiscordError(error, target);
        }
      });
    },
  };
}

export interface WebhookDestinationOptions {
  readonly name: string;
  readonly webhook: WebhookCredentials;
  /** Any REST client; webhook calls are made without the bot token. */
  readonly rest: REST;
}

/**
 * createDiscordWebhookDestination posts through a channel webhook; no bot needed. A webhook
 * cannot start threads, so replies (lifecycle steps; follow-ups are off for webhooks) are
 * posted in the channel, naming the deal they update.
 */
export function createDiscordWebhookDestination(options: WebhookDestinationOptions): Destination {
  const { id, token } = options.webhook;
  const target: DiscordTarget = { kind: 'webhook', webhookId: id };
  return {
    name: options.name,
    platform: 'discord-webhook',
    async send(message: OutgoingMessage, form: AlertForm = 'full'): Promise<SendOutcome> {
      try {
        const body = message.kind !== 'alert' ? updateMessage(message, form) : form === 'full' ? dealMessage(message.deal) : reducedDealMessage(message.deal);
        const posted = (await options.rest.post(Routes.webhook(id, token), {
          body,
          query: makeURLSearchParams({ wait: true }),
          auth: false,
        })) as APIMessage;
        return { kind: 'sent', externalId: posted.id ?? null };
      } catch (error) {
        return mapDiscordError(error, target, [token]);
      }
    },
    async sendDigest(digest, { timeZone, fromPart }) {
      return sendParts(digestMessages(digest, timeZone), fromPart, async (body) => {
        try {
          const posted = (await options.rest.post(Routes.webhook(id, token), { body, query: makeURLSearchParams({ wait: true }), auth: false })) as APIMessage;
          return { kind: 'sent', externalId: posted.id ?? null };
        } catch (error) {
          return mapDiscordError(error, target, [token]);
        }
      });
    },
  };
}

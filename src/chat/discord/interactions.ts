// Discord interactions: the logic shared by the HTTP endpoint and the gateway, and the
// HTTP endpoint itself (POST /discord/interactions, Ed25519-verified).
//
// A command gets ~2 s to answer inline (type 4). If it takes longer the interaction is
// deferred (type 5) and the answer edits the original response when it is ready, well
// inside Discord's 3 s acknowledgement deadline.
import { createPublicKey, verify as verifySignature, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, MessageFlags, Routes, ApplicationCommandType, type APIInteraction, type REST } from 'discord.js';
import type { Logger } from 'pino';
import type { Actor, ParsedCommand, Reply } from '../../commands/index.js';
import { ChatError } from '../../model/errors.js';
import { readRawBody, sendJson } from '../../ops/http-server.js';
import { answerWithin } from '../deadline.js';
import { actorFromInteraction, autocompleteArg, autocompleteChoices, commandInputFromOptions, toParsedCommand, type CommandInput } from './command-options.js';
import { logSafeError } from './discord-text.js';
import { renderReply, type DiscordReplyData } from './render-reply.js';

export const INTERACTIONS_PATH = '/discord/interactions';
/** How long a command may take before the interaction is deferred. */
export const DEFER_AFTER_MS = 2_000;
/** Signed requests older (or newer) than this are refused as replays. */
export const MAX_SIGNATURE_AGE_SECONDS = 300;

export interface CommandDeps {
  readonly runCommand: (command: ParsedCommand, actor: Actor) => Promise<Reply>;
  readonly watchedNames: () => Promise<readonly string[]>;
  readonly log: Logger;
  readonly deferAfterMs?: number;
}

/** How a command's answer goes back: inline, deferred then edited, or as a follow-up. */
export interface CommandTransport {
  reply(data: DiscordReplyData): Promise<void>;
  defer(ephemeral: boolean): Promise<void>;
  editOriginal(data: DiscordReplyData): Promise<void>;
  followUp(data: DiscordReplyData): Promise<void>;
  deleteOriginal(): Promise<void>;
}

const FAILED_REPLY: Reply = {
  visibility: 'ephemeral',
  blocks: [{ kind: 'error', text: 'Something went wrong running that command; the error was logged.' }],
};

/** runInteractionCommand maps, runs and answers one chat-input command over any transport. */
export async function runInteractionCommand(input: CommandInput, actor: Actor, deps: CommandDeps, transport: CommandTransport): Promise<void> {
  const mapped = toParsedCommand(input);
  if (!mapped.ok) {
    await transport.reply(renderReply(mapped.reply));
    return;
  }
  const work = deps.runCommand(mapped.command, actor).catch((error: unknown): Reply => {
    deps.log.error({ err: error, command: mapped.command.command, action: mapped.command.action }, 'discord: command failed');
    return FAILED_REPLY;
  });
  const timed = await answerWithin(work, deps.deferAfterMs ?? DEFER_AFTER_MS);
  if (timed.kind === 'in-time') {
    await transport.reply(renderReply(timed.value));
    return;
  }
  const deferredEphemeral = !mapped.command.public;
  await transport.defer(deferredEphemeral);
  const reply = await timed.later;
  const data = renderReply(reply);
  if (reply.visibility === 'ephemeral' && !deferredEphemeral) {
    // The placeholder is public but the answer is private: never show it to everyone.
    await transport.followUp(data);
    await transport.deleteOriginal();
    return;
  }
  // An edit cannot change flags; the deferral already fixed the visibility.
  const { flags: _flags, ...edit } = data;
  await transport.editOriginal(edit);
}

/** autocompleteResponse offers watched names for the options that take a company name. */
export async function autocompleteResponse(input: CommandInput, deps: Pick<CommandDeps, 'watchedNames'>): Promise<{ name: string; value: string }[]> {
  const arg = autocompleteArg(input);
  if (arg === null) return [];
  const typed = input.options[arg];
  return autocompleteChoices(await deps.watchedNames(), typeof typed === 'string' ? typed : '');
}

/** importDiscordPublicKey reads the application's public key (64 hex characters) as a KeyObject. */
export function importDiscordPublicKey(hex: string): KeyObject {
  if (!/^[0-9a-f]{64}$/i.test(hex.trim())) {
    throw new ChatError(
      'discord-public-key',
      'discord: DISCORD_PUBLIC_KEY must be the 64 hex characters from the Developer Portal (General Information → Public Key)',
    );
  }
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex.trim(), 'hex').toString('base64url') }, format: 'jwk' });
}

/** verifyInteractionSignature checks Ed25519 over timestamp + raw body, and the timestamp's age. */
export function verifyInteractionSignature(
  key: KeyObject,
  signatureHex: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
  nowMs: number,
): boolean {
  if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS) return false;
  try {
    return verifySignature(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}

export interface InteractionEndpointDeps extends CommandDeps {
  readonly publicKey: KeyObject;
  /** REST client for follow-ups; interaction webhooks need no bot token. */
  readonly rest: REST;
  readonly now: () => number;
}

export interface InteractionEndpoint {
  readonly handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  /** Resolves when every deferred command has been answered. */
  idle(): Promise<void>;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * malformed names what is missing from a signed body that is not an interaction we can
 * answer (`null`, a command without `data`), so it gets a 400 and not a crash.
 */
export function malformed(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'body is not an interaction object';
  const v = value as { type?: unknown; data?: unknown; token?: unknown; application_id?: unknown };
  if (typeof v.type !== 'number') return 'interaction has no numeric type';
  if (v.type === InteractionType.Ping) return null;
  if (v.type !== InteractionType.ApplicationCommand && v.type !== InteractionType.ApplicationCommandAutocomplete) return null;
  const data = v.data as { name?: unknown; options?: unknown } | null | undefined;
  if (typeof data !== 'object' || data === null || typeof data.name !== 'string') return 'command interaction without data.name';
  if (data.options !== undefined && !Array.isArray(data.options)) return 'data.options is not a list';
  if (typeof v.token !== 'string' || typeof v.application_id !== 'string') return 'interaction without token or application_id';
  return null;
}

/** createInteractionEndpoint builds the POST /discord/interactions handler. */
export function createInteractionEndpoint(deps: InteractionEndpointDeps): InteractionEndpoint {
  const inFlight = new Set<Promise<void>>();

  function httpTransport(res: ServerResponse, applicationId: string, token: string): CommandTransport {
    return {
      async reply(data) {
        sendJson(res, 200, { type: InteractionResponseType.ChannelMessageWithSource, data });
      },
      async defer(ephemeral) {
        sendJson(res, 200, { type: InteractionResponseType.DeferredChannelMessageWithSource, data: ephemeral ? { flags: MessageFlags.Ephemeral } : {} });
      },
      async editOriginal(data) {
        await deps.rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { body: data, auth: false });
      },
      async followUp(data) {
        await deps.rest.post(Routes.webhook(applicationId, token), { body: data, auth: false });
      },
      async deleteOriginal() {
        await deps.rest.delete(Routes.webhookMessage(applicationId, token, '@original'), { auth: false });
      },
    };
  }

  async function handler(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readRawBody(req);
    const ok = verifyInteractionSignature(deps.publicKey, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), raw, deps.now());
    if (!ok) {
      sendJson(res, 401, { error: 'invalid request signature' });
      return;
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(raw.toString('utf8')) as APIInteraction;
    } catch {
      sendJson(res, 400, { error: 'body is not JSON' });
      return;
    }
    const problem = malformed(interaction);
    if (problem) {
      sendJson(res, 400, { error: problem });
      return;
    }
    switch (interaction.type) {
      case InteractionType.Ping:
        sendJson(res, 200, { type: InteractionResponseType.Pong });
        return;
      case InteractionType.ApplicationCommandAutocomplete: {
        const input = commandInputFromOptions(interaction.data.name, interaction.data.options);
        const choices = await autocompleteResponse(input, deps).catch((error: unknown) => {
          deps.log.warn({ err: logSafeError(error) }, 'discord: autocomplete failed');
          return [];
        });
        sendJson(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
        return;
      }
      case InteractionType.ApplicationCommand: {
        if (interaction.data.type !== ApplicationCommandType.ChatInput) {
          sendJson(res, 400, { error: 'only slash commands are supported' });
          return;
        }
        const input = commandInputFromOptions(interaction.data.name, interaction.data.options);
        const actor = actorFromInteraction(interaction.member, interaction.user);
        const transport = httpTransport(res, interaction.application_id, interaction.token);
        const run = runInteractionCommand(input, actor, deps, transport).catch((error: unknown) => {
          deps.log.error({ err: logSafeError(error), command: input.name }, 'discord: could not answer the interaction');
          if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        });
        inFlight.add(run);
        void run.finally(() => inFlight.delete(run));
        // Hold the HTTP request only until the answer or the deferral has been sent.
        await Promise.race([run, new Promise<void>((resolve) => res.once('finish', () => resolve()))]);
        return;
      }
      default:
        sendJson(res, 400, { error: 'unsupported interaction type' });
    }
  }

  return {
    handler,
    async idle() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}

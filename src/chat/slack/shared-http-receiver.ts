// A Bolt Receiver that listens on the app's shared HTTP server instead of opening its
// own port. Verification is Bolt's own verifySlackRequest (HMAC-SHA256 over
// "v0:ts:body", constant-time compare, older than 5 minutes is stale): any failure
// gets 401 and reaches no listener.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { verifySlackRequest, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import type { Logger } from 'pino';
import { readRawBody, type HttpServer } from '../../ops/http-server.js';

export interface SharedHttpReceiverOptions {
  readonly http: HttpServer;
  readonly path: string;
  readonly signingSecret: string;
  readonly now: () => number;
  readonly log: Logger;
  /** How long to wait for a listener's ack before answering 404 (Bolt uses 3001 ms). */
  readonly unhandledAfterMs?: number;
}

/** Slack refuses requests older than five minutes; a signature matters that long. */
const REPLAY_WINDOW_MS = 5 * 60_000;
/** A bound on memory under a flood of valid requests: the oldest are forgotten first. */
const MAX_REMEMBERED = 50_000;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** parseSlackBody reads the form (slash commands), `payload=` (interactivity) or JSON (events). */
export function parseSlackBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const form = Object.fromEntries(new URLSearchParams(raw));
  if (typeof form.payload === 'string') return JSON.parse(form.payload) as Record<string, unknown>;
  return form;
}

function sendAck(res: ServerResponse, response: unknown): void {
  if (response === undefined || response === null || response === '') {
    res.writeHead(200).end();
  } else if (typeof response === 'string') {
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(response);
  } else {
    const text = JSON.stringify(response);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
  }
}

export class SharedHttpReceiver implements Receiver {
  readonly #options: SharedHttpReceiverOptions;
  /**
   * Signatures accepted within the last five minutes, with when they stop mattering. Slack's
   * scheme lets a captured request be replayed inside that window; a repeat is refused.
   */
  readonly #seen = new Map<string, number>();
  #app: App | null = null;
  #running = false;
  #routed = false;

  constructor(options: SharedHttpReceiverOptions) {
    this.#options = options;
  }

  init(app: App): void {
    this.#app = app;
  }

  async start(): Promise<void> {
    this.#running = true;
    if (!this.#routed) {
      this.#options.http.route(this.#options.path, (req, res) => this.#handle(req, res), 'POST');
      this.#routed = true;
    }
  }

  async stop(): Promise<void> {
    // The shared server owns the route table; a stopped receiver answers 503.
    this.#running = false;
  }

  /** A signature seen before within its five minutes is a replay; otherwise it is remembered. */
  #replayProblem(signature: string, timestampSeconds: number): string | null {
    const now = this.#options.now();
    // Entries are added in arrival order, so the expired ones are at the front.
    for (const [seen, until] of this.#seen) {
      if (until > now && this.#seen.size <= MAX_REMEMBERED) break;
      this.#seen.delete(seen);
    }
    if (this.#seen.has(signature)) return 'replayed: this signed request was already received';
    this.#seen.set(signature, Math.max(timestampSeconds * 1000, now) + REPLAY_WINDOW_MS);
    return null;
  }

  /** Why a request's signature is not acceptable, or null when it is. */
  #signatureProblem(raw: string, signature: string | undefined, timestamp: string | undefined): string | null {
    if (!signature || !timestamp) return 'missing x-slack-signature or x-slack-request-timestamp';
    // Bolt rejects stale timestamps only; Slack's guidance is five minutes either way.
    if (Number(timestamp) * 1000 > this.#options.now() + 5 * 60_000) return 'x-slack-request-timestamp is in the future';
    try {
      verifySlackRequest({
        signingSecret: this.#options.signingSecret,
        body: raw,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': Number(timestamp) },
        nowMilliseconds: this.#options.now(),
      });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { log } = this.#options;
    if (!this.#running || !this.#app) {
      res.writeHead(503).end();
      return;
    }
    const arrivedAt = this.#options.now();
    const raw = (await readRawBody(req)).toString('utf8');
    const signature = header(req, 'x-slack-signature');
    const refused =
      this.#signatureProblem(raw, signature, header(req, 'x-slack-request-timestamp')) ??
      this.#replayProblem(signature!, Number(header(req, 'x-slack-request-timestamp')));
    if (refused) {
      log.warn({ path: this.#options.path, reason: refused }, 'rejected a Slack request that failed signature verification');
      res.writeHead(401).end();
      return;
    }

    let body: Record<string, unknown>;
    try {
      body = parseSlackBody(raw, header(req, 'content-type'));
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (body.ssl_check) {
      res.writeHead(200).end();
      return;
    }
    if (body.type === 'url_verification') {
      sendAck(res, { challenge: body.challenge });
      return;
    }

    let acked = false;
    const ack = async (response?: unknown): Promise<void> => {
      if (acked) return;
      acked = true;
      clearTimeout(unhandled);
      sendAck(res, response);
    };
    const unhandled = setTimeout(() => {
      if (acked) return;
      acked = true;
      log.warn({ type: body.type ?? body.command }, 'no listener acknowledged a Slack request within 3 s');
      res.writeHead(404).end();
    }, this.#options.unhandledAfterMs ?? 3001);

    const retryNum = Number(header(req, 'x-slack-retry-num'));
    const event: ReceiverEvent = {
      body,
      ack,
      ...(Number.isFinite(retryNum) ? { retryNum } : {}),
      ...(header(req, 'x-slack-retry-reason') ? { retryReason: header(req, 'x-slack-retry-reason') } : {}),
      // Slack's 3 s count from arrival: listeners answer within what is left of them.
      customProperties: { receivedAt: arrivedAt },
    };
    try {
      await this.#app.processEvent(event);
    } catch (error) {
      log.error({ err: error }, 'Slack event handling failed');
      if (!acked) {
        acked = true;
        clearTimeout(unhandled);
        res.writeHead(500).end();
      }
    }
  }
}

// A recording fake of Discord for tests: REST under /api/v10/… on node:http and a
// gateway on a ws WebSocketServer, both on 127.0.0.1 and an ephemeral port.
// Point discord.js at it with `rest: { api: fake.apiUrl }`; the gateway URL is served
// from GET /gateway/bot, as Discord does.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { DealRecord } from '../../src/model/records.js';

export interface RecordedRequest {
  readonly method: string;
  /** Path without the query, e.g. /api/v10/channels/123/messages */
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it is not JSON, or null when empty. */
  readonly body: unknown;
}

export type ScriptedResponse =
  | { readonly kind: 'json'; readonly status?: number; readonly body: unknown; readonly headers?: Record<string, string> }
  | { readonly kind: 'no-content' }
  /** 429 with Retry-After, X-RateLimit-* (bucket included) and a { message, retry_after, global } body. */
  | { readonly kind: 'rate-limit'; readonly retryAfter: number; readonly bucket?: string; readonly global?: boolean }
  /** An API error: { message, code } with the status. */
  | { readonly kind: 'error'; readonly status: number; readonly code?: number; readonly message?: string }
  /** Never answers (until the fake closes). */
  | { readonly kind: 'hang' };

export interface GatewayFrame {
  readonly op: number;
  readonly d: unknown;
  readonly s?: number | null;
  readonly t?: string | null;
}

export interface FakeDiscordOptions {
  readonly applicationId?: string;
  readonly botUserId?: string;
  /** HELLO's heartbeat_interval in ms. */
  readonly heartbeatIntervalMs?: number;
}

export interface FakeDiscord {
  /** REST base to give discord.js (without /v10): http://127.0.0.1:PORT/api */
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly applicationId: string;
  readonly requests: RecordedRequest[];
  /** Frames the gateway received from clients (IDENTIFY, heartbeats…). */
  readonly gatewayReceived: GatewayFrame[];
  /** Frames the gateway sent. */
  readonly gatewaySent: GatewayFrame[];
  /** Queues responses for requests whose method matches and whose path (after /api/v10) matches; each is used once, then defaults apply. */
  script(method: string, path: string | RegExp, ...responses: ScriptedResponse[]): void;
  requestsTo(method: string, path: string | RegExp): RecordedRequest[];
  /** Gateway connections currently open. */
  connectedClients(): number;
  /** Sends INTERACTION_CREATE to every connected gateway client. */
  dispatchInteraction(interaction: Record<string, unknown>): void;
  /** Resolves when predicate holds (polled), or rejects after timeoutMs. */
  waitFor(predicate: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

let snowflakeCounter = 0n;
export function fakeSnowflake(): string {
  snowflakeCounter += 1n;
  return ((BigInt(Date.now() - 1420070400000) << 22n) + snowflakeCounter).toString();
}

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers });
  res.end(text);
}

function noContent(res: ServerResponse): void {
  // No Content-Type: discord.js would try to parse an empty JSON body.
  res.writeHead(204);
  res.end();
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
};

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const applicationId = options.applicationId ?? '100000000000000001';
  const botUserId = options.botUserId ?? '100000000000000002';
  const requests: RecordedRequest[] = [];
  const scripts: { method: string; path: string | RegExp; queue: ScriptedResponse[] }[] = [];
  const sockets = new Set<Socket>();
  const gatewayReceived: GatewayFrame[] = [];
  const gatewaySent: GatewayFrame[] = [];
  const clients = new Set<WebSocket>();
  let sequence = 0;
  let wsUrl = '';
  // Message id → channel id, and thread id (= the message it was started on) → parent channel.
  const messages = new Map<string, string>();
  const threads = new Map<string, string>();

  function message(channelId: string, body: unknown): Record<string, unknown> & { id: string } {
    const b = (body ?? {}) as Record<string, unknown>;
    return {
      id: fakeSnowflake(),
      type: 0,
      channel_id: channelId,
      content: b.content ?? '',
      embeds: b.embeds ?? [],
      author: { id: botUserId, username: 'dealwatch', discriminator: '0000', avatar: null, global_name: null, bot: true },
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: b.flags ?? 0,
      components: [],
    };
  }

  /**
   * Discord's published message limits (chat-platforms.md): a body over any of them gets
   * 400 Invalid Form Body (code 50035), as the real API answers.
   */
  function limitProblem(body: unknown): string | null {
    const b = (body ?? {}) as {
      content?: string;
      embeds?: { title?: string; url?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[] }[];
    };
    if ((b.content?.length ?? 0) > 2000) return 'content: Must be 2000 or fewer in length.';
    const embeds = b.embeds ?? [];
    if (embeds.length > 10) return 'embeds: Must be 10 or fewer in length.';
    let total = 0;
    for (const [i, e] of embeds.entries()) {
      if ((e.url?.length ?? 0) > 2048) return `embeds.${i}.url: Must be 2048 or fewer in length.`;
      if ((e.title?.length ?? 0) > 256) return `embeds.${i}.title: Must be 256 or fewer in length.`;
      if ((e.description?.length ?? 0) > 4096) return `embeds.${i}.description: Must be 4096 or fewer in length.`;
      if ((e.footer?.text.length ?? 0) > 2048) return `embeds.${i}.footer.text: Must be 2048 or fewer in length.`;
      if ((e.fields?.length ?? 0) > 25) return `embeds.${i}.fields: Must be 25 or fewer in length.`;
      for (const f of e.fields ?? []) if (f.name.length > 256 || f.value.length > 1024) return `embeds.${i}.fields: a field is too long.`;
      total +=
        (e.title?.length ?? 0) +
        (e.description?.length ?? 0) +
        (e.footer?.text.length ?? 0) +
        (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    }
    return total > 6000 ? 'embeds: Embed size exceeds maximum size of 6000' : null;
  }

  function defaultResponse(method: string, path: string, query: URLSearchParams, body: unknown, res: ServerResponse): void {
    let m: RegExpExecArray | null;
    const ok = { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-reset-after': '1', 'x-ratelimit-bucket': 'fake-bucket' };
    if (method === 'GET' && path === '/gateway/bot') {
      json(res, 200, { url: wsUrl, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    } else if (method === 'GET' && path === '/users/@me') {
      json(res, 200, { id: botUserId, username: 'dealwatch', discriminator: '0000', avatar: null, global_name: null, bot: true });
    } else if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const problem = limitProblem(body);
      if (problem) json(res, 400, { message: 'Invalid Form Body', code: 50035, errors: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: problem }] } });
      else {
        const posted = message(m[1]!, body);
        posted.message_reference = (body as { message_reference?: unknown } | null)?.message_reference;
        messages.set(posted.id as string, m[1]!);
        json(res, 200, posted, ok);
      }
    } else if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      // A thread started on a message has the message's id (Discord's behaviour).
      if (messages.get(m[2]!) !== m[1]) json(res, 404, { message: 'Unknown Message', code: 10008 });
      else if (threads.has(m[2]!)) json(res, 400, { message: 'A thread has already been created for this message', code: 160004 });
      else {
        threads.set(m[2]!, m[1]!);
        json(res, 201, { id: m[2], type: 11, parent_id: m[1], name: (body as { name?: string } | null)?.name ?? '' }, ok);
      }
    } else if (method === 'PATCH' && (m = /^\/channels\/(\d+)\/messages\/(\d+)$/.exec(path))) {
      if (messages.get(m[2]!) !== m[1]) json(res, 404, { message: 'Unknown Message', code: 10008 });
      else json(res, 200, { ...message(m[1]!, body), id: m[2] }, ok);
    } else if (method === 'POST' && (m = /^\/webhooks\/(\d+)\/[^/]+$/.exec(path))) {
      if (query.get('wait') === 'true') json(res, 200, { ...message('200000000000000001', body), webhook_id: m[1] }, ok);
      else noContent(res);
    } else if (method === 'PATCH' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path)) {
      json(res, 200, message('200000000000000001', body));
    } else if (method === 'DELETE' && /^\/webhooks\/\d+\/[^/]+\/messages\/[^/]+$/.test(path)) {
      noContent(res);
    } else if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) {
      if (query.get('with_response') === 'true') {
        json(res, 200, { interaction: { id: path.split('/')[2], type: 2 }, resource: { type: (body as { type?: number } | null)?.type ?? 4 } });
      } else noContent(res);
    } else if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(body) ? body : [];
      json(
        res,
        200,
        list.map((c: Record<string, unknown>) => ({ id: fakeSnowflake(), application_id: applicationId, version: fakeSnowflake(), ...c })),
      );
    } else {
      json(res, 404, { message: '404: Not Found', code: 0 });
    }
  }

  function scripted(response: ScriptedResponse, res: ServerResponse): void {
    switch (response.kind) {
      case 'json':
        json(res, response.status ?? 200, response.body, response.headers);
        return;
      case 'no-content':
        noContent(res);
        return;
      case 'rate-limit': {
        const headers: Record<string, string> = {
          'retry-after': String(response.retryAfter),
          'x-ratelimit-limit': '5',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(response.retryAfter),
          'x-ratelimit-bucket': response.bucket ?? 'fake-bucket',
          'x-ratelimit-scope': response.global ? 'global' : 'user',
        };
        if (response.global) headers['x-ratelimit-global'] = 'true';
        json(res, 429, { message: 'You are being rate limited.', retry_after: response.retryAfter, global: response.global ?? false }, headers);
        return;
      }
      case 'error':
        res.statusMessage = STATUS_TEXT[response.status] ?? 'Error';
        json(res, response.status, { message: response.message ?? `${response.status}: ${res.statusMessage}`, code: response.code ?? 0 });
        return;
      case 'hang':
        return;
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const pathname = decodeURIComponent(url.pathname);
      const body = await readBody(req);
      requests.push({ method: req.method ?? 'GET', path: pathname, query: url.searchParams, headers: req.headers, body });
      const prefix = '/api/v10';
      if (!pathname.startsWith(prefix)) {
        json(res, 404, { message: '404: Not Found', code: 0 });
        return;
      }
      const path = pathname.slice(prefix.length);
      const script = scripts.find((s) => s.method === req.method && s.queue.length > 0 && matches(s.path, path));
      const next = script?.queue.shift();
      if (next) scripted(next, res);
      else defaultResponse(req.method ?? 'GET', path, url.searchParams, body, res);
    })();
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const wss = new WebSocketServer({ server, path: '/gateway' });
  function send(ws: WebSocket, frame: GatewayFrame): void {
    gatewaySent.push(frame);
    ws.send(JSON.stringify(frame));
  }
  wss.on('connection', (ws) => {
    clients.add(ws);
    ws.on('close', () => clients.delete(ws));
    send(ws, { op: 10, d: { heartbeat_interval: options.heartbeatIntervalMs ?? 41_250 }, s: null, t: null });
    ws.on('message', (data) => {
      let frame: GatewayFrame;
      try {
        frame = JSON.parse(String(data)) as GatewayFrame;
      } catch {
        return;
      }
      gatewayReceived.push(frame);
      if (frame.op === 1) {
        send(ws, { op: 11, d: null, s: null, t: null });
      } else if (frame.op === 2) {
        send(ws, {
          op: 0,
          t: 'READY',
          s: ++sequence,
          d: {
            v: 10,
            user: { id: botUserId, username: 'dealwatch', discriminator: '0000', avatar: null, global_name: null, bot: true, flags: 0 },
            guilds: [],
            session_id: 'fake-session',
            resume_gateway_url: wsUrl,
            shard: [0, 1],
            application: { id: applicationId, flags: 0 },
          },
        });
      }
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  wsUrl = `ws://127.0.0.1:${port}/gateway`;

  return {
    apiUrl: `${baseUrl}/api`,
    gatewayUrl: wsUrl,
    applicationId,
    requests,
    gatewayReceived,
    gatewaySent,
    script(method, path, ...responses) {
      scripts.push({ method: method.toUpperCase(), path, queue: [...responses] });
    },
    requestsTo(method, path) {
      return requests.filter((r) => r.method === method.toUpperCase() && matches(path, r.path.replace(/^\/api\/v10/, '')));
    },
    connectedClients() {
      return clients.size;
    },
    dispatchInteraction(interaction) {
      for (const ws of clients) send(ws, { op: 0, t: 'INTERACTION_CREATE', s: ++sequence, d: interaction });
    },
    async waitFor(predicate, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate()) {
        if (Date.now() > deadline) throw new Error('fake-discord: condition not met in time');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async close() {
      for (const ws of clients) ws.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A stored deal for Discord tests; override what a test is about. */
export function sampleDeal(overrides: Partial<DealRecord> = {}): DealRecord {
  return {
    id: 1,
    title: 'Microsoft invests $10 billion in OpenAI',
    url: 'https://news.example/openai-microsoft',
    source: 'Example News',
    type: 'investment',
    score: 0.93,
    amount: { value: 10_000_000_000, currency: 'USD', text: '$10 billion' },
    summary: 'Microsoft will invest $10 billion in OpenAI, extending their partnership.',
    companies: [
      { name: 'Microsoft', role: 'investor', watched: true },
      { name: 'OpenAI', role: 'investee', watched: true },
      { name: 'Google', role: 'mentioned', watched: true },
    ],
    status: 'announced',
    regulatory: null,
    publishedAt: new Date('2026-01-23T14:00:00Z'),
    createdAt: new Date('2026-01-23T14:05:00Z'),
    firstSeenAt: new Date('2026-01-23T14:05:00Z'),
    reportCount: 1,
    lastReportAt: new Date('2026-01-23T14:00:00Z'),
    ...overrides,
  };
}

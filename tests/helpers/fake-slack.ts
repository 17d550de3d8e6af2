// A local fake of the Slack Web API, response_url and Socket Mode, on 127.0.0.1:0.
// It records every request and can be scripted per method: success, 429, 5xx, hang,
// or a Slack error. No module mocking: the real WebClient and Bolt talk to it.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface FakeSlackCall {
  readonly method: string;
  /** Form fields; `blocks` and `attachments` are JSON-parsed. */
  readonly fields: Record<string, unknown>;
  readonly headers: IncomingHttpHeaders;
  readonly at: number;
}

export interface FakeResponseUrlPost {
  readonly id: string;
  readonly body: Record<string, unknown>;
  readonly at: number;
}

export type FakeScript =
  | { readonly kind: 'ok'; readonly body?: Record<string, unknown> }
  | { readonly kind: 'rate-limited'; readonly retryAfter: number }
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'hang' }
  | { readonly kind: 'error'; readonly error: string; readonly extra?: Record<string, unknown> };

export interface SocketAck {
  readonly envelope_id: string;
  readonly payload?: Record<string, unknown>;
}

export interface FakeSlack {
  /** Web API base with trailing slash, for `slackApiUrl`. */
  readonly apiUrl: string;
  /** A response_url the fake records posts to. */
  responseUrl(id?: string): string;
  readonly calls: FakeSlackCall[];
  callsTo(method: string): FakeSlackCall[];
  readonly responsePosts: FakeResponseUrlPost[];
  /** Queues outcomes for the next calls of a method; afterwards it succeeds. */
  script(method: string, ...outcomes: FakeScript[]): void;
  /** Socket Mode: the acks the bot sent back. */
  readonly socketAcks: SocketAck[];
  /** Resolves once a Socket Mode client has connected and received hello. */
  socketConnected(timeoutMs?: number): Promise<void>;
  /** Pushes a slash command over the socket and resolves with the bot's ack. */
  sendSlashCommand(payload: Record<string, unknown>, timeoutMs?: number): Promise<SocketAck>;
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

let tsCounter = 0;

function parseForm(text: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) {
    try {
      return JSON.parse(text) as Record<string, unknown>;
    } catch {
      return { _raw: text };
    }
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if ((key === 'blocks' || key === 'attachments') && value.startsWith('[')) {
      try {
        fields[key] = JSON.parse(value);
        continue;
      } catch {
        // keep the raw string
      }
    }
    fields[key] = value;
  }
  return fields;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: FakeSlackCall[] = [];
  const responsePosts: FakeResponseUrlPost[] = [];
  const scripts = new Map<string, FakeScript[]>();
  const socketAcks: SocketAck[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();
  const clients = new Set<WebSocket>();
  const ackWaiters = new Map<string, (ack: SocketAck) => void>();
  let base = '';

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = await readBody(req);
      if (url.pathname.startsWith('/response/')) {
        const id = url.pathname.slice('/response/'.length);
        responsePosts.push({ id, body: parseForm(text, req.headers['content-type'] ?? 'application/json'), at: Date.now() });
        json(res, 200, { ok: true });
        return;
      }
      if (!url.pathname.startsWith('/api/')) {
        json(res, 404, { ok: false, error: 'unknown_path' });
        return;
      }
      const method = url.pathname.slice('/api/'.length);
      calls.push({ method, fields: parseForm(text, req.headers['content-type']), headers: req.headers, at: Date.now() });
      const outcome = scripts.get(method)?.shift() ?? { kind: 'ok' };
      switch (outcome.kind) {
        case 'rate-limited':
          json(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(outcome.retryAfter) });
          return;
        case 'status':
          res.writeHead(outcome.status, { 'content-type': 'text/plain' }).end(`status ${outcome.status}`);
          return;
        case 'hang':
          hanging.add(res);
          return;
        case 'error':
          json(res, 200, { ok: false, error: outcome.error, ...outcome.extra });
          return;
        case 'ok':
          json(res, 200, { ...defaultAnswer(method), ...outcome.body });
          return;
      }
    })().catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { ok: false, error: String(error) });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  function defaultAnswer(method: string): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'dealwatch', team_id: 'T0FAKE', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage':
        tsCounter += 1;
        return { ok: true, channel: 'C0FAKE', ts: `1700000000.${String(tsCounter).padStart(6, '0')}` };
      case 'apps.connections.open':
        return { ok: true, url: `${base.replace('http://', 'ws://')}/socket` };
      default:
        return { ok: true };
    }
  }

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!(req.url ?? '').startsWith('/socket')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      ws.on('close', () => clients.delete(ws));
      ws.on('message', (data) => {
        let message: SocketAck;
        try {
          message = JSON.parse(String(data)) as SocketAck;
        } catch {
          return;
        }
        if (typeof message.envelope_id !== 'string') return;
        socketAcks.push(message);
        ackWaiters.get(message.envelope_id)?.(message);
        ackWaiters.delete(message.envelope_id);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake', approximate_connection_time: 3600 },
          connection_info: { app_id: 'A0FAKE' },
        }),
      );
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`fake-slack: condition not met within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  return {
    apiUrl: `${base}/api/`,
    responseUrl: (id = randomUUID()) => `${base}/response/${id}`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    responsePosts,
    script(method, ...outcomes) {
      scripts.set(method, [...(scripts.get(method) ?? []), ...outcomes]);
    },
    socketAcks,
    async socketConnected(timeoutMs = 5_000) {
      await waitFor(() => clients.size > 0, timeoutMs);
    },
    async sendSlashCommand(payload, timeoutMs = 5_000) {
      const ws = [...clients].at(-1);
      if (!ws) throw new Error('fake-slack: no Socket Mode client connected');
      const envelopeId = randomUUID();
      const acked = new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          ackWaiters.delete(envelopeId);
          reject(new Error(`fake-slack: no ack for ${envelopeId} within ${timeoutMs} ms`));
        }, timeoutMs);
        ackWaiters.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
      });
      ws.send(JSON.stringify({ type: 'slash_commands', envelope_id: envelopeId, payload, accepts_response_payload: true }));
      return acked;
    },
    waitFor,
    async close() {
      for (const res of hanging) res.destroy();
      for (const ws of clients) ws.terminate();
      wss.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

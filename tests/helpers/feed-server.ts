// A scriptable local HTTP server for tests that need a real feed host: routes map paths
// to handlers, every request is recorded with its headers and how its response ended,
// and close() destroys every socket so hanging handlers never keep a test alive.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';

export interface RecordedRequest {
  readonly method: string;
  /** Path plus query, as sent. */
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** Body bytes the handler wrote (streaming handlers count as they go). */
  bytesSent: number;
  /** 'finished' when the response completed, 'closed-early' when the socket went away first. */
  outcome: 'in-flight' | 'finished' | 'closed-early';
}

export interface HandlerContext {
  readonly record: RecordedRequest;
  /** Base URL of this server, for building redirects. */
  readonly baseUrl: string;
}

export type FeedHandler = (req: IncomingMessage, res: ServerResponse, ctx: HandlerContext) => void | Promise<void>;

export interface FeedServer {
  /** start listens on 127.0.0.1 and an ephemeral port and returns the base URL (no trailing slash). */
  start(): Promise<string>;
  close(): Promise<void>;
  route(path: string, handler: FeedHandler): FeedServer;
  url(path: string): string;
  readonly baseUrl: string;
  readonly port: number;
  readonly requests: readonly RecordedRequest[];
  requestsTo(path: string): RecordedRequest[];
  /** Requests currently being handled, and the most seen at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  /** Connections accepted so far (a reset or aborted request shows up as a closed one). */
  readonly connections: number;
  /** resetStats forgets recorded requests and the in-flight high-water mark (routes stay). */
  resetStats(): void;
  /** waitUntilIdle resolves once no request is in flight (e.g. the server saw an abort). */
  waitUntilIdle(timeoutMs?: number): Promise<void>;
}

export function createFeedServer(routes: Record<string, FeedHandler> = {}): FeedServer {
  const table = new Map<string, FeedHandler>(Object.entries(routes));
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  let inFlight = 0;
  let maxInFlight = 0;
  let connections = 0;
  let baseUrl = '';
  let port = 0;

  const server = createServer((req, res) => {
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: req.headers,
      bytesSent: 0,
      outcome: 'in-flight',
    };
    requests.push(record);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight--;
      record.outcome = res.writableFinished ? 'finished' : 'closed-early';
    });
    const pathname = new URL(record.path, 'http://x').pathname;
    const handler = table.get(record.path) ?? table.get(pathname);
    if (handler === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such route');
      return;
    }
    Promise.resolve(handler(req, res, { record, baseUrl })).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(error));
    });
  });
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  const self: FeedServer = {
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => resolve());
      });
      port = (server.address() as AddressInfo).port;
      baseUrl = `http://127.0.0.1:${port}`;
      return baseUrl;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    route(path, handler) {
      table.set(path, handler);
      return self;
    },
    url: (path) => `${baseUrl}${path}`,
    get baseUrl() {
      return baseUrl;
    },
    get port() {
      return port;
    },
    requests,
    requestsTo: (path) => requests.filter((r) => r.path === path || new URL(r.path, 'http://x').pathname === path),
    get inFlight() {
      return inFlight;
    },
    get maxInFlight() {
      return maxInFlight;
    },
    get connections() {
      return connections;
    },
    resetStats() {
      requests.length = 0;
      maxInFlight = inFlight;
      connections = 0;
    },
    async waitUntilIdle(timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0) {
        if (Date.now() > deadline) throw new Error(`feed-server: ${inFlight} request(s) still in flight`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
  return self;
}

// ---- Handler factories -------------------------------------------------------

export type Encoding = 'gzip' | 'deflate' | 'br';

function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'gzip') return gzipSync(body);
  if (encoding === 'deflate') return deflateSync(body); // zlib-wrapped, as RFC 9110 "deflate" means
  return brotliCompressSync(body);
}

function send(res: ServerResponse, ctx: HandlerContext, status: number, headers: Record<string, string>, body: Buffer) {
  res.writeHead(status, { 'content-length': String(body.length), ...headers });
  ctx.record.bytesSent += body.length;
  res.end(body);
}

/** serve answers with a fixed body and headers, optionally compressed. */
export function serve(body: string | Buffer, options: { status?: number; headers?: Record<string, string>; encoding?: Encoding } = {}): FeedHandler {
  const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const payload = options.encoding ? encode(raw, options.encoding) : raw;
  const headers = {
    'content-type': 'application/rss+xml; charset=utf-8',
    ...(options.encoding ? { 'content-encoding': options.encoding } : {}),
    ...options.headers,
  };
  return (_req, res, ctx) => send(res, ctx, options.status ?? 200, headers, payload);
}

/** conditional serves 304 when If-None-Match or If-Modified-Since match, else 200 with validators. */
export function conditional(body: string, validators: { etag?: string; lastModified?: string; headers?: Record<string, string> }): FeedHandler {
  const headers: Record<string, string> = { ...validators.headers };
  if (validators.etag !== undefined) headers.etag = validators.etag;
  if (validators.lastModified !== undefined) headers['last-modified'] = validators.lastModified;
  const ok = serve(body, { headers });
  return (req, res, ctx) => {
    const etagMatch = validators.etag !== undefined && req.headers['if-none-match'] === validators.etag;
    const dateMatch = validators.lastModified !== undefined && req.headers['if-modified-since'] === validators.lastModified;
    if (etagMatch || dateMatch) {
      res.writeHead(304, headers).end();
      return;
    }
    return ok(req, res, ctx);
  };
}

/** status answers with a bare status code (and optional headers/body). */
export function status(code: number, headers: Record<string, string> = {}, body = ''): FeedHandler {
  return (_req, res, ctx) => send(res, ctx, code, headers, Buffer.from(body));
}

/** redirect answers with `code` and a Location (absolute, or a path on this server). */
export function redirect(location: string, code = 302): FeedHandler {
  return (_req, res) => {
    res.writeHead(code, { location }).end();
  };
}

/** redirectLoop redirects every request back to its own path. */
export function redirectLoop(code = 302): FeedHandler {
  return (req, res) => {
    res.writeHead(code, { location: req.url ?? '/' }).end();
  };
}

/** hang accepts the request and never answers. */
export function hang(): FeedHandler {
  return () => undefined;
}

/** trickle sends headers, then `chunk` every `intervalMs`, forever, until the client goes away. */
export function trickle(intervalMs = 50, chunk = '<'): FeedHandler {
  return (_req, res, ctx) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const timer = setInterval(() => {
      ctx.record.bytesSent += Buffer.byteLength(chunk);
      res.write(chunk);
    }, intervalMs);
    res.on('close', () => clearInterval(timer));
  };
}

/**
 * endless streams `totalBytes` (default: forever) of filler as fast as the client reads,
 * honouring backpressure so the server itself never buffers much.
 */
export function endless(options: { totalBytes?: number; chunkBytes?: number; contentLength?: boolean } = {}): FeedHandler {
  const chunk = Buffer.alloc(options.chunkBytes ?? 64 * 1024, 'a');
  const total = options.totalBytes ?? Number.POSITIVE_INFINITY;
  return (_req, res, ctx) => {
    const headers: Record<string, string> = { 'content-type': 'application/rss+xml' };
    if (options.contentLength === true && Number.isFinite(total)) headers['content-length'] = String(total);
    res.writeHead(200, headers);
    const pump = (): void => {
      while (!res.destroyed && ctx.record.bytesSent < total) {
        const piece = chunk.subarray(0, Math.min(chunk.length, total - ctx.record.bytesSent));
        ctx.record.bytesSent += piece.length;
        if (!res.write(piece)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!res.destroyed) res.end();
    };
    pump();
  };
}

const bombs = new Map<number, Buffer>();

/** gzipBomb serves `decompressedBytes` of zeros gzipped (50 MB compresses to about 50 KB). */
export function gzipBomb(decompressedBytes = 50 * 1024 * 1024): FeedHandler {
  let bomb = bombs.get(decompressedBytes);
  if (bomb === undefined) {
    bomb = gzipSync(Buffer.alloc(decompressedBytes), { level: 9 });
    bombs.set(decompressedBytes, bomb);
  }
  const payload = bomb;
  return (_req, res, ctx) => send(res, ctx, 200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }, payload);
}

/** reset sends a TCP RST instead of a response. */
export function reset(): FeedHandler {
  return (req) => {
    req.socket.resetAndDestroy();
  };
}

/** delayed runs `inner` after `ms`, so concurrent requests overlap long enough to count. */
export function delayed(ms: number, inner: FeedHandler): FeedHandler {
  return (req, res, ctx) =>
    new Promise<void>((resolve) => {
      setTimeout(() => resolve(Promise.resolve(inner(req, res, ctx)).then(() => undefined)), ms);
    });
}

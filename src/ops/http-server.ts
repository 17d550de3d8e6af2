// One HTTP server on PORT for everything that listens: health, metrics, and the Slack
// and Discord endpoints. Integrations register routes; the server owns the socket.
// It also owns the connection limits (issue 9 point 3, docs/http-server.md): a client that
// never finishes its headers or body, or sits idle, is closed, and the number of sockets is capped,
// so half-sent requests cannot use up the process's file descriptors.
import { STATUS_CODES, createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from 'pino';
import { DealwatchError, InvalidOptionError, type CodeOf } from '../model/errors.js';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /** Registers a handler for an exact path (any method unless given). */
  route(path: string, handler: RouteHandler, method?: string): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  readonly server: Server;
}

/** Connection limits; every field has a production default (see HTTP_SERVER_DEFAULTS). */
export interface HttpServerOptions {
  /** Request line and all headers must arrive within this, from the first byte; else 408 and close. */
  readonly headersTimeoutMs?: number;
  /** The whole request, body included, must arrive within this; else 408 and close. */
  readonly requestTimeoutMs?: number;
  /** How often Node checks the two timeouts above: a late request is closed within this much extra. */
  readonly connectionsCheckingIntervalMs?: number;
  /** A socket with no traffic in either direction for this long is destroyed (e.g. a stuck handler). */
  readonly idleTimeoutMs?: number;
  /** How long a kept-alive socket may wait for its next request. */
  readonly keepAliveTimeoutMs?: number;
  /** Sockets beyond this many open at once are closed on accept. */
  readonly maxConnections?: number;
}

export const HTTP_SERVER_DEFAULTS = Object.freeze({
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  connectionsCheckingIntervalMs: 1_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
} satisfies Required<HttpServerOptions>);

/** A request the server refuses; `statusCode` is the HTTP status the route catch answers with. */
export class HttpRequestError extends DealwatchError<HttpRequestErrorCode> {
  readonly statusCode: number;

  constructor(code: HttpRequestErrorCode, statusCode: number, message: string) {
    super(code, message);
    this.statusCode = statusCode;
  }
}

export type HttpRequestErrorCode = Exclude<CodeOf<'http'>, 'http-listen'>;

/**
 * Reads a request body with a size cap; signature checks need the exact raw bytes.
 * Past the cap it rejects with a 413 HttpRequestError but keeps draining (and dropping) the rest,
 * so the client still reads the 413: destroying the request (as a for-await break does) resets
 * the socket, and the client then sees ECONNRESET instead. requestTimeout bounds the drain.
 */
export function readRawBody(req: IncomingMessage, maxBytes = 1024 * 1024): Promise<Buffer> {
  const tooLarge = () => new HttpRequestError('body-too-large', 413, 'request body too large');
  // A declared length over the cap is refused before any byte is buffered.
  if (Number(req.headers['content-length'] ?? 0) > maxBytes) {
    req.resume();
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0; // the rest keeps flowing, to nowhere
        settle(() => reject(tooLarge()));
      } else {
        chunks.push(chunk);
      }
    });
    req.once('end', () => settle(() => resolve(Buffer.concat(chunks))));
    req.once('error', (error) => settle(() => reject(error)));
    req.once('close', () => settle(() => reject(new HttpRequestError('body-aborted', 400, 'request body incomplete: the connection closed'))));
  });
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** The status a malformed or late request gets before its socket is closed; null means just close. */
function clientErrorStatus(code: string | undefined): number | null {
  switch (code) {
    case 'ECONNRESET':
    case 'EPIPE':
      return null; // the peer is gone: nothing can be sent
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return 413;
    default:
      return 400;
  }
}

function resolveOptions(options: HttpServerOptions): Required<HttpServerOptions> {
  const resolved = { ...HTTP_SERVER_DEFAULTS, ...options };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isInteger(value) || value <= 0) throw new InvalidOptionError(`http server option ${name} must be a positive integer, got ${value}`);
  }
  if (resolved.headersTimeoutMs > resolved.requestTimeoutMs) {
    throw new InvalidOptionError('http server option headersTimeoutMs must not exceed requestTimeoutMs');
  }
  return resolved;
}

export function createHttpServer(log: Logger, options: HttpServerOptions = {}): HttpServer {
  const limits = resolveOptions(options);
  const routes = new Map<string, { handler: RouteHandler; method: string | null }>();
  // headersTimeout and requestTimeout are only enforced when Node's connection check runs, every
  // connectionsCheckingInterval (30 s by default, which let a half-sent request live 40 s); both
  // are passed here because the interval is only read when the server is created.
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: limits.connectionsCheckingIntervalMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
    },
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0]!;
      const route = routes.get(path);
      if (!route) {
        sendJson(res, 404, { error: 'not found' });
        return;
      }
      if (route.method && req.method !== route.method) {
        res.writeHead(405, { allow: route.method }).end();
        return;
      }
      Promise.resolve(route.handler(req, res)).catch((error: unknown) => {
        // A client that vanished (or was closed for being too slow) aborts the body read: not our failure.
        // (req, not res, is destroyed whenever a body read stops early, e.g. at the size cap: that one still gets its 413.)
        if (res.destroyed || res.socket?.destroyed === true) {
          log.debug({ err: error, path }, 'http request abandoned: the connection closed before the response');
          return;
        }
        const status = (error as { statusCode?: number }).statusCode ?? 500;
        if (status >= 500) log.error({ err: error, path }, 'http handler failed');
        else log.warn({ path, status, reason: (error as Error).message }, 'http request refused');
        if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'internal error' : String((error as Error).message) });
        else res.end();
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // With a listener, Node leaves the socket to us: answer if nothing was sent yet, then always destroy.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const status = clientErrorStatus(error.code);
    if (status !== null && socket.writable && (socket as Socket).bytesWritten === 0) {
      socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    }
    socket.destroy();
    log.debug({ code: error.code, status }, 'http client error: connection closed');
  });
  // Without a 'timeout' listener Node would destroy the socket itself; the listener makes that explicit.
  server.setTimeout(limits.idleTimeoutMs, (socket: Socket) => socket.destroy());
  // One warning a minute at most: a flood of refused connections must not become a flood of log lines.
  let droppedSinceLog = 0;
  let lastDropLogAt = -Infinity;
  server.on('drop', () => {
    droppedSinceLog++;
    const now = performance.now();
    if (now - lastDropLogAt < 60_000) return;
    log.warn({ maxConnections: limits.maxConnections, refused: droppedSinceLog }, 'http connections refused: too many open connections');
    lastDropLogAt = now;
    droppedSinceLog = 0;
  });
  return {
    server,
    route(path, handler, method) {
      routes.set(path, { handler, method: method ?? null });
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

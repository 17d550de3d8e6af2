// One HTTP server on PORT for everything that listens: health, metrics, and the Slack
// and Discord endpoints. Integrations register routes; the server owns the socket.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /** Registers a handler for an exact path (any method unless given). */
  route(path: string, handler: RouteHandler, method?: string): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  readonly server: Server;
}

/** Reads a request body with a size cap; signature checks need the exact raw bytes. */
export async function readRawBody(req: IncomingMessage, maxBytes = 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw Object.assign(new Error('request body too large'), { statusCode: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function createHttpServer(log: Logger): HttpServer {
  const routes = new Map<string, { handler: RouteHandler; method: string | null }>();
  const server = createServer((req, res) => {
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
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      log.error({ err: error, path }, 'http handler failed');
      if (!res.headersSent) sendJson(res, status, { error: status === 500 ? 'internal error' : String((error as Error).message) });
      else res.end();
    });
  });
  server.keepAliveTimeout = 5_000;
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
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

// Bounds: every hostile or broken server costs at most the body cap and the request timeout.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, FetchError, type FeedFetcher } from '../../../src/fetch/index.js';
import { createFeedServer, endless, gzipBomb, hang, reset, trickle, type FeedServer } from '../../helpers/feed-server.js';

const UA = 'dealwatch-test/0';
const MB = 1024 * 1024;

let server: FeedServer;
let fetcher: FeedFetcher;

beforeAll(async () => {
  server = createFeedServer({
    '/hang': hang(),
    '/trickle': trickle(20, '<'),
    '/endless': endless(),
    '/big-declared': endless({ totalBytes: 64 * MB, contentLength: true }),
    '/big-undeclared': endless({ totalBytes: 64 * MB }),
    '/just-under': endless({ totalBytes: MB }),
    '/bomb': gzipBomb(50 * MB),
    '/reset': reset(),
  });
  await server.start();
  fetcher = createFeedFetcher({ userAgent: UA, requestTimeoutMs: 300, maxBodyBytes: MB });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const get = (path: string, f: FeedFetcher = fetcher) => f.fetchFeed({ url: server.url(path), etag: null, lastModified: null, restrictToPublic: false });

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchFeed limits', () => {
  it('times out a server that never answers', async () => {
    const started = Date.now();
    const error = await failure(get('/hang'));
    expect(error.code).toBe('timeout');
    expect(error.message).toBe(`fetcher: no complete response from 127.0.0.1:${server.port} within 300 ms`);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('bounds a 1-byte trickle by the whole-request timeout and drops the connection', async () => {
    const started = Date.now();
    const error = await failure(get('/trickle'));
    expect(error.code).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
    await server.waitUntilIdle();
    const record = server.requestsTo('/trickle').at(-1);
    expect(record?.bytesSent).toBeGreaterThan(0); // headers and some body did arrive
    expect(record?.outcome).toBe('closed-early');
  });

  it('aborts an endless body at the cap; the server sees the socket close early', async () => {
    const error = await failure(get('/endless'));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`fetcher: response from 127.0.0.1:${server.port} exceeded 1 MB limit (aborted)`);
    await server.waitUntilIdle();
    const record = server.requestsTo('/endless').at(-1);
    expect(record?.outcome).toBe('closed-early');
    // Only the cap plus socket buffers went out, nowhere near "forever".
    expect(record?.bytesSent).toBeLessThan(32 * MB);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const error = await failure(get('/big-declared'));
    expect(error.code).toBe('too-large');
    await server.waitUntilIdle();
    const record = server.requestsTo('/big-declared').at(-1);
    // 64 MB cannot all fit in loopback socket buffers, so "closed early" proves the abort.
    expect(record?.outcome).toBe('closed-early');
    expect(record?.bytesSent).toBeLessThan(32 * MB);
  });

  it('aborts an undeclared body that grows past the cap', async () => {
    expect((await failure(get('/big-undeclared'))).code).toBe('too-large');
    await server.waitUntilIdle();
    const record = server.requestsTo('/big-undeclared').at(-1);
    expect(record?.outcome).toBe('closed-early');
    expect(record?.bytesSent).toBeLessThan(32 * MB);
  });

  it('accepts a body exactly at the cap', async () => {
    const result = await get('/just-under');
    expect(result.kind === 'ok' && result.body.length).toBe(MB);
  });

  it('aborts a gzip bomb on decompressed size', async () => {
    const error = await failure(get('/bomb'));
    expect(error.code).toBe('too-large');
  });

  it('maps a connection reset to network', async () => {
    const error = await failure(get('/reset'));
    expect(error.code).toBe('network');
    expect(error.message).toContain(`127.0.0.1:${server.port}`);
  });

  it('maps a refused connection to network', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(fetcher.fetchFeed({ url: `http://127.0.0.1:${port}/`, etag: null, lastModified: null, restrictToPublic: false }));
    expect(error.code).toBe('network');
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('maps a connect that does not complete to connect-timeout', async () => {
    // A lookup that never answers keeps the socket in its connecting phase, which is exactly
    // what the connect timeout bounds, without sending traffic anywhere.
    const stuck = createFeedFetcher({
      userAgent: UA,
      connectTimeoutMs: 100,
      requestTimeoutMs: 5000,
      lookup: () => new Promise(() => undefined),
    });
    try {
      const started = Date.now();
      const error = await failure(stuck.fetchFeed({ url: 'http://stuck.test/feed', etag: null, lastModified: null, restrictToPublic: false }));
      expect(error.code).toBe('connect-timeout');
      expect(error.message).toBe('fetcher: could not connect to stuck.test within 100 ms');
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      await stuck.close();
    }
  });

  it('maps a failed name lookup to dns', async () => {
    const noDns = createFeedFetcher({
      userAgent: UA,
      lookup: async (host) => {
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND', hostname: host });
      },
    });
    try {
      const error = await failure(noDns.fetchFeed({ url: 'http://missing.test/feed', etag: null, lastModified: null, restrictToPublic: false }));
      expect(error).toMatchObject({ code: 'dns' });
      expect(error.message).toBe('fetcher: DNS lookup failed for missing.test (ENOTFOUND)');
    } finally {
      await noDns.close();
    }
  });
});

// The fetcher against a real local server: encodings, conditional GET and status handling.
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, FetchError, type FeedFetcher, type FetchResult } from '../../../src/fetch/index.js';
import { conditional, createFeedServer, serve, status, type FeedServer } from '../../helpers/feed-server.js';

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>Deals</title></channel></rss>';
const UA = 'dealwatch/0.1.0 (+https://github.com/dealwatch)';
const NOW = Date.parse('2026-01-01T00:00:00Z');

let server: FeedServer;
let fetcher: FeedFetcher;

beforeAll(async () => {
  server = createFeedServer({
    '/plain': serve(FEED, { headers: { etag: '"v1"', 'last-modified': 'Wed, 31 Dec 2025 10:00:00 GMT', 'cache-control': 'public, max-age=600' } }),
    '/gzip': serve(FEED, { encoding: 'gzip' }),
    '/deflate': serve(FEED, { encoding: 'deflate' }),
    '/br': serve(FEED, { encoding: 'br' }),
    // Some servers send raw DEFLATE (no zlib wrapper) under "deflate"; browsers accept it, so must we.
    '/raw-deflate': serve(deflateRawSync(FEED), { headers: { 'content-encoding': 'deflate' } }),
    '/conditional': conditional(FEED, { etag: '"abc"', lastModified: 'Tue, 30 Dec 2025 08:00:00 GMT', headers: { 'cache-control': 'max-age=120' } }),
    '/500': status(500, {}, 'boom'),
    '/404': status(404),
    '/410': status(410),
    '/429-seconds': status(429, { 'retry-after': '120' }),
    '/429-date': status(429, { 'retry-after': 'Thu, 01 Jan 2026 00:05:00 GMT' }),
    '/429-bare': status(429),
    '/503-retry': status(503, { 'retry-after': '30' }),
    '/503-bare': status(503),
  });
  await server.start();
  fetcher = createFeedFetcher({ userAgent: UA, now: () => NOW });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const get = (path: string, etag: string | null = null, lastModified: string | null = null) =>
  fetcher.fetchFeed({ url: server.url(path), etag, lastModified, restrictToPublic: false });

async function failure(path: string): Promise<FetchError> {
  const error = await get(path).then(
    (r: FetchResult) => new Error(`expected failure, got ${r.kind}`),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

describe('fetchFeed responses', () => {
  it('returns the body with validators, content type and max-age', async () => {
    const result = await get('/plain');
    expect(result).toMatchObject({
      kind: 'ok',
      status: 200,
      contentType: 'application/rss+xml; charset=utf-8',
      etag: '"v1"',
      lastModified: 'Wed, 31 Dec 2025 10:00:00 GMT',
      finalUrl: server.url('/plain'),
      permanentUrl: null,
      maxAgeSeconds: 600,
    });
    expect(result.kind === 'ok' && result.body.toString()).toBe(FEED);
  });

  it('sends User-Agent, a feed-preferring Accept and Accept-Encoding', async () => {
    await get('/plain');
    const headers = server.requestsTo('/plain').at(-1)?.headers;
    expect(headers?.['user-agent']).toBe(UA);
    expect(headers?.accept).toMatch(/^application\/rss\+xml, application\/atom\+xml/);
    expect(headers?.['accept-encoding']).toBe('gzip, deflate, br');
    expect(headers?.['if-none-match']).toBeUndefined();
  });

  it.each(['gzip', 'deflate', 'br', 'raw-deflate'])('decompresses %s', async (encoding) => {
    const result = await get(`/${encoding}`);
    expect(result.kind).toBe('ok');
    expect(result.kind === 'ok' && result.body.toString()).toBe(FEED);
  });

  it('sends If-None-Match and If-Modified-Since and maps 304 to not-modified', async () => {
    const result = await get('/conditional', '"abc"', 'Tue, 30 Dec 2025 08:00:00 GMT');
    expect(result).toEqual({
      kind: 'not-modified',
      etag: '"abc"',
      lastModified: 'Tue, 30 Dec 2025 08:00:00 GMT',
      permanentUrl: null,
      maxAgeSeconds: 120,
    });
    const headers = server.requestsTo('/conditional').at(-1)?.headers;
    expect(headers?.['if-none-match']).toBe('"abc"');
    expect(headers?.['if-modified-since']).toBe('Tue, 30 Dec 2025 08:00:00 GMT');
  });

  it('returns the full body when validators are stale', async () => {
    const result = await get('/conditional', '"old"', null);
    expect(result).toMatchObject({ kind: 'ok', etag: '"abc"' });
  });

  it('maps 500 to http-status with an operator-readable message', async () => {
    const error = await failure('/500');
    expect(error.code).toBe('http-status');
    expect(error.status).toBe(500);
    expect(error.message).toBe(`fetcher: HTTP 500 Internal Server Error from 127.0.0.1:${server.port}`);
  });

  it('maps 404 to http-status', async () => {
    expect(await failure('/404')).toMatchObject({ code: 'http-status', status: 404, retryAfterMs: null });
  });

  it('maps 410 to gone', async () => {
    expect(await get('/410')).toEqual({ kind: 'gone', status: 410 });
  });

  it('maps 429 with Retry-After seconds to rate-limited', async () => {
    expect(await failure('/429-seconds')).toMatchObject({ code: 'rate-limited', status: 429, retryAfterMs: 120_000 });
  });

  it('maps 429 with a Retry-After HTTP-date using the injected clock', async () => {
    expect(await failure('/429-date')).toMatchObject({ code: 'rate-limited', status: 429, retryAfterMs: 300_000 });
  });

  it('maps 429 without Retry-After to rate-limited with null retryAfterMs', async () => {
    expect(await failure('/429-bare')).toMatchObject({ code: 'rate-limited', status: 429, retryAfterMs: null });
  });

  it('maps 503 with Retry-After to rate-limited, and without it to http-status', async () => {
    expect(await failure('/503-retry')).toMatchObject({ code: 'rate-limited', status: 503, retryAfterMs: 30_000 });
    expect(await failure('/503-bare')).toMatchObject({ code: 'http-status', status: 503, retryAfterMs: null });
  });

  it('rejects non-http URLs without any request', async () => {
    await expect(fetcher.fetchFeed({ url: 'ftp://example.com/feed', etag: null, lastModified: null, restrictToPublic: false })).rejects.toMatchObject({
      code: 'invalid-url',
    });
    await expect(fetcher.fetchFeed({ url: 'not a url', etag: null, lastModified: null, restrictToPublic: false })).rejects.toMatchObject({
      code: 'invalid-url',
    });
  });
});

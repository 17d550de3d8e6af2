// Callers fire every feed at once; the fetcher itself keeps to global and per-host limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, type DnsLookup, type FetchRequest } from '../../../src/fetch/index.js';
import { createFeedServer, delayed, hang, serve, type FeedServer } from '../../helpers/feed-server.js';

const FEED = '<rss version="2.0"><channel><title>c</title></channel></rss>';
// Several names for the same loopback server: each name is its own host for the limiter.
const toLoopback: DnsLookup = async () => [{ address: '127.0.0.1', family: 4 }];

let server: FeedServer;

beforeAll(async () => {
  server = createFeedServer({ '/slow': delayed(150, serve(FEED)), '/fast': serve(FEED), '/hang': hang() });
  await server.start();
});

afterAll(async () => {
  await server.close();
});

const req = (host: string, path: string): FetchRequest => ({
  url: `http://${host}:${server.port}${path}`,
  etag: null,
  lastModified: null,
  restrictToPublic: false,
});

async function resetCounters(): Promise<void> {
  await server.waitUntilIdle();
  server.resetStats();
}

describe('fetcher concurrency', () => {
  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    await resetCounters();
    const fetcher = createFeedFetcher({ userAgent: 'dealwatch-test/0', perHostConcurrency: 2, lookup: toLoopback });
    try {
      const results = await Promise.all(Array.from({ length: 6 }, () => fetcher.fetchFeed(req('one.test', '/slow'))));
      expect(results.every((r) => r.kind === 'ok')).toBe(true);
      expect(server.maxInFlight).toBe(2);
      expect(server.requestsTo('/slow')).toHaveLength(6);
    } finally {
      await fetcher.close();
    }
  });

  it('keeps at most concurrency requests in flight overall', async () => {
    await resetCounters();
    const fetcher = createFeedFetcher({
      userAgent: 'dealwatch-test/0',
      concurrency: 3,
      perHostConcurrency: 2,
      lookup: toLoopback,
    });
    try {
      const hosts = ['a.test', 'b.test', 'c.test', 'd.test'];
      const all = hosts.flatMap((h) => [fetcher.fetchFeed(req(h, '/slow')), fetcher.fetchFeed(req(h, '/slow'))]);
      const results = await Promise.all(all);
      expect(results).toHaveLength(8);
      expect(server.maxInFlight).toBe(3);
    } finally {
      await fetcher.close();
    }
  });

  it('does not let a hanging host hold global slots beyond its own', async () => {
    await resetCounters();
    const fetcher = createFeedFetcher({
      userAgent: 'dealwatch-test/0',
      concurrency: 3,
      perHostConcurrency: 2,
      requestTimeoutMs: 1500,
      lookup: toLoopback,
    });
    try {
      let stuckSettled = 0;
      const stuck = Array.from({ length: 4 }, () => fetcher.fetchFeed(req('stuck.test', '/hang')).finally(() => stuckSettled++));
      const healthy = await fetcher.fetchFeed(req('healthy.test', '/fast'));
      expect(healthy.kind).toBe('ok');
      // The healthy host finished while every request to the stuck host was still pending.
      expect(stuckSettled).toBe(0);
      const outcomes = await Promise.allSettled(stuck);
      expect(outcomes.every((o) => o.status === 'rejected' && (o.reason as { code?: string }).code === 'timeout')).toBe(true);
    } finally {
      await fetcher.close();
    }
  });
});

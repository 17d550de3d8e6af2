// Fault injection on the feed side (issue 6, point 5): every misbehaving feed server is
// bounded in time and memory, recorded as that feed's error, and never stops a healthy
// feed polled in the same cycle. Real app, real SQLite file, real fetcher, local servers only.
import { join } from 'node:path';
import { createGzip } from 'node:zlib';
import BetterSqlite3 from 'better-sqlite3';
import iconv from 'iconv-lite';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CycleSummary } from '../../src/pipeline/poll-cycle.js';
import type { FeedRecord } from '../../src/model/records.js';
import { createFeedServer, endless, hang, redirectLoop, reset, serve, status, trickle, type FeedHandler, type FeedServer } from '../helpers/feed-server.js';
import { createClock, rssFeed, startTestApp, tempDir, type RssItem, type TestApp, type TestClock } from '../helpers/test-app.js';

const TIMEOUT_MS = 1_000;
const MAX_BODY = 256 * 1024;
/** "Bounded in time": a generous multiple of the configured whole-request timeout. */
const CYCLE_BOUND_MS = 5 * TIMEOUT_MS;
/** "Bounded in memory": resident set growth allowed across a hostile fetch. */
const RSS_BOUND = 100 * 1024 * 1024;

const deal = (n: number, extra: Partial<RssItem> = {}): RssItem => ({
  guid: `deal-${n}`,
  title: `Acme Corp to acquire Widget${n} Inc for $${n} billion`,
  link: `https://news.example.com/deal-${n}`,
  description: `Acme Corp agreed to acquire Widget${n} Inc for $${n} billion in cash.`,
  pubDate: new Date(Date.UTC(2026, 0, 1, n)).toUTCString(),
  ...extra,
});

/** A gzip body that inflates to `bytes` zeros, built by streaming so the test never holds the inflated form. */
async function streamedGzipBomb(bytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    gzip.on('end', resolve);
    gzip.on('error', reject);
  });
  const chunk = Buffer.alloc(1024 * 1024);
  for (let written = 0; written < bytes; written += chunk.length) {
    if (!gzip.write(chunk)) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end();
  await done;
  return Buffer.concat(out);
}

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

describe('feed faults are bounded, recorded, and isolated', () => {
  let server: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  let bot: TestApp | null = null;
  let bomb: Buffer;

  beforeAll(async () => {
    // 256 MiB of zeros, about 1000 times the configured body cap; ~250 KiB on the wire.
    bomb = await streamedGzipBomb(256 * 1024 * 1024);
  });

  beforeEach(async () => {
    server = createFeedServer({ '/good': serve(rssFeed([deal(1), deal(2)])) });
    await server.start();
    dir = tempDir();
    clock = createClock();
  });
  afterEach(async () => {
    await bot?.close();
    bot = null;
    await server.close();
    dir.cleanup();
  });

  const start = async (paths: string[]) => {
    bot = await startTestApp({
      raw: {
        feeds: paths.map((path) => ({ url: server.url(path), name: path })),
        watchlist: [{ name: 'Acme Corp' }],
        fetch: { timeout_ms: TIMEOUT_MS, connect_timeout_ms: TIMEOUT_MS, max_body_bytes: MAX_BODY },
      },
      databasePath: join(dir.path, 'dealwatch.db'),
      clock,
    });
    return bot;
  };

  const feedsByName = async (): Promise<Record<string, FeedRecord>> => Object.fromEntries((await bot!.app.store.feeds.list()).map((f) => [f.name, f]));

  /** Runs one cycle over a faulty feed and the healthy one, timing it. */
  const cycleWith = async (path: string, handler: FeedHandler): Promise<{ summary: CycleSummary; elapsedMs: number; feeds: Record<string, FeedRecord> }> => {
    server.route(path, handler);
    await start(['/good', path]);
    const t0 = performance.now();
    const summary = await bot!.app.runCycle({ all: true });
    const elapsedMs = performance.now() - t0;
    const feeds = await feedsByName();
    // The healthy feed went on regardless.
    expect(feeds['/good']!.errorCount).toBe(0);
    expect(feeds['/good']!.lastSuccessAt).not.toBeNull();
    expect(summary.newItems).toBeGreaterThanOrEqual(2);
    expect(feeds[path]!.errorCount).toBe(1);
    return { summary, elapsedMs, feeds };
  };

  it('a server that accepts and never answers times out within the whole-request timeout', async () => {
    const { summary, elapsedMs, feeds } = await cycleWith('/hang', hang());
    expect(summary.failed).toBe(1);
    expect(feeds['/hang']!.lastErrorCode).toBe('timeout');
    expect(feeds['/hang']!.lastError).toMatch(/no complete response .* within 1 ?s/);
    expect(elapsedMs).toBeGreaterThanOrEqual(TIMEOUT_MS * 0.9);
    expect(elapsedMs).toBeLessThan(CYCLE_BOUND_MS);
    await server.waitUntilIdle();
    expect(server.requestsTo('/hang')[0]!.outcome).toBe('closed-early');
  });

  it('a server trickling one byte a second is cut off by the whole-request timeout, not kept alive by it', async () => {
    const { elapsedMs, feeds } = await cycleWith('/trickle', trickle(1_000, '<'));
    expect(feeds['/trickle']!.lastErrorCode).toBe('timeout');
    expect(elapsedMs).toBeLessThan(CYCLE_BOUND_MS);
    await server.waitUntilIdle();
    const [record] = server.requestsTo('/trickle');
    expect(record!.outcome).toBe('closed-early');
    expect(record!.bytesSent).toBeLessThanOrEqual(3);
  });

  it.each([
    ['chunked, no Content-Length', false],
    ['with a truthful Content-Length', true],
  ])('a 2 GB body (%s) is aborted at the cap: the socket closes early, a few MB at most are sent, memory stays flat', async (_name, contentLength) => {
    const before = process.memoryUsage().rss;
    const { elapsedMs, feeds } = await cycleWith('/huge', endless({ totalBytes: 2 * 1024 ** 3, contentLength }));
    const growth = process.memoryUsage().rss - before;
    expect(feeds['/huge']!.lastErrorCode).toBe('too-large');
    expect(feeds['/huge']!.lastError).toContain('exceeded 256 KB limit');
    expect(elapsedMs).toBeLessThan(CYCLE_BOUND_MS);
    await server.waitUntilIdle();
    const [record] = server.requestsTo('/huge');
    expect(record!.outcome).toBe('closed-early');
    // Socket buffers on both sides hold a little; 2 GB never crosses.
    expect(record!.bytesSent).toBeLessThan(8 * 1024 * 1024);
    expect(growth, `rss grew by ${mib(growth)}`).toBeLessThan(RSS_BOUND);
  });

  it('a gzip bomb is counted after decompression and aborted at the cap, with memory flat', async () => {
    const bombHandler: FeedHandler = (_req, res, ctx) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip', 'content-length': String(bomb.length) });
      ctx.record.bytesSent += bomb.length;
      res.end(bomb);
    };
    const before = process.memoryUsage().rss;
    const { elapsedMs, feeds } = await cycleWith('/bomb', bombHandler);
    const growth = process.memoryUsage().rss - before;
    expect(feeds['/bomb']!.lastErrorCode).toBe('too-large');
    expect(elapsedMs).toBeLessThan(CYCLE_BOUND_MS);
    expect(growth, `rss grew by ${mib(growth)}`).toBeLessThan(RSS_BOUND);
  });

  it('a redirect loop stops at max_redirects, quickly', async () => {
    const { elapsedMs, feeds } = await cycleWith('/loop', redirectLoop());
    expect(feeds['/loop']!.lastErrorCode).toBe('too-many-redirects');
    expect(feeds['/loop']!.lastError).toContain('more than 5 redirects');
    // The first request plus five followed hops.
    expect(server.requestsTo('/loop')).toHaveLength(6);
    expect(elapsedMs).toBeLessThan(CYCLE_BOUND_MS);
  });

  it('a connection reset is recorded as a network error', async () => {
    const { elapsedMs, feeds } = await cycleWith('/reset', reset());
    expect(feeds['/reset']!.lastErrorCode).toBe('network');
    expect(feeds['/reset']!.lastError).toContain('127.0.0.1');
    expect(elapsedMs).toBeLessThan(CYCLE_BOUND_MS);
  });

  it('429 with Retry-After in seconds: the feed is not polled again before it', async () => {
    const { feeds } = await cycleWith('/throttled', status(429, { 'retry-after': '7200' }));
    const feed = feeds['/throttled']!;
    expect(feed.lastErrorCode).toBe('rate-limited');
    expect(feed.lastError).toContain('429');
    // The default interval is 5 minutes; Retry-After (2 h) is the floor.
    expect(feed.nextPollAt.getTime()).toBeGreaterThanOrEqual(clock.now() + 7_200_000);
    // Not due a minute before, due at the time.
    clock.set(feed.nextPollAt.getTime() - 60_000);
    server.resetStats();
    await bot!.app.runCycle({ all: false });
    expect(server.requestsTo('/throttled')).toHaveLength(0);
    clock.set(feed.nextPollAt.getTime());
    await bot!.app.runCycle({ all: false });
    expect(server.requestsTo('/throttled')).toHaveLength(1);
  });

  it('503 with an HTTP-date Retry-After is honoured too', async () => {
    // The fetcher reads HTTP-dates against the real clock, so the date is relative to it.
    const retryAt = new Date(Date.now() + 3 * 3600_000).toUTCString();
    const { feeds } = await cycleWith('/busy', status(503, { 'retry-after': retryAt }));
    const feed = feeds['/busy']!;
    expect(feed.lastErrorCode).toBe('rate-limited');
    expect(feed.nextPollAt.getTime() - clock.now()).toBeGreaterThan(2.9 * 3600_000);
  });

  describe('wrong charset declarations are decoded by the documented rule', () => {
    const title = 'Acme Corp to acquire Café Müller for €2 billion';
    const body = (declaration: string) => rssFeed([deal(1, { title })]).replace('encoding="UTF-8"', `encoding="${declaration}"`);
    const titles = () => {
      const db = new BetterSqlite3(join(dir.path, 'dealwatch.db'), { readonly: true });
      try {
        return db.prepare('select title from items order by id').pluck().all() as string[];
      } finally {
        db.close();
      }
    };

    it('header says utf-8 but the bytes are windows-1252: decoded as windows-1252', async () => {
      server.route('/latin', serve(iconv.encode(body('UTF-8'), 'windows-1252'), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } }));
      await start(['/latin']);
      const summary = await bot!.app.runCycle({ all: true });
      expect(summary.failed).toBe(0);
      expect(titles()).toEqual([title]);
    });

    it('XML says iso-8859-1 but header says utf-8 and the bytes are UTF-8: UTF-8 wins', async () => {
      server.route('/mislabelled', serve(Buffer.from(body('ISO-8859-1'), 'utf8'), { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } }));
      await start(['/mislabelled']);
      await bot!.app.runCycle({ all: true });
      expect(titles()).toEqual([title]);
    });

    it('header says iso-8859-1, XML says utf-8, bytes are UTF-8: UTF-8 wins over the legacy header', async () => {
      server.route('/legacy-header', serve(Buffer.from(body('UTF-8'), 'utf8'), { headers: { 'content-type': 'application/rss+xml; charset=iso-8859-1' } }));
      await start(['/legacy-header']);
      await bot!.app.runCycle({ all: true });
      expect(titles()).toEqual([title]);
    });
  });

  it('all faults at once in one cycle: each recorded with its own reason, the healthy feed stored, the cycle bounded', async () => {
    const bombHandler: FeedHandler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
      res.end(bomb);
    };
    const faults: Record<string, FeedHandler> = {
      '/hang': hang(),
      '/trickle': trickle(1_000, '<'),
      '/huge': endless({ totalBytes: 2 * 1024 ** 3 }),
      '/bomb': bombHandler,
      '/loop': redirectLoop(),
      '/reset': reset(),
      '/throttled': status(429, { 'retry-after': '600' }),
    };
    for (const [path, handler] of Object.entries(faults)) server.route(path, handler);
    // Separate hosts would not share the per-host limit; here they all share 127.0.0.1, so
    // give the fetcher enough per-host slots to run them side by side as separate hosts would.
    bot = await startTestApp({
      raw: {
        feeds: ['/good', ...Object.keys(faults)].map((path) => ({ url: server.url(path), name: path })),
        watchlist: [{ name: 'Acme Corp' }],
        fetch: { timeout_ms: TIMEOUT_MS, connect_timeout_ms: TIMEOUT_MS, max_body_bytes: MAX_BODY, per_host_concurrency: 16 },
      },
      databasePath: join(dir.path, 'dealwatch.db'),
      clock,
    });
    const before = process.memoryUsage().rss;
    const t0 = performance.now();
    const summary = await bot.app.runCycle({ all: true });
    const elapsedMs = performance.now() - t0;
    const growth = process.memoryUsage().rss - before;
    expect(summary.failed).toBe(7);
    expect(summary.newItems).toBe(2);
    expect(elapsedMs).toBeLessThan(CYCLE_BOUND_MS);
    expect(growth, `rss grew by ${mib(growth)}`).toBeLessThan(RSS_BOUND);
    const feeds = await feedsByName();
    expect(Object.fromEntries(Object.entries(feeds).map(([name, f]) => [name, f.lastErrorCode]))).toEqual({
      '/good': null,
      '/hang': 'timeout',
      '/trickle': 'timeout',
      '/huge': 'too-large',
      '/bomb': 'too-large',
      '/loop': 'too-many-redirects',
      '/reset': 'network',
      '/throttled': 'rate-limited',
    });
    await server.waitUntilIdle();
    expect(server.requestsTo('/huge')[0]!.bytesSent).toBeLessThan(8 * 1024 * 1024);
  });
});

// The ingestion pipeline end to end: a real local feed server, a real SQLite file, the
// real fetcher, parser, analyzer and outbox, with alerts captured from the console destination.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conditional, createFeedServer, endless, hang, redirectLoop, serve, status, type FeedServer } from '../../helpers/feed-server.js';
import { createClock, rssFeed, startTestApp, tempDir, type RssItem, type TestApp, type TestClock } from '../../helpers/test-app.js';

const deal = (n: number, extra: Partial<RssItem> = {}): RssItem => ({
  guid: `deal-${n}`,
  title: `Acme Corp to acquire Widget${n} Inc for $${n} billion`,
  link: `https://news.example.com/deal-${n}?utm_source=rss&utm_medium=feed&id=${n}`,
  description: `Acme Corp agreed to acquire Widget${n} Inc for $${n} billion in cash, the companies said on Monday.`,
  pubDate: new Date(Date.UTC(2026, 0, 1, n)).toUTCString(),
  ...extra,
});

describe('ingestion pipeline', () => {
  let server: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  let bot: TestApp | null = null;

  const start = async (feeds: { path: string; backfill?: number }[], extra: Record<string, unknown> = {}) => {
    bot = await startTestApp({
      raw: {
        feeds: feeds.map((f) => ({ url: server.url(f.path), name: f.path, ...(f.backfill !== undefined ? { backfill: f.backfill } : {}) })),
        watchlist: [{ name: 'Acme Corp' }],
        fetch: { timeout_ms: 1_000, connect_timeout_ms: 1_000, max_body_bytes: 256 * 1024 },
        ...extra,
      },
      databasePath: join(dir.path, 'dealwatch.db'),
      clock,
    });
    return bot;
  };
  const restart = async (feeds: { path: string }[]) => {
    await bot?.close();
    return start(feeds);
  };
  const pollAndDeliver = async (all = true) => {
    const summary = await bot!.app.runCycle({ all });
    await bot!.app.dispatcher.dispatch();
    return summary;
  };

  beforeEach(async () => {
    server = createFeedServer();
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

  it('stores everything on the first poll and alerts nothing, then alerts exactly once per new item', async () => {
    server.route('/feed', serve(rssFeed([deal(1), deal(2)])));
    const { app, alerts } = await start([{ path: '/feed' }]);

    const first = await pollAndDeliver();
    expect(first.newItems).toBe(2);
    expect(first.alerts).toBe(0);
    expect(alerts).toHaveLength(0);

    server.route('/feed', serve(rssFeed([deal(3), deal(1), deal(2)])));
    const second = await pollAndDeliver();
    expect(second.newItems).toBe(1);
    expect(second.alerts).toBe(1);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('Widget3');
    // The canonical link has lost its tracking parameters but kept the real one.
    expect(alerts[0]).toContain('https://news.example.com/deal-3?id=3');
    expect(alerts[0]).not.toContain('utm_');

    const third = await pollAndDeliver();
    expect(third.newItems).toBe(0);
    expect(alerts).toHaveLength(1);
    expect(await app.store.outbox.pendingCounts()).toEqual({});
  });

  it('backfill: N alerts the newest N items of the first poll', async () => {
    server.route('/feed', serve(rssFeed([deal(1), deal(2), deal(3)])));
    const { alerts } = await start([{ path: '/feed', backfill: 2 }]);
    await pollAndDeliver();
    expect(alerts).toHaveLength(2);
    // Oldest first.
    expect(alerts[0]).toContain('Widget2');
    expect(alerts[1]).toContain('Widget3');
  });

  it('sends a conditional request to an unchanged feed and skips parsing on 304', async () => {
    server.route('/feed', conditional(rssFeed([deal(1)]), { etag: '"v1"', lastModified: 'Thu, 01 Jan 2026 10:00:00 GMT' }));
    const { app } = await start([{ path: '/feed' }]);
    await pollAndDeliver();
    const second = await pollAndDeliver();
    expect(second.notModified).toBe(1);
    expect(second.newItems).toBe(0);
    const requests = server.requestsTo('/feed');
    expect(requests).toHaveLength(2);
    expect(requests[1]!.headers['if-none-match']).toBe('"v1"');
    expect(requests[1]!.headers['if-modified-since']).toBe('Thu, 01 Jan 2026 10:00:00 GMT');
    expect(requests[0]!.headers['user-agent']).toMatch(/^dealwatch\/\d+\.\d+\.\d+ /);
    expect(requests[0]!.headers['accept-encoding']).toMatch(/gzip.*deflate.*br|br.*gzip/);
    const [feed] = await app.store.feeds.list();
    expect(feed!.etag).toBe('"v1"');
    expect(feed!.errorCount).toBe(0);
  });

  it('does not repeat an alert when an item is retitled, the feed reordered, its date changed, or the process restarted', async () => {
    server.route('/feed', serve(rssFeed([deal(1)])));
    const { alerts } = await start([{ path: '/feed' }]);
    await pollAndDeliver();
    server.route('/feed', serve(rssFeed([deal(1), deal(2)])));
    await pollAndDeliver();
    expect(alerts).toHaveLength(1);

    server.route('/feed', serve(rssFeed([deal(2, { title: 'UPDATED: Acme Corp to acquire Widget2 Inc', pubDate: 'Fri, 02 Jan 2026 09:00:00 GMT' }), deal(1)])));
    await pollAndDeliver();
    expect(alerts).toHaveLength(1);

    const restarted = await restart([{ path: '/feed' }]);
    server.route('/feed', serve(rssFeed([deal(1), deal(2)].reverse())));
    await pollAndDeliver();
    expect(restarted.alerts).toHaveLength(0);
  });

  it('treats the same canonical URL from two feeds as one story', async () => {
    server.route('/a', serve(rssFeed([deal(1)])));
    server.route('/b', serve(rssFeed([deal(9)])));
    const { alerts } = await start([{ path: '/a' }, { path: '/b' }]);
    await pollAndDeliver();
    // Both feeds now carry deal 5, under different guids and tracking tags.
    server.route('/a', serve(rssFeed([deal(5), deal(1)])));
    server.route('/b', serve(rssFeed([deal(5, { guid: 'other-guid-5', link: 'https://news.example.com/deal-5?id=5&utm_campaign=x' }), deal(9)])));
    await pollAndDeliver();
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toContain('Widget5');
  });

  it('records each failing feed with its reason while the other feeds go on', async () => {
    server.route('/good', serve(rssFeed([deal(1)])));
    server.route('/error', status(500));
    server.route('/slow', hang());
    server.route('/huge', endless());
    server.route(
      '/html',
      serve('<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/real.xml"></head><body>hi</body></html>', {
        headers: { 'content-type': 'text/html' },
      }),
    );
    server.route('/loop', redirectLoop());
    const paths = ['/good', '/error', '/slow', '/huge', '/html', '/loop'];
    const { app } = await start(paths.map((path) => ({ path })));

    const summary = await pollAndDeliver();
    expect(summary.failed).toBe(5);
    expect(summary.newItems).toBe(1);
    const feeds = Object.fromEntries((await app.store.feeds.list()).map((f) => [f.name, f]));
    expect(feeds['/good']!.errorCount).toBe(0);
    expect(feeds['/error']!.lastErrorCode).toBe('http-status');
    expect(feeds['/error']!.lastError).toContain('500');
    expect(feeds['/slow']!.lastErrorCode).toBe('timeout');
    expect(feeds['/huge']!.lastErrorCode).toBe('too-large');
    expect(feeds['/html']!.lastErrorCode).toBe('not-a-feed');
    expect(feeds['/html']!.lastError).toContain('not a feed (looks like an HTML page');
    expect(feeds['/html']!.lastError).toContain('/real.xml');
    expect(feeds['/loop']!.lastErrorCode).toBe('too-many-redirects');
    for (const name of ['/error', '/slow', '/huge', '/html', '/loop']) expect(feeds[name]!.errorCount).toBe(1);
    // The counters survive in the database.
    const counters = await app.store.stats.counters('fetch_errors');
    expect(counters.map((c) => c.label).sort()).toEqual(['http-status', 'not-a-feed', 'timeout', 'too-large', 'too-many-redirects']);
  });

  it('backs off exponentially after each failure and resets after a success', async () => {
    server.route('/flaky', status(503));
    const { app } = await start([{ path: '/flaky' }]);
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      await pollAndDeliver(false);
      const [feed] = await app.store.feeds.list();
      delays.push(feed!.nextPollAt.getTime() - clock.now());
      clock.set(feed!.nextPollAt.getTime());
    }
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(delays[3]).toBeGreaterThan(delays[2]!);
    const [failing] = await app.store.feeds.list();
    expect(failing!.errorCount).toBe(4);

    server.route('/flaky', serve(rssFeed([deal(1)])));
    await pollAndDeliver(false);
    const [healed] = await app.store.feeds.list();
    expect(healed!.errorCount).toBe(0);
    expect(healed!.lastError).toBeNull();
    expect(healed!.nextPollAt.getTime() - clock.now()).toBeLessThanOrEqual(5 * 60_000);
  });

  it('disables a feed that answers 410 Gone, with the reason stored', async () => {
    server.route('/gone', status(410));
    const { app } = await start([{ path: '/gone' }]);
    await pollAndDeliver();
    const [feed] = await app.store.feeds.list();
    expect(feed!.disabledReason).toContain('410');
    const again = await pollAndDeliver();
    expect(again.feedsPolled).toBe(0);
  });

  it('follows a permanent redirect and stores the new URL', async () => {
    server.route('/old', (_req, res) => {
      res.writeHead(301, { location: server.url('/new') }).end();
    });
    server.route('/new', serve(rssFeed([deal(1)])));
    const { app } = await start([{ path: '/old' }]);
    await pollAndDeliver();
    const [feed] = await app.store.feeds.list();
    expect(feed!.url).toBe(server.url('/new'));
  });

  it('uses the feed <ttl> as a lower bound on its poll interval', async () => {
    server.route('/ttl', serve(rssFeed([deal(1)], { ttl: 60 })));
    const { app } = await start([{ path: '/ttl' }]);
    await pollAndDeliver(false);
    const [feed] = await app.store.feeds.list();
    expect(feed!.minIntervalSeconds).toBe(3600);
    expect(feed!.nextPollAt.getTime() - clock.now()).toBeGreaterThan(55 * 60_000);
  });
});

// SQLite kept busy by another connection (issue 6, point 5). Another process holds a
// write lock (BEGIN IMMEDIATE) on the same database file for 1.5 s; the bot's writes wait
// for it (busy_timeout) and succeed instead of failing the cycle, the delivery or the command.
//
// The lock holder must be another process: better-sqlite3 waits synchronously, so a holder
// on this event loop could never release its lock on a timer while we wait.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedServer, serve, type FeedServer } from '../../helpers/feed-server.js';
import { createClock, rssFeed, startTestApp, tempDir, type RssItem, type TestApp } from '../../helpers/test-app.js';
import { holdWriteLock, type Locker } from '../../helpers/write-lock.js';

const HOLD_MS = 1_500;

const deal = (n: number): RssItem => ({
  guid: `deal-${n}`,
  title: `Acme Corp to acquire Widget${n} Inc for $${n} billion`,
  link: `https://news.example.com/deal-${n}`,
  description: `Acme Corp agreed to acquire Widget${n} Inc for $${n} billion in cash.`,
  pubDate: new Date(Date.UTC(2026, 0, 1, n)).toUTCString(),
});

describe('a database kept busy by another connection', () => {
  let server: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let bot: TestApp | null = null;
  let locker: Locker | null = null;
  const dbPath = () => join(dir.path, 'dealwatch.db');

  beforeEach(async () => {
    server = createFeedServer({ '/feed': serve(rssFeed([deal(1), deal(2)])) });
    await server.start();
    dir = tempDir();
    bot = await startTestApp({
      raw: { feeds: [{ url: server.url('/feed'), name: 'News', backfill: 2 }], watchlist: [{ name: 'Acme Corp' }], admins: { slack: ['UADMIN0001'] } },
      databasePath: dbPath(),
      clock: createClock(),
    });
  });
  afterEach(async () => {
    if (locker && locker.child.exitCode === null) locker.child.kill();
    await locker?.released.catch(() => undefined);
    locker = null;
    await bot?.close();
    bot = null;
    await server.close();
    dir.cleanup();
  });

  it('a poll cycle that must write waits for the lock and succeeds', async () => {
    const { app } = bot!;
    locker = await holdWriteLock(dbPath(), HOLD_MS);
    const t0 = performance.now();
    const summary = await app.runCycle({ all: true });
    const elapsed = performance.now() - t0;
    expect(summary).toMatchObject({ feedsPolled: 1, failed: 0, newItems: 2, alerts: 2 });
    // It really waited on the other connection (the lock was taken before the cycle began).
    expect(elapsed).toBeGreaterThan(HOLD_MS * 0.6);
    await locker.released;
    const [feed] = await app.store.feeds.list();
    expect(feed!.errorCount).toBe(0);
    expect(feed!.lastSuccessAt).not.toBeNull();
    expect(await app.store.outbox.pendingCounts()).toEqual({ console: 2 });
    expect((await app.store.stats.lastFinishedCycle())?.newItems ?? null).toBe(2);
  });

  it('delivery marks alerts delivered once the lock is released, and nothing is sent twice', async () => {
    const { app, alerts } = bot!;
    await app.runCycle({ all: true });
    locker = await holdWriteLock(dbPath(), HOLD_MS);
    const summary = await app.dispatcher.dispatch();
    expect(summary).toEqual({ delivered: 2, waiting: 0, deadLettered: 0 });
    expect(alerts).toHaveLength(2);
    expect(await app.store.outbox.pendingCounts()).toEqual({});
    await app.dispatcher.dispatch();
    expect(alerts).toHaveLength(2);
  });

  it('an admin command that writes waits and succeeds', async () => {
    const { app } = bot!;
    locker = await holdWriteLock(dbPath(), HOLD_MS);
    const reply = await app.runCommand(
      { command: 'watchlist', action: 'add', args: { name: 'Nvidia', aliases: [], tickers: [] }, public: false },
      { platform: 'slack', userId: 'UADMIN0001', platformAdmin: false },
    );
    expect(JSON.stringify(reply)).toContain('Now watching Nvidia');
    expect((await app.store.watchlist.list()).map((w) => w.name)).toContain('Nvidia');
  });
});

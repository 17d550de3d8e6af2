// processFeed against in-memory ports: the whole story of one feed, with no SQLite and no HTTP.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { FetchError } from '../../../src/fetch/index.js';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { FeedRecord } from '../../../src/model/records.js';
import { processFeed, type ProcessFeedDeps } from '../../../src/pipeline/process-feed.js';
import { rssFeed } from '../../helpers/test-app.js';
import { feedRecord, memoryPipelineStore, ok, scriptedFetcher } from '../../helpers/memory-ports.js';

const NOW = Date.UTC(2026, 0, 10);
const deal = (i: number) => ({
  guid: `g${i}`,
  title: `Acme Corp agrees to acquire Widget ${i} Inc for $${i + 1} billion`,
  link: `https://news.example.com/${i}?utm_source=rss`,
  pubDate: new Date(NOW - (10 - i) * 3_600_000).toUTCString(),
});

function deps(store: ReturnType<typeof memoryPipelineStore>, fetcher: ProcessFeedDeps['fetcher'], extra: Partial<ProcessFeedDeps> = {}): ProcessFeedDeps {
  return {
    store,
    fetcher,
    analyzer: createDealAnalyzer({ watchlist: [{ name: 'Acme', aliases: [], tickers: [], match: 'auto' }] }),
    policy: { minScore: 0.5, alertOnMention: false },
    destinations: [{ name: 'console', companies: null, types: null, minScore: null, followUps: 'thread', rumored: true }],
    now: () => NOW,
    log: pino({ level: 'silent' }),
    cycleStartedAt: NOW,
    cycleIntervalMs: 300_000,
    maxIntervalMs: 86_400_000,
    maxBackoffMs: 86_400_000,
    allowPrivateFeedUrls: false,
    limits: { maxBytes: 5 * 1024 * 1024, maxItems: 500 },
    ...extra,
  };
}

describe('processFeed', () => {
  it.each<{ name: string; feed: Partial<FeedRecord>; items: number; alerting: number }>([
    { name: 'a first poll stores everything and alerts nothing', feed: { firstPolledAt: null }, items: 3, alerting: 0 },
    { name: 'backfill 1 alerts the newest item at the first poll', feed: { firstPolledAt: null, backfill: 1 }, items: 3, alerting: 1 },
    { name: 'a later poll alerts every new item', feed: {}, items: 3, alerting: 3 },
  ])('$name', async ({ feed, items, alerting }) => {
    const store = memoryPipelineStore();
    const fetcher = scriptedFetcher(() => ok(rssFeed([deal(1), deal(2), deal(3)])));
    const outcome = await processFeed(feedRecord(feed), deps(store, fetcher));
    expect(outcome).toMatchObject({ kind: 'updated', newItems: items, deals: items });
    const [commit] = store.commits;
    expect(commit!.items.filter((i) => i.deliveries.length > 0)).toHaveLength(alerting);
    // Oldest first, so the outbox follows publication order.
    expect(commit!.items.map((i) => i.item.guid)).toEqual(['g1', 'g2', 'g3']);
    if (alerting === 1) expect(commit!.items[2]!.deliveries).toEqual([{ destination: 'console', kind: 'alert' }]);
    expect(commit!.items[0]!.item.canonicalUrl).toBe('https://news.example.com/1');
  });

  it('stores only what it has not seen, and each identity once', async () => {
    const store = memoryPipelineStore();
    const fetcher = scriptedFetcher(() => ok(rssFeed([deal(1), deal(2), deal(2)])));
    await processFeed(feedRecord(), deps(store, fetcher));
    expect(store.commits[0]!.items).toHaveLength(2);
    const again = await processFeed(feedRecord(), deps(store, fetcher));
    expect(again).toMatchObject({ kind: 'updated', newItems: 0 });
    expect(store.commits[1]!.items).toEqual([]);
  });

  it('a 304 commits the state with no items, keeping the etag and the learnt interval floor', async () => {
    const store = memoryPipelineStore();
    const fetcher = scriptedFetcher(() => ({ kind: 'not-modified', etag: null, lastModified: null, permanentUrl: null, maxAgeSeconds: null }));
    const outcome = await processFeed(feedRecord({ etag: '"v1"', minIntervalSeconds: 3600 }), deps(store, fetcher));
    expect(outcome).toEqual({ kind: 'not-modified' });
    expect(fetcher.requests[0]).toMatchObject({ etag: '"v1"' });
    expect(store.commits[0]).toMatchObject({ items: [], state: { etag: '"v1"', minIntervalSeconds: 3600, nextPollAt: NOW + 3_600_000 - 5_000 } });
  });

  it('a 410 disables the feed with the reason', async () => {
    const store = memoryPipelineStore();
    const outcome = await processFeed(
      feedRecord(),
      deps(
        store,
        scriptedFetcher(() => ({ kind: 'gone', status: 410 })),
      ),
    );
    expect(outcome.kind).toBe('disabled');
    expect(store.disabled[0]).toContain('HTTP 410 Gone');
    expect(store.counters.get('fetch_errors:gone')).toBe(1);
  });

  it('a failure is recorded with its code and a backoff that honours Retry-After', async () => {
    const store = memoryPipelineStore();
    const error = new FetchError('rate-limited', 'HTTP 429 from feeds.example.com', { status: 429, retryAfterMs: 3_600_000 });
    const outcome = await processFeed(
      feedRecord(),
      deps(
        store,
        scriptedFetcher(() => error),
      ),
    );
    expect(outcome).toMatchObject({ kind: 'failed', code: 'rate-limited' });
    expect(store.failures[0]).toMatchObject({ code: 'rate-limited', nextPollAt: NOW + 3_600_000 });
    expect(store.counters.get('fetch_errors:rate-limited')).toBe(1);
  });

  it('a feed over the item cap keeps the newest items and records a warning', async () => {
    const store = memoryPipelineStore();
    const fetcher = scriptedFetcher(() => ok(rssFeed([deal(1), deal(2), deal(3), deal(4)])));
    await processFeed(feedRecord(), deps(store, fetcher, { limits: { maxBytes: 5 * 1024 * 1024, maxItems: 2 } }));
    expect(store.commits[0]!.items.map((i) => i.item.guid)).toEqual(['g3', 'g4']);
    expect(store.commits[0]!.state.warning).toBe('the feed lists 4 items; only the newest 2 were read (fetch.max_items_per_poll)');
  });

  it('guards chat-added feeds against private addresses, and trusts config feeds', async () => {
    const fetcher = scriptedFetcher(() => ok(rssFeed([])));
    await processFeed(feedRecord({ trusted: false }), deps(memoryPipelineStore(), fetcher));
    await processFeed(feedRecord({ trusted: true }), deps(memoryPipelineStore(), fetcher));
    expect(fetcher.requests.map((r) => r.restrictToPublic)).toEqual([true, false]);
  });

  it('the same body again (a server that ignores conditional GET) is not parsed again', async () => {
    const store = memoryPipelineStore();
    const body = rssFeed([deal(1)]);
    const fetcher = scriptedFetcher(() => ok(body));
    await processFeed(feedRecord(), deps(store, fetcher));
    const hash = store.commits[0]!.state.bodyHash;
    expect(hash).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    const again = await processFeed(feedRecord({ bodyHash: hash }), deps(store, fetcher));
    expect(again).toEqual({ kind: 'not-modified' });
    expect(store.commits[1]).toMatchObject({ items: [], state: { bodyHash: null } });
    // A changed body is parsed as usual.
    const changed = await processFeed(
      feedRecord({ bodyHash: hash }),
      deps(
        store,
        scriptedFetcher(() => ok(rssFeed([deal(1), deal(2)]))),
      ),
    );
    expect(changed).toMatchObject({ kind: 'updated', newItems: 1 });
  });
});

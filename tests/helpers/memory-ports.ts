// In-memory implementations of the ports the pipeline and the command core declare, so
// processFeed and executeCommand can be tested without SQLite or HTTP.
import type { CommandStore, NewFeed, NewWatch, PendingSummary } from '../../src/commands/index.js';
import type { FeedFetcher, FetchRequest, FetchResult } from '../../src/fetch/index.js';
import type { DealQuery, DealRecord, FeedRecord, WatchEntry } from '../../src/model/records.js';
import type { FeedFailure, PipelineStore, PollCommit } from '../../src/pipeline/ports.js';

export function feedRecord(overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    id: 1,
    url: 'https://feeds.example.com/a.xml',
    name: null,
    title: null,
    source: 'config',
    trusted: true,
    backfill: 0,
    etag: null,
    lastModified: null,
    firstPolledAt: new Date(0),
    lastAttemptAt: null,
    lastSuccessAt: null,
    errorCount: 0,
    lastError: null,
    lastErrorCode: null,
    nextPollAt: new Date(0),
    minIntervalSeconds: null,
    disabledReason: null,
    lastWarning: null,
    bodyHash: null,
    ...overrides,
  };
}

export interface MemoryPipelineStore extends PipelineStore {
  readonly commits: PollCommit[];
  readonly failures: FeedFailure[];
  readonly disabled: string[];
  readonly counters: Map<string, number>;
  readonly seen: Set<string>;
}

export function memoryPipelineStore(feeds: FeedRecord[] = []): MemoryPipelineStore {
  const commits: PollCommit[] = [];
  const failures: FeedFailure[] = [];
  const disabled: string[] = [];
  const counters = new Map<string, number>();
  const seen = new Set<string>();
  return {
    commits,
    failures,
    disabled,
    counters,
    seen,
    feeds: {
      due: async () => feeds,
      recordFailure: async (_id, failure) => void failures.push(failure),
      disable: async (_id, reason) => void disabled.push(reason),
      urlTaken: async (url) => feeds.some((f) => f.url === url),
    },
    items: {
      seenHashes: (_feedId, hashes) => new Set(hashes.filter((h) => seen.has(h))),
      async commit(batch) {
        commits.push(batch);
        const fresh = batch.items.filter((i) => !seen.has(i.identityHash));
        for (const item of fresh) seen.add(item.identityHash);
        const deals = fresh.filter((i) => i.analysis.deal);
        const count = (alert: boolean) => deals.reduce((n, i) => n + i.deliveries.filter((d) => (d.kind === 'alert') === alert).length, 0);
        return {
          newItems: fresh.length,
          deals: deals.length,
          newDeals: deals.filter((i) => i.event?.kind === 'new').length,
          alerts: count(true),
          replies: count(false),
        };
      },
    },
    events: {
      // No stored deals: every deal story starts a deal (grouping within a batch still applies).
      candidates: async () => [],
      alertDestinations: async () => new Map(),
    },
    stats: {
      increment: async (name, label, by = 1) => void counters.set(`${name}:${label}`, (counters.get(`${name}:${label}`) ?? 0) + by),
      startCycle: async () => 1,
      finishCycle: async () => undefined,
    },
  };
}

/** A fetcher that answers from a script, recording each request. */
export function scriptedFetcher(answer: (request: FetchRequest) => FetchResult | Error): FeedFetcher & { requests: FetchRequest[] } {
  const requests: FetchRequest[] = [];
  return {
    requests,
    async fetchFeed(request) {
      requests.push(request);
      const result = answer(request);
      if (result instanceof Error) throw result;
      return result;
    },
    close: async () => undefined,
  };
}

export function ok(body: string, extra: Partial<Extract<FetchResult, { kind: 'ok' }>> = {}): FetchResult {
  return {
    kind: 'ok',
    status: 200,
    body: Buffer.from(body),
    contentType: 'application/rss+xml',
    etag: null,
    lastModified: null,
    finalUrl: 'https://feeds.example.com/a.xml',
    permanentUrl: null,
    maxAgeSeconds: null,
    ...extra,
  };
}

export interface MemoryCommandStore extends CommandStore {
  readonly watched: WatchEntry[];
  readonly feedList: FeedRecord[];
  readonly dealList: DealRecord[];
  readonly queries: DealQuery[];
  pending: PendingSummary[];
}

export function memoryCommandStore(): MemoryCommandStore {
  const watched: WatchEntry[] = [];
  const feedList: FeedRecord[] = [];
  const dealList: DealRecord[] = [];
  const queries: DealQuery[] = [];
  const store: MemoryCommandStore = {
    watched,
    feedList,
    dealList,
    queries,
    pending: [],
    deals: {
      async search(query) {
        queries.push(query);
        const names = (query.companies ?? []).map((c) => c.toLowerCase());
        const matching = dealList.filter((d) => names.length === 0 || d.companies.some((c) => names.includes(c.name.toLowerCase())));
        return { deals: matching.slice(0, query.limit), more: matching.length > query.limit };
      },
      async timeline(id) {
        const deal = dealList.find((d) => d.id === id);
        return deal
          ? {
              deal,
              why: null,
              entries: [
                {
                  kind: 'report',
                  at: deal.publishedAt,
                  report: {
                    storyId: deal.id,
                    title: deal.title,
                    url: deal.url,
                    source: deal.source,
                    publishedAt: deal.publishedAt,
                    firstSeenAt: deal.firstSeenAt,
                  },
                },
              ],
            }
          : null;
      },
    },
    watchlist: {
      list: async () => [...watched],
      async add(entry: NewWatch, source: string) {
        const existing = watched.find((w) => w.name.toLowerCase() === entry.name.toLowerCase());
        if (existing) return { kind: 'updated' };
        watched.push({ ...entry, source });
        return { kind: 'added' };
      },
      async remove(name: string) {
        const i = watched.findIndex((w) => w.name.toLowerCase() === name.toLowerCase());
        if (i < 0) return { kind: 'not-found' };
        const [removed] = watched.splice(i, 1);
        return { kind: 'removed', name: removed!.name };
      },
    },
    feeds: {
      list: async () => [...feedList],
      find: async (idOrUrl) => feedList.find((f) => String(f.id) === idOrUrl || f.url === idOrUrl) ?? null,
      async add(feed: NewFeed) {
        const existing = feedList.find((f) => f.url === feed.url);
        if (existing) return { kind: 'exists', feed: existing };
        const record = feedRecord({
          id: feedList.length + 1,
          url: feed.url,
          name: feed.name,
          source: feed.source,
          trusted: feed.trusted,
          backfill: feed.backfill,
          firstPolledAt: null,
        });
        feedList.push(record);
        return { kind: 'added', feed: record };
      },
      remove: async (id) =>
        void feedList.splice(
          feedList.findIndex((f) => f.id === id),
          1,
        ),
    },
    outbox: {
      pendingSummary: async () => store.pending,
      deadLetters: async () => [],
      resolveDead: async () => ({ kind: 'not-found' }),
    },
    stats: { lastFinishedCycle: async () => null },
  };
  return store;
}

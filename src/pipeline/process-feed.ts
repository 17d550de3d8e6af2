// One feed, start to finish: fetch → parse → normalize → dedupe → classify and match →
// store. Every outcome, good or bad, is recorded on the feed; nothing here throws for
// a feed-level problem, so one feed can never break the others.
import type { Logger } from 'pino';
import { identityHashes } from '../dedupe/index.js';
import { FetchError, type FeedFetcher } from '../fetch/index.js';
import type { DealAnalyzer } from '../intel/index.js';
import type { NormalizedItem } from '../model/feed.js';
import type { FeedRecord } from '../model/records.js';
import { itemKeys, normalizeItem } from '../normalize/index.js';
import { ParseError, parseFeed } from '../parse/index.js';
import { feedMinIntervalSeconds, nextPollAfterFailure, nextPollAfterSuccess } from '../schedule/index.js';
import type { CommitItem, Store } from '../storage/store.js';
import { routeAlert, type AlertPolicy, type RouteFilter } from './routing.js';

export type FeedOutcome =
  | {
      readonly kind: 'updated';
      readonly newItems: number;
      readonly alerts: number;
      readonly deals: number;
      /** The feed's first successful poll, without backfill: its items were stored and alert nothing. */
      readonly silentFirstPoll: boolean;
    }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string }
  | { readonly kind: 'disabled'; readonly reason: string };

export interface ProcessFeedDeps {
  readonly store: Store;
  readonly fetcher: FeedFetcher;
  readonly analyzer: DealAnalyzer;
  readonly policy: AlertPolicy;
  readonly destinations: readonly RouteFilter[];
  readonly now: () => number;
  readonly log: Logger;
  readonly cycleStartedAt: number;
  readonly cycleIntervalMs: number;
  readonly maxIntervalMs: number;
  readonly maxBackoffMs: number;
  /** Chat-added feeds may not reach private addresses unless the operator allows it. */
  readonly allowPrivateFeedUrls: boolean;
}

export async function processFeed(feed: FeedRecord, deps: ProcessFeedDeps): Promise<FeedOutcome> {
  const log = deps.log.child({ feedId: feed.id, feedUrl: feed.url });
  try {
    return await fetchAndStore(feed, deps, log);
  } catch (error) {
    const { code, message, retryAfterMs } = describeFailure(error);
    const now = deps.now();
    const errorCount = feed.errorCount + 1;
    const nextPollAt = nextPollAfterFailure({
      now,
      errorCount,
      cycleIntervalMs: deps.cycleIntervalMs,
      maxBackoffMs: deps.maxBackoffMs,
      retryAfterMs,
    });
    await deps.store.feeds.recordFailure(feed.id, { now, code, message, nextPollAt });
    await deps.store.stats.increment('fetch_errors', code);
    log.warn({ code, errorCount, nextPollAt: new Date(nextPollAt).toISOString() }, `feed failed: ${message}`);
    return { kind: 'failed', code, message };
  }
}

function describeFailure(error: unknown): { code: string; message: string; retryAfterMs: number | null } {
  if (error instanceof FetchError) return { code: error.code, message: error.message, retryAfterMs: error.retryAfterMs };
  if (error instanceof ParseError) return { code: error.code, message: error.message, retryAfterMs: null };
  const code = (error as { code?: unknown })?.code;
  return {
    code: typeof code === 'string' ? code : 'internal',
    message: error instanceof Error ? error.message : String(error),
    retryAfterMs: null,
  };
}

async function fetchAndStore(feed: FeedRecord, deps: ProcessFeedDeps, log: Logger): Promise<FeedOutcome> {
  const { store } = deps;
  const result = await deps.fetcher.fetchFeed({
    url: feed.url,
    etag: feed.etag,
    lastModified: feed.lastModified,
    restrictToPublic: !feed.trusted && !deps.allowPrivateFeedUrls,
  });

  if (result.kind === 'gone') {
    const reason = 'HTTP 410 Gone: the publisher removed this feed; re-add it with a new URL if it moved';
    await store.feeds.disable(feed.id, reason, deps.now());
    await store.stats.increment('fetch_errors', 'gone');
    log.warn({ code: 'gone' }, `feed disabled: ${reason}`);
    return { kind: 'disabled', reason };
  }

  const newUrl = result.permanentUrl && result.permanentUrl !== feed.url ? await movableUrl(result.permanentUrl, deps) : null;
  if (newUrl) log.info({ newUrl }, 'feed moved permanently; stored URL updated');

  if (result.kind === 'not-modified') {
    await deps.store.items.commit({
      feedId: feed.id,
      feedName: feed.name,
      now: deps.now(),
      state: successState(feed, deps, { ttlMinutes: null, maxAgeSeconds: result.maxAgeSeconds, bodyRead: false }, result.etag ?? feed.etag, result.lastModified ?? feed.lastModified, newUrl),
      items: [],
    });
    return { kind: 'not-modified' };
  }

  const parsed = await parseFeed(result.body, { contentType: result.contentType, url: result.finalUrl });
  const ctx = { baseUrl: parsed.link ?? result.finalUrl };
  // Dedupe on the cheap keys first, so only new items pay for HTML-to-text. An item with
  // no link is normalized up front: its title and text may be part of its identity.
  const prepared = parsed.items.map((raw) => {
    const keys = itemKeys(raw, ctx);
    const full = keys.canonicalUrl === null ? normalizeItem(raw, ctx, keys) : null;
    return { raw, keys, full, fields: full ?? { guid: keys.guid, canonicalUrl: keys.canonicalUrl, title: '', text: '' } };
  });
  const hashes = identityHashes(prepared.map((p) => p.fields));
  const seen = store.items.seenHashes(feed.id, hashes);
  const firstIndex = new Map<string, number>();
  hashes.forEach((hash, i) => {
    if (!firstIndex.has(hash)) firstIndex.set(hash, i);
  });
  const fresh = prepared
    .map((p, i) => ({ p, identityHash: hashes[i]!, i }))
    .filter(({ identityHash, i }) => !seen.has(identityHash) && firstIndex.get(identityHash) === i)
    .map(({ p, identityHash }) => ({ item: p.full ?? normalizeItem(p.raw, ctx, p.keys), identityHash }));

  const now = deps.now();
  // Oldest first, so outbox order follows publication order.
  fresh.sort((a, b) => publishedOr(a.item, now) - publishedOr(b.item, now));
  const alertable = alertableSet(feed, fresh.map((f) => f.identityHash));

  const commitItems: CommitItem[] = fresh.map(({ item, identityHash }) => {
    const analysis = deps.analyzer.analyze({ title: item.title, body: item.text });
    const destinations = alertable.has(identityHash) ? routeAlert(analysis, deps.policy, deps.destinations) : [];
    return { item, identityHash, analysis, destinations };
  });

  const committed = await store.items.commit({
    feedId: feed.id,
    feedName: feed.name ?? parsed.title,
    now,
    state: successState(feed, deps, { ttlMinutes: parsed.ttlMinutes, maxAgeSeconds: result.maxAgeSeconds, bodyRead: true }, result.etag, result.lastModified, newUrl),
    items: commitItems,
  });
  if (committed.newItems > 0) {
    log.info({ newItems: committed.newItems, deals: committed.deals, alerts: committed.alerts, firstPoll: feed.firstPolledAt === null }, 'feed updated');
  }
  return { kind: 'updated', newItems: committed.newItems, alerts: committed.alerts, deals: committed.deals, silentFirstPoll: feed.firstPolledAt === null && feed.backfill === 0 };
}

function publishedOr(item: NormalizedItem, now: number): number {
  return item.publishedAt?.getTime() ?? now;
}

/**
 * A feed's first poll stores everything and alerts nothing, unless `backfill: N`
 * asks for its newest N items. Later polls alert on every new item.
 */
function alertableSet(feed: FeedRecord, oldestFirstHashes: readonly string[]): Set<string> {
  if (feed.firstPolledAt !== null) return new Set(oldestFirstHashes);
  if (feed.backfill <= 0) return new Set();
  return new Set(oldestFirstHashes.slice(-feed.backfill));
}

function successState(
  feed: FeedRecord,
  deps: ProcessFeedDeps,
  hints: { ttlMinutes: number | null; maxAgeSeconds: number | null; bodyRead: boolean },
  etag: string | null,
  lastModified: string | null,
  newUrl: string | null,
) {
  const hinted = feedMinIntervalSeconds({ ...hints, maxIntervalMs: deps.maxIntervalMs });
  // A 304 carries no <ttl>, so the floor learnt from the last full response still holds.
  const minIntervalSeconds = hinted ?? (hints.bodyRead ? null : feed.minIntervalSeconds);
  const nextPollAt = nextPollAfterSuccess({
    cycleStartedAt: deps.cycleStartedAt,
    cycleIntervalMs: deps.cycleIntervalMs,
    ttlMinutes: minIntervalSeconds === null ? null : minIntervalSeconds / 60,
    maxAgeSeconds: null,
    maxIntervalMs: deps.maxIntervalMs,
  });
  return { etag, lastModified, nextPollAt, minIntervalSeconds, newUrl };
}

/** A permanent redirect may only move the feed to a URL no other feed already uses. */
async function movableUrl(url: string, deps: ProcessFeedDeps): Promise<string | null> {
  return (await deps.store.feeds.urlTaken(url)) ? null : url;
}

// One feed, start to finish: read it (fetch and parse), select what is new, analyse and
// route each new story, schedule the next poll, and commit it all in one transaction.
// Every outcome, good or bad, is recorded on the feed; nothing here throws for a
// feed-level problem, so one feed can never break the others.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { Logger } from 'pino';
import { identify, selectNew, type NewItem } from '../dedupe/index.js';
import { FetchError, type FeedFetcher } from '../fetch/index.js';
import { whyLine, type DealAnalyzer } from '../intel/index.js';
import type { DealAnalysis } from '../model/deal.js';
import type { FeedRecord } from '../model/records.js';
import { ParseError } from '../parse/index.js';
import { feedMinIntervalSeconds, nextPollAfterFailure, nextPollAfterSuccess } from '../schedule/index.js';
import { planBatch, type AnalysedStory } from './plan-batch.js';
import type { FeedSuccess, PipelineStore } from './ports.js';
import { redactUrl, redactUrls } from '../text/redact.js';
import { readFeed, type ReadLimits } from './read-feed.js';
import type { AlertPolicy, RouteFilter } from './routing.js';

export type FeedOutcome =
  | {
      readonly kind: 'updated';
      readonly newItems: number;
      readonly alerts: number;
      /** Deal stories stored, and how many of them were deals not seen before. */
      readonly deals: number;
      readonly newDeals: number;
      /** Follow-ups and lifecycle steps queued in deals' threads. */
      readonly replies: number;
      /** The feed's first successful poll, without backfill: its items were stored and alert nothing. */
      readonly silentFirstPoll: boolean;
    }
  | { readonly kind: 'not-modified' }
  | { readonly kind: 'failed'; readonly code: string; readonly message: string }
  | { readonly kind: 'disabled'; readonly reason: string };

export interface ProcessFeedDeps {
  readonly store: PipelineStore;
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
  readonly limits: ReadLimits;
  /** How long a follow-up waits to fold with other reports (default two minutes). */
  readonly followUpDelayMs?: number;
  /** Runs a feed's grouping and commit alone; the poll cycle shares one lock across its feeds. */
  readonly exclusive?: <T>(fn: () => Promise<T>) => Promise<T>;
  /** Request headers per feed URL (feeds[].headers_from_env); secrets, never logged. */
  readonly feedHeaders?: ReadonlyMap<string, Readonly<Record<string, string>>>;
}

/** Reports of one deal arriving within this window fold into one reply in the alert's thread. */
export const FOLLOW_UP_DELAY_MS = 2 * 60_000;

/** Stories analysed between two yields to the event loop, so health checks and chat commands answer during a big poll. */
const ANALYSE_BATCH = 100;

export async function processFeed(feed: FeedRecord, deps: ProcessFeedDeps): Promise<FeedOutcome> {
  const log = deps.log.child({ feedId: feed.id, feedUrl: redactUrl(feed.url) });
  try {
    return await pollFeed(feed, deps, log);
  } catch (error) {
    return recordFailure(feed, deps, log, error);
  }
}

async function pollFeed(feed: FeedRecord, deps: ProcessFeedDeps, log: Logger): Promise<FeedOutcome> {
  const { store } = deps;
  const read = await readFeed(
    deps.fetcher,
    {
      url: feed.url,
      etag: feed.etag,
      lastModified: feed.lastModified,
      restrictToPublic: !feed.trusted && !deps.allowPrivateFeedUrls,
      ...(deps.feedHeaders?.has(feed.url) ? { headers: deps.feedHeaders.get(feed.url)! } : {}),
    },
    deps.limits,
    feed.bodyHash,
  );
  if (read.kind === 'gone') return disableGone(feed, deps, log);

  const newUrl = read.permanentUrl && read.permanentUrl !== feed.url && !(await store.feeds.urlTaken(read.permanentUrl)) ? read.permanentUrl : null;
  if (newUrl) log.info({ newUrl }, 'feed moved permanently; stored URL updated');
  const now = deps.now();

  if (read.kind === 'not-modified' || read.kind === 'unchanged') {
    // A 304 (or the same body again) carries no new <ttl>: the floor learnt last time still holds.
    const minIntervalSeconds =
      feedMinIntervalSeconds({ ttlMinutes: null, maxAgeSeconds: read.maxAgeSeconds, maxIntervalMs: deps.maxIntervalMs }) ?? feed.minIntervalSeconds;
    const state = successState(deps, minIntervalSeconds, {
      etag: read.etag ?? feed.etag,
      lastModified: read.lastModified ?? feed.lastModified,
      newUrl,
      title: null,
      warning: feed.lastWarning,
      bodyHash: null,
    });
    await store.items.commit({ feedId: feed.id, feedName: feed.name ?? feed.title, now, state, items: [], followUpDelayMs: 0 });
    return { kind: 'not-modified' };
  }

  const { feed: parsed } = read;
  const ctx = { baseUrl: parsed.link ?? read.finalUrl };
  const candidates = identify(parsed.items, ctx);
  const fresh = selectNew(
    candidates,
    store.items.seenHashes(
      feed.id,
      candidates.map((c) => c.identityHash),
    ),
    ctx,
    now,
  );
  const alertable = alertableHashes(feed, fresh);
  const warning =
    parsed.droppedItems > 0
      ? `the feed lists ${parsed.items.length + parsed.droppedItems} items; only the newest ${parsed.items.length} were read (fetch.max_items_per_poll)`
      : null;
  if (warning) log.warn({ dropped: parsed.droppedItems }, `feed truncated: ${warning}`);
  const minIntervalSeconds = feedMinIntervalSeconds({ ttlMinutes: parsed.ttlMinutes, maxAgeSeconds: read.maxAgeSeconds, maxIntervalMs: deps.maxIntervalMs });
  const state = successState(deps, minIntervalSeconds, {
    etag: read.etag,
    lastModified: read.lastModified,
    newUrl,
    title: parsed.title,
    warning,
    bodyHash: read.bodyHash,
  });
  // Analysis, grouping into deals and the commit run under one lock across the cycle's
  // feeds: two feeds reporting the same deal at the same moment still make one deal and one
  // alert, and the CPU-heavy part of one feed at a time holds the event loop.
  const exclusive = deps.exclusive ?? (<T>(fn: () => Promise<T>) => fn());
  const committed = await exclusive(async () => {
    const analysed = await analyse(fresh, alertable, deps.analyzer);
    const items = await planBatch(analysed, { store, policy: deps.policy, destinations: deps.destinations, now });
    return store.items.commit({
      feedId: feed.id,
      feedName: feed.name ?? parsed.title,
      now,
      state,
      items,
      followUpDelayMs: deps.followUpDelayMs ?? FOLLOW_UP_DELAY_MS,
    });
  });
  const firstPoll = feed.firstPolledAt === null;
  if (committed.newItems > 0) log.info({ newItems: committed.newItems, deals: committed.deals, alerts: committed.alerts, firstPoll }, 'feed updated');
  return {
    kind: 'updated',
    newItems: committed.newItems,
    alerts: committed.alerts,
    deals: committed.deals,
    newDeals: committed.newDeals,
    replies: committed.replies,
    silentFirstPoll: firstPoll && feed.backfill === 0,
  };
}

// What a story the screen rules out gets: no deal, so nothing of it is stored but the item.
const NO_DEAL: DealAnalysis = Object.freeze({ deal: false, type: null, status: null, score: 0, companies: Object.freeze([]), amount: null, summary: '' });

async function analyse(fresh: readonly NewItem[], alertable: ReadonlySet<string>, analyzer: DealAnalyzer): Promise<AnalysedStory[]> {
  const analysed: AnalysedStory[] = [];
  for (const [i, { item, identityHash }] of fresh.entries()) {
    if (i > 0 && i % ANALYSE_BATCH === 0) await yieldToLoop();
    // Only deals are kept, so a story the analyzer's screen rules out needs no full analysis;
    // the rest keep their reasons (explain): the why line of /deals show.
    const explained = analyzer.explainDeal({ title: item.title, body: item.text });
    let analysis: DealAnalysis = NO_DEAL;
    let why: string | null = null;
    if (explained) {
      const { explanation, ...rest } = explained;
      analysis = rest;
      why = rest.deal ? whyLine(explanation) : null;
    }
    analysed.push({ item, identityHash, analysis, alertable: alertable.has(identityHash), why });
  }
  return analysed;
}

/**
 * A feed's first poll stores everything and alerts nothing, unless `backfill: N` asks for
 * its newest N items. Later polls alert on every new item. `fresh` is oldest first.
 */
function alertableHashes(feed: FeedRecord, fresh: readonly NewItem[]): ReadonlySet<string> {
  const hashes = fresh.map((f) => f.identityHash);
  if (feed.firstPolledAt !== null) return new Set(hashes);
  return new Set(feed.backfill > 0 ? hashes.slice(-feed.backfill) : []);
}

function successState(deps: ProcessFeedDeps, minIntervalSeconds: number | null, rest: Omit<FeedSuccess, 'nextPollAt' | 'minIntervalSeconds'>): FeedSuccess {
  const nextPollAt = nextPollAfterSuccess({ cycleStartedAt: deps.cycleStartedAt, cycleIntervalMs: deps.cycleIntervalMs, minIntervalSeconds });
  return { ...rest, nextPollAt, minIntervalSeconds };
}

async function disableGone(feed: FeedRecord, deps: ProcessFeedDeps, log: Logger): Promise<FeedOutcome> {
  const reason = 'HTTP 410 Gone: the publisher removed this feed; re-add it with a new URL if it moved';
  await deps.store.feeds.disable(feed.id, reason, deps.now());
  await deps.store.stats.increment('fetch_errors', 'gone');
  log.warn({ code: 'gone' }, `feed disabled: ${reason}`);
  return { kind: 'disabled', reason };
}

async function recordFailure(feed: FeedRecord, deps: ProcessFeedDeps, log: Logger, error: unknown): Promise<FeedOutcome> {
  const failure = describeFailure(error);
  const { code, retryAfterMs } = failure;
  // Stored and shown in status and lists: no credential a URL in the message may carry.
  const message = redactUrls(failure.message);
  const now = deps.now();
  const errorCount = feed.errorCount + 1;
  const nextPollAt = nextPollAfterFailure({ now, errorCount, cycleIntervalMs: deps.cycleIntervalMs, maxBackoffMs: deps.maxBackoffMs, retryAfterMs });
  await deps.store.feeds.recordFailure(feed.id, { now, code, message, nextPollAt });
  await deps.store.stats.increment('fetch_errors', code);
  log.warn({ code, errorCount, nextPollAt: new Date(nextPollAt).toISOString() }, `feed failed: ${message}`);
  return { kind: 'failed', code, message };
}

function describeFailure(error: unknown): { code: string; message: string; retryAfterMs: number | null } {
  if (error instanceof FetchError) return { code: error.code, message: error.message, retryAfterMs: error.retryAfterMs };
  if (error instanceof ParseError) return { code: error.code, message: error.message, retryAfterMs: null };
  const code = (error as { code?: unknown } | null)?.code;
  return { code: typeof code === 'string' ? code : 'internal', message: error instanceof Error ? error.message : String(error), retryAfterMs: null };
}

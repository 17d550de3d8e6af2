// One poll cycle over every due feed. Feeds run concurrently (the fetcher bounds global
// and per-host concurrency); each feed's outcome is recorded on its own row.
import type { DealAnalyzer } from '../intel/index.js';
import type { FeedRecord } from '../model/records.js';
import { urlFraction } from '../schedule/index.js';
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import pLimit from 'p-limit';
import { processFeed, type FeedOutcome, type ProcessFeedDeps } from './process-feed.js';

export interface CycleSummary {
  readonly feedsPolled: number;
  readonly notModified: number;
  readonly failed: number;
  readonly disabled: number;
  readonly newItems: number;
  readonly deals: number;
  readonly alerts: number;
  /** Items stored by feeds polled for the first time, which alert nothing by design. */
  readonly firstPollItems: number;
  readonly durationMs: number;
}

export interface PollCycleDeps extends Omit<ProcessFeedDeps, 'analyzer' | 'cycleStartedAt'> {
  /** The analyzer for the current watchlist; called once per cycle so edits apply on the next poll. */
  readonly analyzer: () => Promise<DealAnalyzer>;
  /** Spread feed starts over this window by URL hash, so all feeds do not fire at once. 0 in one-shot polls. */
  readonly spreadMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  readonly onFeedDone?: (feed: FeedRecord, outcome: FeedOutcome, done: number, total: number) => void;
}

/** Feeds of one cycle in progress at once (fetching, parsing, analysing, waiting to commit). */
const FEEDS_IN_FLIGHT = 64;

export async function runPollCycle(deps: PollCycleDeps, options: { all: boolean }): Promise<CycleSummary> {
  const startedAt = deps.now();
  const cycleId = await deps.store.stats.startCycle(startedAt);
  const feeds = await deps.store.feeds.due(startedAt, options.all);
  const analyzer = await deps.analyzer();
  const totals = { feedsPolled: 0, notModified: 0, failed: 0, disabled: 0, newItems: 0, deals: 0, alerts: 0, firstPollItems: 0 };
  let done = 0;
  // Grouping into deals runs one feed at a time (fetching and parsing do not), so two feeds
  // reporting one deal in the same cycle make one deal and one alert.
  const exclusive = deps.exclusive ?? oneAtATime();

  // Feeds start from a bounded queue: 5,000 feeds started at once stalled the event loop for
  // 70–130 ms at the cycle's start, and the fetcher runs only 16 at a time anyway.
  const started = pLimit(FEEDS_IN_FLIGHT);
  await Promise.all(
    feeds.map((feed) =>
      started(async () => {
        if (deps.spreadMs > 0) await deps.sleep(Math.floor(urlFraction(feed.url) * deps.spreadMs));
        const outcome = await processFeed(feed, {
          ...deps,
          analyzer,
          cycleStartedAt: startedAt,
          exclusive,
        }).catch((error: unknown): FeedOutcome => {
          // processFeed records its own failures; reaching here means the store itself failed.
          deps.log.error({ feedId: feed.id, err: error }, 'feed could not be recorded');
          return { kind: 'failed', code: 'internal', message: String(error) };
        });
        totals.feedsPolled++;
        switch (outcome.kind) {
          case 'updated':
            totals.newItems += outcome.newItems;
            totals.deals += outcome.deals;
            totals.alerts += outcome.alerts;
            if (outcome.silentFirstPoll) totals.firstPollItems += outcome.newItems;
            break;
          case 'not-modified':
            totals.notModified++;
            break;
          case 'failed':
            totals.failed++;
            break;
          case 'disabled':
            totals.disabled++;
            break;
        }
        done++;
        deps.onFeedDone?.(feed, outcome, done, feeds.length);
      }),
    ),
  );

  const finishedAt = deps.now();
  await deps.store.stats.finishCycle(cycleId, finishedAt, { ...totals, failed: totals.failed + totals.disabled });
  if (totals.alerts > 0) await deps.store.stats.increment('alerts_created', 'all', totals.alerts);
  return { ...totals, durationMs: finishedAt - startedAt };
}

/**
 * A lock: each call runs after the previous one has finished, and on a turn of the event
 * loop of its own. Without that yield, feeds whose bodies arrived together would run their
 * analysis and commits back to back in one turn (p-limit hands over in a microtask), and
 * a health check or a chat command would wait for all of them.
 */
export function oneAtATime(): <T>(fn: () => Promise<T>) => Promise<T> {
  const limit = pLimit(1);
  return (fn) =>
    limit(async () => {
      await yieldToLoop();
      return fn();
    });
}

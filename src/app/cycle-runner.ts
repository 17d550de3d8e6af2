// The poll cycle as the app runs it: the analyzer for the stored watchlist, the cycle's
// dependencies from the config, and one lock for every cycle the runner runs. This module
// (with the parsing and analysis code under it) is loaded only where a cycle runs: in the
// bot's cycle process (cycle-child.ts), or at the first cycle of an app that polls in its own
// process. A bot between cycles then holds none of that code and data (issue 12, ADR 0006).
import type { Logger } from 'pino';
import type { AppConfig } from '../config/load-config.js';
import type { FeedFetcher } from '../fetch/index.js';
import { createAnalyzerCache } from '../pipeline/analyzer-cache.js';
import { oneAtATime, runPollCycle, type CycleSummary, type PollCycleDeps } from '../pipeline/poll-cycle.js';
import type { RouteFilter } from '../pipeline/routing.js';
import { cronIntervalMs } from '../schedule/index.js';
import type { Store } from '../storage/store.js';
import { feedLimits } from './fetcher-for-config.js';

export type FeedDone = NonNullable<PollCycleDeps['onFeedDone']>;

export interface CycleRunnerDeps {
  readonly config: AppConfig;
  readonly log: Logger;
  readonly store: Store;
  readonly fetcher: FeedFetcher;
  /** The destinations alerts are routed to (those with credentials, or the console). */
  readonly routes: readonly RouteFilter[];
  readonly now: () => number;
  /** How long a further report waits to fold with others into one reply. */
  readonly followUpDelayMs: number;
  readonly onFeedDone: FeedDone;
}

export type CycleRunner = (options: { readonly all: boolean; readonly spreadMs: number }) => Promise<CycleSummary>;

export function createCycleRunner(deps: CycleRunnerDeps): CycleRunner {
  const { config, store } = deps;
  const analyzer = createAnalyzerCache({ loadWatchlist: () => store.watchlist.list(), lexicon: config.lexicon });
  // One lock for every cycle: a chat-triggered poll and the scheduled one never group at once.
  const exclusive = oneAtATime();
  const cycleIntervalMs = cronIntervalMs(config.schedule);
  return ({ all, spreadMs }) =>
    runPollCycle(
      {
        store,
        fetcher: deps.fetcher,
        analyzer,
        policy: config.alerts,
        destinations: deps.routes,
        now: deps.now,
        log: deps.log,
        cycleIntervalMs,
        maxIntervalMs: config.polling.maxIntervalMinutes * 60_000,
        maxBackoffMs: config.polling.maxBackoffMinutes * 60_000,
        allowPrivateFeedUrls: config.security.allowPrivateFeedUrls,
        limits: feedLimits(config),
        feedHeaders: config.feedHeaders,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        onFeedDone: deps.onFeedDone,
        exclusive,
        followUpDelayMs: deps.followUpDelayMs,
        spreadMs,
      },
      { all },
    );
}

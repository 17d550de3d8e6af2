// What the bot and its cycle process say to each other over the IPC channel (structured
// clone, so dates and maps arrive as they left). Types only: both sides import them.
import type { FeedRecord } from '../model/records.js';
import type { CycleSummary } from '../pipeline/poll-cycle.js';
import type { FeedOutcome } from '../pipeline/process-feed.js';
import type { RouteFilter } from '../pipeline/routing.js';

/** The bot asks for one cycle. The process reads the same config file, with the same environment. */
export interface StartCycle {
  readonly kind: 'start';
  readonly configPath: string;
  readonly all: boolean;
  readonly spreadMs: number;
  readonly routes: readonly RouteFilter[];
  readonly followUpDelayMs: number;
}

export type CycleReport =
  | { readonly kind: 'feed'; readonly feed: FeedRecord; readonly outcome: FeedOutcome; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly summary: CycleSummary }
  | { readonly kind: 'failed'; readonly message: string };

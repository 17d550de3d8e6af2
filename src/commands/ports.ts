// What the command core needs from storage, declared here beside its consumer. The
// storage module implements it; tests implement it in memory.
import type { DealQuery, DealPage, DealTimeline, FeedRecord, FeedSource, WatchEntry, CycleRecord } from '../model/records.js';
import type { MatchMode } from '../model/deal.js';

/** One destination's waiting alerts, and why the oldest one waits. */
export interface PendingSummary {
  readonly destination: string;
  readonly count: number;
  /** The last error of the oldest pending alert ("not tried yet" before the first try), for admins. */
  readonly reason: string | null;
  readonly nextAttemptAt: Date | null;
}

/** A delivery the platform refused even in its reduced form. */
export interface DeadLetter {
  readonly id: number;
  readonly destination: string;
  readonly dealId: number;
  readonly title: string;
  readonly reason: string;
  readonly at: Date;
}

export type DeadLetterAction =
  | { readonly kind: 'retried' | 'dropped'; readonly destination: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'not-dead'; readonly status: string };

export interface NewFeed {
  readonly url: string;
  readonly name: string | null;
  readonly source: FeedSource;
  /** Trusted feeds (from the config file or the CLI) may point at private addresses. */
  readonly trusted: boolean;
  readonly backfill: number;
}

export type AddFeedResult = { readonly kind: 'added'; readonly feed: FeedRecord } | { readonly kind: 'exists'; readonly feed: FeedRecord };

export interface NewWatch {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly tickers: readonly string[];
  readonly match: MatchMode;
}

export type WatchAddResult = { readonly kind: 'added' } | { readonly kind: 'updated' };
export type WatchRemoveResult = { readonly kind: 'removed'; readonly name: string } | { readonly kind: 'not-found' };

/** What a feed URL gave when it was tried before being added. */
export type FeedProbe =
  | { readonly kind: 'ok'; readonly url: string; readonly title: string | null; readonly itemCount: number }
  | { readonly kind: 'refused'; readonly reason: string };

export interface CommandStore {
  readonly deals: {
    search(query: DealQuery): Promise<DealPage>;
    /** The deal with every report and every change, or null when there is no such deal. */
    timeline(id: number): Promise<DealTimeline | null>;
  };
  readonly watchlist: {
    list(): Promise<WatchEntry[]>;
    add(entry: NewWatch, source: string, now: number): Promise<WatchAddResult>;
    remove(name: string, now: number): Promise<WatchRemoveResult>;
  };
  readonly feeds: {
    list(): Promise<FeedRecord[]>;
    find(idOrUrl: string): Promise<FeedRecord | null>;
    add(feed: NewFeed, now: number, firstPollAt: number): Promise<AddFeedResult>;
    remove(id: number, now: number): Promise<void>;
  };
  readonly outbox: {
    pendingSummary(): Promise<PendingSummary[]>;
    deadLetters(limit?: number): Promise<DeadLetter[]>;
    resolveDead(id: number, action: 'retry' | 'drop', now: number): Promise<DeadLetterAction>;
  };
  readonly stats: {
    lastFinishedCycle(): Promise<CycleRecord | null>;
  };
}

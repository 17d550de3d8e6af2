// What the pipeline needs from storage, declared here beside its consumer. The storage
// module implements it (one transaction per feed: see storage/poll-commit.ts); the unit
// tests of processFeed implement it in memory.
import type { DealAnalysis } from '../model/deal.js';
import type { NormalizedItem } from '../model/feed.js';
import type { CycleRecord, FeedRecord } from '../model/records.js';

/** A feed's fetch state after a successful poll (a 200 or a 304). */
export interface FeedSuccess {
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly nextPollAt: number;
  readonly minIntervalSeconds: number | null;
  /** A permanent redirect moved the feed here. */
  readonly newUrl: string | null;
  /** The title the feed gives itself, shown where the config names none. */
  readonly title: string | null;
  /** Something the operator should know about an otherwise good poll (items dropped over the cap). */
  readonly warning: string | null;
  /** Hash of the body parsed this poll; null keeps the stored one (a 304 or an unchanged body). */
  readonly bodyHash: string | null;
}

export interface CommitItem {
  readonly item: NormalizedItem;
  readonly identityHash: string;
  readonly analysis: DealAnalysis;
  /** Destinations that must get an alert for this item. Empty: store only. */
  readonly destinations: readonly string[];
}

export interface PollCommit {
  readonly feedId: number;
  readonly feedName: string | null;
  readonly now: number;
  readonly state: FeedSuccess;
  /** Oldest first: outbox ids then follow publication order. */
  readonly items: readonly CommitItem[];
}

export interface PollCommitResult {
  readonly newItems: number;
  readonly deals: number;
  readonly alerts: number;
}

export interface FeedFailure {
  readonly now: number;
  readonly code: string;
  readonly message: string;
  readonly nextPollAt: number;
}

export type CycleTotals = Pick<CycleRecord, 'feedsPolled' | 'notModified' | 'failed' | 'newItems' | 'alerts'>;

export interface PipelineStore {
  readonly feeds: {
    /** Feeds whose next poll time has come (or all active feeds), skipping disabled ones. */
    due(now: number, all: boolean): Promise<FeedRecord[]>;
    recordFailure(id: number, failure: FeedFailure): Promise<void>;
    disable(id: number, reason: string, now: number): Promise<void>;
    /** A permanent redirect may only move a feed to a URL no other feed uses. */
    urlTaken(url: string): Promise<boolean>;
  };
  readonly items: {
    /** Which of these identity hashes the feed has already stored. */
    seenHashes(feedId: number, hashes: readonly string[]): ReadonlySet<string>;
    /** The feed's new items, their deals and alerts, and its new state, in one transaction. */
    commit(batch: PollCommit): Promise<PollCommitResult>;
  };
  readonly stats: {
    increment(name: string, label: string, by?: number): Promise<void>;
    startCycle(now: number): Promise<number>;
    finishCycle(id: number, now: number, totals: CycleTotals): Promise<void>;
  };
}

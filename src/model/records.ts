// Domain records the storage module returns. Rows are mapped to these at its edge.
import type { DealAmount, DealCompany, DealType, MatchMode } from './deal.js';

export type FeedSource = 'config' | 'chat' | 'cli';

export interface FeedRecord {
  readonly id: number;
  readonly url: string;
  readonly name: string | null;
  readonly source: FeedSource;
  /** Trusted feeds (from the config file or the CLI) may point at private addresses. */
  readonly trusted: boolean;
  readonly backfill: number;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly firstPolledAt: Date | null;
  readonly lastAttemptAt: Date | null;
  readonly lastSuccessAt: Date | null;
  readonly errorCount: number;
  readonly lastError: string | null;
  readonly lastErrorCode: string | null;
  readonly nextPollAt: Date;
  readonly minIntervalSeconds: number | null;
  readonly disabledReason: string | null;
}

export interface WatchEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly tickers: readonly string[];
  readonly match: MatchMode;
  readonly source: string;
}

export interface DealRecord {
  readonly id: number;
  readonly title: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly type: DealType | null;
  readonly score: number;
  readonly amount: DealAmount | null;
  readonly summary: string;
  readonly companies: readonly DealCompany[];
  readonly publishedAt: Date;
  readonly createdAt: Date;
  readonly firstSeenAt: Date;
}

export interface PendingDelivery {
  readonly id: number;
  readonly destination: string;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly deal: DealRecord;
}

export interface CycleRecord {
  readonly id: number;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly feedsPolled: number;
  readonly notModified: number;
  readonly failed: number;
  readonly newItems: number;
  readonly alerts: number;
}

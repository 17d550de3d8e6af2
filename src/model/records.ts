// Domain records the storage module returns. Rows are mapped to these at its edge.
import type { DealAmount, DealCompany, DealType, MatchMode } from './deal.js';

export type FeedSource = 'config' | 'chat' | 'cli';

export interface FeedRecord {
  readonly id: number;
  readonly url: string;
  /** The name given in the config or when added; null to use the feed's own title. */
  readonly name: string | null;
  /** The title the feed gives itself, from its last good poll. */
  readonly title: string | null;
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
  /** The last warning about an otherwise good poll (items over the cap), or null. */
  readonly lastWarning: string | null;
  /** Hash of the last body parsed; the same body again is not parsed again. */
  readonly bodyHash: string | null;
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

/** A query over stored deals: every filter is optional and they combine. */
export interface DealQuery {
  readonly text?: string | null;
  /** Canonical company names; a deal matches when any of them is among its companies. */
  readonly companies?: readonly string[] | null;
  readonly type?: DealType | null;
  readonly since?: Date | null;
  readonly limit: number;
}

export interface DealPage {
  readonly deals: readonly DealRecord[];
  /** True when more deals match than were returned. */
  readonly more: boolean;
}

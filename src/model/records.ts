// Domain records the storage module returns. Rows are mapped to these at its edge.
import type { DealAmount, DealCompany, DealStatus, DealType, MatchMode } from './deal.js';

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

/** How far along a deal is. */
export type DealLifecycle = DealStatus;
/** A regulator's step on a deal. */
export type RegulatoryStep = 'cleared' | 'blocked';

/**
 * A deal: the event, whatever number of stories report it. Its headline, link and source are
 * its first report's; its status, step and amount are what the latest reports say.
 */
export interface DealRecord {
  readonly id: number;
  readonly title: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly type: DealType | null;
  readonly status: DealLifecycle;
  readonly regulatory: RegulatoryStep | null;
  readonly score: number;
  readonly amount: DealAmount | null;
  readonly summary: string;
  readonly companies: readonly DealCompany[];
  /** When its first report was published. */
  readonly publishedAt: Date;
  readonly createdAt: Date;
  /** When dealwatch first saw a story about it. */
  readonly firstSeenAt: Date;
  readonly reportCount: number;
  readonly lastReportAt: Date;
}

/** One story that reported a deal. */
export interface ReportRecord {
  readonly storyId: number;
  readonly title: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly publishedAt: Date;
  readonly firstSeenAt: Date;
}

/** One step in a deal's life, as its timeline shows it. */
export type TimelineEntry =
  | { readonly kind: 'report'; readonly at: Date; readonly report: ReportRecord }
  | { readonly kind: 'status'; readonly at: Date; readonly from: DealLifecycle; readonly to: DealLifecycle; readonly report: ReportRecord | null }
  | { readonly kind: 'regulatory'; readonly at: Date; readonly step: RegulatoryStep; readonly report: ReportRecord | null }
  | { readonly kind: 'amount'; readonly at: Date; readonly from: DealAmount | null; readonly to: DealAmount; readonly report: ReportRecord | null };

export interface DealTimeline {
  readonly deal: DealRecord;
  /** Why its first report was read as a deal: the frame, the strongest phrases, the hedges. */
  readonly why: string | null;
  readonly entries: readonly TimelineEntry[];
}

/** What an outbox row sends: the deal's alert, more reports in its thread, or a step in its life. */
export type DeliveryKind = 'alert' | 'follow-up' | 'lifecycle';

export interface PendingDelivery {
  readonly id: number;
  readonly destination: string;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly kind: DeliveryKind;
  readonly deal: DealRecord;
  /** The story this row is about (for follow-ups and lifecycle steps: the new report). */
  readonly report: ReportRecord;
  /** The alert this row replies to, for follow-ups and lifecycle steps. */
  readonly parent: { readonly id: number; readonly status: string; readonly externalId: string | null } | null;
  /** For lifecycle rows: what changed. */
  readonly changes: readonly DealChange[];
}

/** A change a report brought to a deal. */
export type DealChange =
  | { readonly kind: 'status'; readonly from: DealLifecycle; readonly to: DealLifecycle }
  | { readonly kind: 'regulatory'; readonly step: RegulatoryStep }
  | { readonly kind: 'amount'; readonly from: DealAmount | null; readonly to: DealAmount };

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
  /** Only deals alerted to this destination (a digest for one channel). */
  readonly destination?: string | null;
  readonly limit: number;
}

/** A period's deals, grouped by type: what a digest shows. */
export interface Digest {
  readonly since: Date;
  readonly until: Date;
  readonly groups: readonly { readonly type: DealType | null; readonly deals: readonly DealRecord[] }[];
  readonly total: number;
  /** More deals matched than the digest's cap: the oldest were left out. */
  readonly more: boolean;
}

export interface DealPage {
  readonly deals: readonly DealRecord[];
  /** True when more deals match than were returned. */
  readonly more: boolean;
}

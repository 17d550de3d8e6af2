// What the pipeline needs from storage, declared here beside its consumer. The storage
// module implements it (one transaction per feed: see storage/poll-commit.ts); the unit
// tests of processFeed implement it in memory.
import type { EventChange, EventSnapshot } from '../dedupe/deal-events.js';
import type { DealAnalysis } from '../model/deal.js';
import type { NormalizedItem } from '../model/feed.js';
import type { CycleRecord, DeliveryKind, FeedRecord } from '../model/records.js';

export type { EventChange, EventSnapshot } from '../dedupe/deal-events.js';
/** The keys a deal is stored and found by (storage writes them, the pipeline looks them up). */
export { lookupKeys } from '../dedupe/story-facts.js';

/**
 * Which deal a story reports. `ref` names the deal: a stored deal's id, or a negative key for a
 * deal this batch creates (a later story of the same batch can join it by that key).
 */
export type EventAssignment =
  | { readonly kind: 'new'; readonly ref: number; readonly snapshot: EventSnapshot }
  | { readonly kind: 'join'; readonly ref: number; readonly snapshot: EventSnapshot; readonly changes: readonly EventChange[] };

/** One message to queue for a destination; follow-ups and lifecycle steps reply to the deal's alert there. */
export interface PlannedDelivery {
  readonly destination: string;
  readonly kind: DeliveryKind;
}

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
  /** Hash of the title and text: a syndicated copy under another URL is the same story. */
  /** Deal stories only: syndicated copies of other stories are found by it. */
  readonly contentHash: string | null;
  readonly analysis: DealAnalysis;
  /** The deal this story reports; null when it reports none. */
  readonly event: EventAssignment | null;
  /** Why it was read as a deal, in one line (see intel's whyLine); for /deals show. */
  readonly why?: string | null;
  /** What to queue, per destination. Empty: store only. */
  readonly deliveries: readonly PlannedDelivery[];
}

export interface PollCommit {
  readonly feedId: number;
  readonly feedName: string | null;
  readonly now: number;
  readonly state: FeedSuccess;
  /** Oldest first: outbox ids then follow publication order. */
  readonly items: readonly CommitItem[];
  /** Follow-ups wait this long, so reports arriving close together fold into one reply. */
  readonly followUpDelayMs: number;
}

export interface PollCommitResult {
  readonly newItems: number;
  /** Deal stories stored (reports), and the deals they created. */
  readonly deals: number;
  readonly newDeals: number;
  /** Alerts queued (one per new deal and destination). */
  readonly alerts: number;
  /** Follow-ups and lifecycle steps queued. */
  readonly replies: number;
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
  readonly events: {
    /**
     * Stored deals a story may report: those sharing a party key, reported since `since`, and
     * those with no parties reported since `recentSince` (they can only match on wording).
     */
    candidates(query: {
      readonly partyKeys: readonly string[];
      /** Only deals of these types (those the batch's stories could join). */
      readonly types: readonly string[];
      readonly since: number;
      readonly recentSince: number;
    }): Promise<EventSnapshot[]>;
    /** Per deal, the destinations that have (or will have) its alert. */
    alertDestinations(eventIds: readonly number[]): Promise<Map<number, Set<string>>>;
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

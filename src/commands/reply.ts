// The neutral answer the command core gives. Each door renders it in its own markup,
// escaping all text, and fits the rows it shows within its platform's limits.
import type { CycleRecord, DealRecord, DealTimeline, Digest, FeedRecord, WatchEntry } from '../model/records.js';
import type { CommandName } from './command-spec.js';
import type { DeadLetter, PendingSummary } from './ports.js';

/** Who is asking. `platformAdmin` is Discord's Manage Server permission (false on Slack; true at the CLI). */
export interface Actor {
  readonly platform: 'slack' | 'discord' | 'cli';
  readonly userId: string;
  readonly platformAdmin: boolean;
}

export interface Reply {
  readonly visibility: 'ephemeral' | 'public';
  readonly blocks: readonly ReplyBlock[];
}

export type ReplyBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  /** How to use a command (or one subcommand); each door writes it in its own syntax. */
  | { readonly kind: 'usage'; readonly command: CommandName; readonly action: string | null }
  | { readonly kind: 'error'; readonly text: string }
  /** A page of a query: `more` says further deals match. */
  | { readonly kind: 'deals'; readonly deals: readonly DealRecord[]; readonly more: boolean; readonly moreHint: string | null }
  /** The whole watchlist; a door shows what fits and says how to see the rest. */
  /** One deal and its life: each report and each change, oldest first. */
  | { readonly kind: 'timeline'; readonly timeline: DealTimeline }
  /** A period's deals by type; `more` says the digest was cut at its cap. */
  | { readonly kind: 'digest'; readonly digest: Digest }
  | { readonly kind: 'watchlist'; readonly entries: readonly WatchEntry[]; readonly moreHint: string }
  | { readonly kind: 'feeds'; readonly feeds: readonly FeedRecord[]; readonly moreHint: string }
  | { readonly kind: 'dead-letters'; readonly letters: readonly DeadLetter[] }
  | {
      readonly kind: 'status';
      readonly healthy: number;
      readonly backingOff: number;
      readonly disabled: number;
      /**
       * The failing and disabled feeds with their URLs and errors: for admins only (null for
       * everyone else), since a feed's URL or error can say more than a channel should see.
       */
      readonly troubled: readonly FeedRecord[] | null;
      readonly lastCycle: CycleRecord | null;
      /** Waiting alerts per destination; `reason` is null for non-admins. */
      readonly pending: readonly PendingSummary[];
      /** Alerts the platforms refused even in reduced form; titles and reasons for admins only. */
      readonly deadLetters: number;
      readonly deadLetterDetails: readonly DeadLetter[] | null;
      readonly watchlistSize: number;
      /** Why the last cycle polled nothing, when it did not (no feeds, none due). */
      readonly idleReason: string | null;
    };

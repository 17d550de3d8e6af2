// The platform-neutral command model. Slack and Discord parse their own request
// formats into a ParsedCommand, call executeCommand, and render the neutral Reply.
import type { DealType } from '../model/deal.js';
import type { CycleRecord, DealRecord, FeedRecord, WatchEntry } from '../model/records.js';

export type ParsedCommand =
  | { readonly command: 'deals'; readonly action: 'help'; readonly public: boolean }
  | { readonly command: 'deals'; readonly action: 'recent'; readonly limit: number; readonly public: boolean }
  | { readonly command: 'deals'; readonly action: 'search'; readonly text: string; readonly public: boolean }
  | { readonly command: 'deals'; readonly action: 'company'; readonly company: string; readonly since: Date | null; readonly public: boolean }
  | { readonly command: 'deals'; readonly action: 'type'; readonly type: DealType; readonly public: boolean }
  | { readonly command: 'deals'; readonly action: 'since'; readonly since: Date; readonly public: boolean }
  | { readonly command: 'deals'; readonly action: 'status'; readonly public: boolean }
  | { readonly command: 'watchlist'; readonly action: 'list'; readonly public: boolean }
  | { readonly command: 'watchlist'; readonly action: 'add'; readonly name: string; readonly aliases: readonly string[]; readonly public: boolean }
  | { readonly command: 'watchlist'; readonly action: 'remove'; readonly name: string; readonly public: boolean }
  | { readonly command: 'feeds'; readonly action: 'list'; readonly public: boolean }
  | { readonly command: 'feeds'; readonly action: 'add'; readonly url: string; readonly public: boolean }
  | { readonly command: 'feeds'; readonly action: 'remove'; readonly target: string; readonly public: boolean };

/** Who is asking. `platformAdmin` is Discord's Manage Server permission (false on Slack). */
export interface Actor {
  readonly platform: 'slack' | 'discord' | 'cli';
  readonly userId: string;
  readonly platformAdmin: boolean;
}

/** A neutral answer; each platform renders it in its own markup, escaping all text. */
export interface Reply {
  readonly visibility: 'ephemeral' | 'public';
  readonly blocks: readonly ReplyBlock[];
}

export type ReplyBlock =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'usage'; readonly text: string }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'deals'; readonly deals: readonly DealRecord[]; readonly more: boolean; readonly moreHint: string | null }
  | { readonly kind: 'watchlist'; readonly entries: readonly WatchEntry[]; readonly more: boolean; readonly moreHint: string | null }
  | { readonly kind: 'feeds'; readonly feeds: readonly FeedRecord[]; readonly more: boolean; readonly moreHint: string | null }
  | {
      readonly kind: 'status';
      readonly healthy: number;
      readonly backingOff: readonly FeedRecord[];
      readonly disabled: readonly FeedRecord[];
      readonly lastCycle: CycleRecord | null;
      readonly pending: Readonly<Record<string, number>>;
    };

// Work per poll (issue 9 point 2): a feed may list any number of items, but a poll reads at
// most `maxItems` of them, the newest. The readers apply the rule to the raw entries (JSON
// objects, XML elements) before mapping them, so dropped entries never become RawItems.
import { InvalidOptionError } from '../model/errors.js';
import type { ParsedFeed, RawItem } from '../model/feed.js';
import { parseFeedDate } from '../normalize/date.js';

/** Items read per feed per poll unless the caller says otherwise (config will expose it). */
export const DEFAULT_MAX_ITEMS_PER_POLL = 500;

/** A parsed feed plus how many of its items the per-poll cap left out (0 when none). */
export interface LimitedFeed extends ParsedFeed {
  readonly droppedItems: number;
}

export interface Selection<T> {
  /** The kept entries, in feed order. */
  readonly kept: T[];
  readonly dropped: number;
}

/**
 * selectNewest keeps the `max` newest entries, in their feed order. The rule:
 * - an entry's date is its parsed date (parseFeedDate), when it has one;
 * - an entry without a (parseable) date counts as new as the nearest dated entry above it in
 *   the feed, and entries above every dated one as newest: feeds list newest first, so with no
 *   dates at all this keeps the first `max` entries;
 * - equal dates go to the entry higher up in the feed.
 * `max` may be Infinity (keep everything); anything else must be an integer >= 0.
 */
export function selectNewest<T>(entries: readonly T[], max: number, dateOf: (entry: T) => string | null): Selection<T> {
  if (max !== Infinity && (!Number.isInteger(max) || max < 0)) throw new InvalidOptionError(`maxItems must be an integer >= 0 or Infinity, got ${max}`);
  if (entries.length <= max) return { kept: [...entries], dropped: 0 };
  const rank = new Float64Array(entries.length);
  let above = Infinity;
  entries.forEach((entry, i) => {
    const time = parseFeedDate(dateOf(entry))?.getTime();
    if (time !== undefined) above = time;
    rank[i] = above;
  });
  const order = Array.from(entries.keys()).sort((a, b) => rank[b]! - rank[a]! || a - b);
  const keep = order.slice(0, max).sort((a, b) => a - b);
  return { kept: keep.map((i) => entries[i]!), dropped: entries.length - keep.length };
}

/** limitItems applies selectNewest to RawItems already read, for callers that have them: `{ items, dropped }`. */
export function limitItems(items: readonly RawItem[], max: number = DEFAULT_MAX_ITEMS_PER_POLL): { items: RawItem[]; dropped: number } {
  const { kept, dropped } = selectNewest(items, max, (item) => item.published);
  return { items: kept, dropped };
}

// Which of a feed's items are new. Identity first, on the cheap keys (guid, link), so only
// new items pay for HTML to text; the caller looks the hashes up in the store in between.
import type { NormalizedItem, RawItem } from '../model/feed.js';
import { itemKeys, normalizeItem, type ItemKeys, type NormalizeContext } from '../normalize/index.js';
import { identityHashes } from './item-identity.js';

export interface Candidate {
  readonly raw: RawItem;
  readonly keys: ItemKeys;
  /** Normalized already when its title and text are part of its identity (no link). */
  readonly full: NormalizedItem | null;
  readonly identityHash: string;
}

export interface NewItem {
  readonly item: NormalizedItem;
  readonly identityHash: string;
}

/** identify gives every raw item its identity hash, in feed order. */
export function identify(raws: readonly RawItem[], ctx: NormalizeContext): Candidate[] {
  const prepared = raws.map((raw) => {
    const keys = itemKeys(raw, ctx);
    // An item with no link is normalized up front: its title and text may be its identity.
    const full = keys.canonicalUrl === null ? normalizeItem(raw, ctx, keys) : null;
    return { raw, keys, full };
  });
  const hashes = identityHashes(prepared.map((p) => p.full ?? { guid: p.keys.guid, canonicalUrl: p.keys.canonicalUrl, title: '', text: '' }));
  return prepared.map((p, i) => ({ ...p, identityHash: hashes[i]! }));
}

/**
 * selectNew keeps the candidates the store has not seen, each identity once, normalized,
 * oldest first (so outbox order follows publication order; undated items count as `now`).
 */
export function selectNew(candidates: readonly Candidate[], seen: ReadonlySet<string>, ctx: NormalizeContext, now: number): NewItem[] {
  const taken = new Set<string>();
  const fresh: NewItem[] = [];
  for (const c of candidates) {
    if (seen.has(c.identityHash) || taken.has(c.identityHash)) continue;
    taken.add(c.identityHash);
    fresh.push({ item: c.full ?? normalizeItem(c.raw, ctx, c.keys), identityHash: c.identityHash });
  }
  const at = (n: NewItem) => n.item.publishedAt?.getTime() ?? now;
  return fresh.sort((a, b) => at(a) - at(b));
}

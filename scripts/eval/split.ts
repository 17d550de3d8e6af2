// Fixed train/test split of the modern dev set. Stories of one deal (a `cluster`)
// always fall on the same side, so a test deal is never seen through another
// outlet's wording in train. Key: the cluster, or the id for stand-alone stories.

import type { ModernRow } from './dataset.js';

export type Part = 'train' | 'test';

/** fnv1a is a stable 32-bit string hash (FNV-1a), independent of Node version and platform. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** partOf: 80% train, 20% test, by the hash of the cluster key. */
export function partOf(row: Pick<ModernRow, 'id' | 'cluster'>): Part {
  return fnv1a(row.cluster ?? row.id) % 100 < 80 ? 'train' : 'test';
}

/** reutersPart keeps the earlier 70/30 dev/holdout split of the Reuters file (Knuth multiplicative hash of the id). */
export function reutersPart(id: number): 'dev' | 'holdout' {
  return (Math.imul(id, 2654435761) >>> 0) % 100 < 70 ? 'dev' : 'holdout';
}

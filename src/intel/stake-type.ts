// A stake's deal type: a minority share bought is an investment, control (a majority, the rest, 50% and more)
// an acquisition. Read from the share next to the deal phrase.
import type { DealType } from '../model/deal.js';
import type { PhraseHit } from './evidence-types.js';
import type { Token } from './text.js';

/** percentNear: the share in "buy 30% of Y" (after the verb) or "a 12% stake" (before the noun), or null. */
function percentNear(toks: readonly Token[], from: number, to: number): number | null {
  const at = (k: number): number | null => {
    const t = toks[k];
    const next = toks[k + 1];
    return t?.digit && (next?.raw === '%' || next?.norm === 'pct' || next?.norm === 'percent') ? Number(t.raw.replace(/,/g, '')) : null;
  };
  for (let k = to; k < Math.min(toks.length, to + 4); k += 1) {
    const share = at(k);
    if (share !== null) return share;
    const t = toks[k] as Token;
    if (
      t.word &&
      !t.digit &&
      !['a', 'an', 'the', 'its', 'about', 'up', 'to', 'another', 'further', 'additional', 'nearly', 'around', 'roughly'].includes(t.norm)
    )
      break;
  }
  for (let k = from - 1; k >= Math.max(0, from - 4); k -= 1) {
    const share = at(k);
    if (share !== null) return share;
  }
  // "lifts its stake in Redlake Cement to 51%": the share a stake is raised to.
  for (let k = to; k < Math.min(toks.length - 1, to + 8); k += 1) {
    if (toks[k]?.norm === 'to' && at(k + 1) !== null) return at(k + 1);
  }
  return null;
}

// Words that make a stake the whole company (or control of it).
export const CONTROL: ReadonlySet<string> = new Set(['majority', 'remaining', 'outstanding', 'controlling']);

/**
 * stakeType: "agreed to buy a 20% stake in Y" and "buys 30% of Y" are investments; a majority,
 * controlling or remaining stake, or 50% and more, is an acquisition.
 */
export function stakeType(type: DealType, toks: readonly Token[], h: PhraseHit, hasStake: boolean, control: boolean): DealType {
  if (type !== 'acquisition' && type !== 'investment') return type;
  const share = percentNear(toks, h.from, h.to);
  if (share !== null) return share >= 50 ? 'acquisition' : 'investment';
  if (type === 'acquisition') return hasStake && !control ? 'investment' : 'acquisition';
  const stakeNoun = toks.slice(h.from, h.to).some((t) => t.norm === 'stake' || t.norm === 'stakes');
  return stakeNoun && control ? 'acquisition' : 'investment';
}

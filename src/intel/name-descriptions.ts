// A sentence's first capitalised word that only describes the company named after it ("Scooter-sharing
// company Verdigris", "Grocery delivery startup Kiranakart", after a dateline "MUMBAI - Grocery app Kormac")
// is no name of its own; orgs.ts asks this before it keeps a one-word run at the start of a sentence.

import type { PosTag } from './pos.js';
import type { Token } from './text.js';

// Nouns that say what kind of company the name after them is.
const KIND_NOUNS =
  /^(startup|start-up|company|firm|maker|operator|provider|developer|platform|app|retailer|lender|insurer|chain|specialist|producer|supplier|manufacturer|publisher|designer|group)$/;
// "Amazon-backed startup Rivian": a company that backs or owns the one named is a name itself.
const OWNER_PARTICIPLES = /^(backed|owned|led|controlled|funded|supported|founded|linked|affiliated)$/;

/**
 * describesNameAfter: lower-case words (or a hyphened compound) and a kind noun, then a capitalised name, follow
 * `k`. A word that may be a verb ("Trackwell taps sensor startup Kestrelink") makes the first word the subject.
 */
export function describesNameAfter(toks: readonly Token[], k: number, pos: readonly PosTag[] | undefined): boolean {
  if (toks[k]?.raw === '-' && OWNER_PARTICIPLES.test(toks[k + 1]?.norm ?? '')) return false;
  for (let j = k; j < Math.min(toks.length, k + 5); j += 1) {
    const t = toks[j] as Token;
    if (KIND_NOUNS.test(t.norm) && !t.cap) return toks[j + 1]?.cap === true;
    if (t.raw === '-') continue;
    if (!t.word || t.cap || t.digit) return false;
    // A hyphened compound ("Scooter-sharing") describes, whatever the tagger makes of its second half.
    if (!t.hyphenBefore && (pos?.[j] === 'VERB' || pos?.[j] === 'AUX' || /(s|ed)$/.test(t.norm))) return false;
  }
  return false;
}

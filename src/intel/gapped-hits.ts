// Deal phrases with words inside them ("acquire a 20 percent stake in"): weights.ts GAPPED_PHRASES found in
// one sentence. The evidence scan and the deal screen both read them here.
import type { DealHit, StorySentence } from './evidence-types.js';
import type { Sentence, Token } from './text.js';
import { GAPPED_PHRASES } from './weights.js';

// Each gapped phrase with its cue as written in running text, in a Title Case headline and in capitals.
const GAPPED = GAPPED_PHRASES.map((g) => ({ ...g, cues: [g.cue, g.cue.charAt(0).toUpperCase() + g.cue.slice(1), g.cue.toUpperCase()] }));

function includesAny(text: string, cues: readonly string[]): boolean {
  for (const c of cues) if (text.includes(c)) return true;
  return false;
}

/** gappedHits: the deal phrases with words inside them (weights.ts GAPPED_PHRASES) in one sentence. */
export function gappedHits(ss: Pick<StorySentence, 'sentence'>): (DealHit & { readonly replaces: boolean })[] {
  const text = ss.sentence.text;
  const out: (DealHit & { readonly replaces: boolean })[] = [];
  for (const g of GAPPED) {
    if (!includesAny(text, g.cues)) continue;
    const m = g.pattern.exec(text);
    if (!m) continue;
    const toks = ss.sentence.tokens;
    const start = m.index;
    const end = m.index + m[0].trimEnd().length;
    const from = toks.findIndex((t) => t.end > start);
    let to = from;
    while (to < toks.length && (toks[to] as Token).start < end) to += 1;
    // One pattern under several cues ("talk", "report") counts once.
    if (from < 0 || to <= from || out.some((h) => h.from === from && h.to === to && h.type === g.type)) continue;
    out.push({ type: g.type, weight: g.weight, kind: g.kind, from, to, phrase: `~${g.cue}`, text: m[0].trim(), replaces: g.replaces === true });
  }
  return out;
}

/** hasGappedPhrase: a gapped deal phrase ("acquire a 20 percent stake") in the sentence; the deal screen's test. */
export function hasGappedPhrase(sentence: Sentence): boolean {
  return gappedHits({ sentence }).length > 0;
}

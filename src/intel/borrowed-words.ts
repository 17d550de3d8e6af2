// Deal words that wire copy borrows for something else, asked by the evidence gate
// (evidence.ts): a dealer's two-way price ("118 pct bid/125 offered"), a meeting "held"
// rather than shares, and a company "selling" its own new shares to raise money. Each
// test reads only the tokens around the phrase, so it costs nothing on other sentences.

import type { PhraseHit, StorySentence } from './evidence-types.js';
import type { Sentence, Token } from './text.js';

// What a quoted price stands after ("135 pct bid"), and what one holds when a holding is a stake.
const QUOTED_AFTER = /^(pct|percent|cents|cts|points|pts)$/;
const HELD = /^(pct|percent|stake|stakes|shares|stock|interest|interests|holding|holdings|common|preferred|warrants)$/;

/** twoWayQuote: "bid/140 offered", "bid at 125 pct, offered at 132": a bid beside an offered price is a market quote. */
function twoWayQuote(toks: readonly Token[], to: number): boolean {
  const after = toks.slice(to, to + 10);
  const offered = after.findIndex((t) => /^(offered|asked)$/.test(t.norm));
  return offered >= 0 && (toks[to]?.raw === '/' || after.slice(0, offered).some((t) => t.digit));
}

// How a company says it is issuing shares for money rather than selling a holding.
const ISSUE_CUES = /\b(?:private placement|public offering|rights issue|underwrit\w*|to raise|flow-through)\b/i;
const ISSUED = /^(shares|preferred|common|stock|units|warrants)$/;

/** ownSharesIssued: "sell one mln preferred shares by way of private placement": the seller's own new shares, no company's. */
export function ownSharesIssued(ss: StorySentence, hit: PhraseHit, lead: Sentence | undefined): boolean {
  const toks = ss.sentence.tokens;
  let k = hit.to;
  while (
    k < toks.length &&
    k < hit.to + 6 &&
    (toks[k]?.digit ||
      /^(mln|million|billion|of|its|new|additional|up|to|about|one|two|three|four|five|six|seven|eight|nine|ten|cumulative|convertible|redeemable|series|[a-z])$/.test(
        toks[k]?.norm ?? '',
      ))
  )
    k += 1;
  if (!ISSUED.test(toks[k]?.norm ?? '') && !(ISSUED.test(toks[k + 1]?.norm ?? '') && ISSUED.test(toks[k]?.norm ?? ''))) return false;
  // "sell its shares in Imperial", "shares of Branwell": a holding in another company changes hands.
  const tail = toks.slice(k, k + 4);
  if (tail.some((t) => t.norm === 'in' || t.norm === 'of') || ss.orgs.some((o) => o.from > hit.to && o.from <= k)) return false;
  return ISSUE_CUES.test(ss.sentence.text) || (ss.index < 0 && !!lead && ISSUE_CUES.test(lead.text));
}

/** quotedPrice: "bid 125 pct", "135 pct bid", "bid/140 offered": a bid or offer word at [from, to) that is a market quote. */
export function quotedPrice(toks: readonly Token[], from: number, to: number): boolean {
  if (toks[to]?.digit && QUOTED_AFTER.test(toks[to + 1]?.norm ?? '')) return true;
  return QUOTED_AFTER.test(toks[from - 1]?.norm ?? '') || twoWayQuote(toks, to);
}

/** holdsShares: "holds 9.1 pct of", "holds a stake": what follows "holds" is a holding, not a meeting or talks. */
export function holdsShares(toks: readonly Token[], to: number): boolean {
  return toks.slice(to, to + 8).some((t) => HELD.test(t.norm) || t.raw === '%');
}

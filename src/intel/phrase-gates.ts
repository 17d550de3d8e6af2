// Grammar checks on one deal phrase that evidence.ts asks (its gate and its weights): a deal noun that only
// describes a company ("investment group"), a prize won ("wins industry award"), a weak verb in the passive
// with a buyer after it ("has been bought by Aalborg Freight"), and a sum paid to a company for its unit.

import type { PhraseHit, StorySentence } from './evidence-types.js';
import { isMoneyAt } from './raised-money.js';
import type { Sentence, Token } from './text.js';

// Verbs a prize is won with: "wins industry award", "received an award".
const PRIZE_VERBS = /^(wins|won|win|receives|received|earns|earned|gets|got|collects|collected|scoops|scooped)$/;
// What an award of work names beside it: a contract, an order, what is to be supplied or built.
const AWARDED_WORK = /^(contract|contracts|order|orders|deal|supply|build|provide|deliver|tender)$/;
// Deal nouns that describe a company when a company noun follows them: "investment group", "buyout firm".
const COMPANY_OF: Readonly<Record<string, RegExp>> = {
  investment:
    /^(firm|firms|group|groups|company|companies|house|houses|manager|managers|bank|banks|banker|bankers|vehicle|trust|adviser|advisers|advisor|boutique|giant)$/,
  buyout: /^(firm|firms|group|groups|fund|funds|house|houses|shop|giant|specialist|titan)$/,
};

/**
 * boughtByOrg: "Rowntree Logistics, a freight forwarder, has been bought by Danish rival Aalborg Freight": a
 * company bought by another, in the passive, is what the weak verb acts on.
 */
export function boughtByOrg(ss: StorySentence, hit: PhraseHit): boolean {
  const toks = ss.sentence.tokens;
  if (!/^(bought|purchased)$/.test(toks[hit.to - 1]?.norm ?? '') || toks[hit.to]?.norm !== 'by') return false;
  const named = ss.orgs.some((o) => o.kind === 'org' && o.to <= hit.from);
  const buyer = ss.orgs.some((o) => o.kind === 'org' && o.from > hit.to && o.from <= hit.to + 4);
  return named && buyer;
}

// What a company owns and may sell for a sum: "for its bottling unit", "for the remaining Hulu stake".
const OWNED_PARTS = /^(unit|units|business|businesses|division|divisions|arm|subsidiary|operations|stake|assets)$/;

/** paysForOwned: "pay <company> <money> for its <unit>": a payee named, a sum, and a part of a company after "for". */
export function paysForOwned(ss: StorySentence, h: PhraseHit): boolean {
  const toks = ss.sentence.tokens;
  const at = toks[h.to]?.norm === 'the' ? h.to + 1 : h.to;
  const payee = ss.orgs.find((o) => o.from === at && o.kind === 'org');
  if (!payee) return false;
  const forAt = toks.findIndex((t, i) => i > payee.to && i < payee.to + 8 && t.norm === 'for');
  if (forAt < 0 || !toks.slice(payee.to, forAt).some((_t, i) => isMoneyAt(toks, payee.to + i))) return false;
  return toks.slice(forAt + 1, forAt + 7).some((t) => OWNED_PARTS.test(t.norm));
}

/**
 * prizeWon: "wins industry award for locomotive design" is a prize; an award of work names a sum, a contract or an
 * order (a headline's award may find its sum in the lead: "confirms Ashdown signalling award" over "the £640m contract").
 */
export function prizeWon(ss: StorySentence, hit: PhraseHit, lead: Sentence | undefined): boolean {
  const toks = ss.sentence.tokens;
  if (toks[hit.from]?.norm !== 'award' || hit.to - hit.from !== 1) return false;
  const work = (xs: readonly Token[]): boolean => xs.some((t, i) => isMoneyAt(xs, i) || AWARDED_WORK.test(t.norm));
  const won = toks.slice(Math.max(0, hit.from - 4), hit.from).some((t) => PRIZE_VERBS.test(t.norm));
  return won && !work(toks) && !(ss.index < 0 && lead !== undefined && work(lead.tokens));
}

/** describesCompany: "Australian investment group Yarran Capital", "buyout firm Sorrel Partners": a deal noun naming what a company does. */
export function describesCompany(toks: readonly Token[], hit: PhraseHit): boolean {
  return COMPANY_OF[toks[hit.to - 1]?.norm ?? '']?.test(toks[hit.to]?.norm ?? '') ?? false;
}

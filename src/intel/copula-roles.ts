// Roles the lead states outright with "to be": "The buyer is Vantage Health Partners", "the seller is
// Australian investment group Yarran Capital", "The winners are Selene Dynamics and Corvid Space", "The
// investor is Japanese carmaker Okabe Motors", "Amberline is the buyer". Such a sentence names a side in so
// many words, so its roles are noted before any frame's: a frame around "buyer" reads the name after it as
// what is bought.

import type { CompanyRole, DealType } from '../model/deal.js';
import { groupLeft, groupRight } from './org-groups.js';
import { DEMONYMS, PLACES } from './org-words.js';
import type { OrgSpan } from './orgs.js';
import type { Sentence, Token } from './text.js';

export interface CopulaRole {
  readonly org: OrgSpan;
  readonly role: CompanyRole;
}

// The nouns that name a side, per deal type (Maps: a story's word is never an object's own property).
const SIDE_NOUNS: ReadonlyMap<DealType, ReadonlyMap<string, CompanyRole>> = new Map<DealType, ReadonlyMap<string, CompanyRole>>([
  [
    'acquisition',
    nounsFor({
      buyer: 'acquirer',
      buyers: 'acquirer',
      acquirer: 'acquirer',
      acquirers: 'acquirer',
      purchaser: 'acquirer',
      seller: 'seller',
      sellers: 'seller',
      vendor: 'seller',
    }),
  ],
  [
    'investment',
    nounsFor({ investor: 'investor', investors: 'investor', backer: 'investor', backers: 'investor', buyer: 'investor', seller: 'seller', sellers: 'seller' }),
  ],
  ['funding', nounsFor({ investor: 'investor', investors: 'investor', backer: 'investor', backers: 'investor' })],
  [
    'contract',
    nounsFor({
      winner: 'supplier',
      winners: 'supplier',
      supplier: 'supplier',
      suppliers: 'supplier',
      contractor: 'supplier',
      customer: 'customer',
      client: 'customer',
      buyer: 'customer',
    }),
  ],
]);

function nounsFor(table: Readonly<Record<string, CompanyRole>>): ReadonlyMap<string, CompanyRole> {
  return new Map(Object.entries(table));
}
const BE = /^(is|are|was|were|be)$/;
// "The lead investor is", "the sole bidder was": words that sharpen the noun without changing the side.
const SHARPEN = /^(lead|sole|new|winning|successful|main|prime|anchor|only|other)$/;
const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACES, ...DEMONYMS]);

/** nameAfter: the organisation group after "is", over a description ("Australian investment group Yarran"). */
function nameAfter(orgs: readonly OrgSpan[], toks: readonly Token[], k: number): OrgSpan[] {
  for (let j = k; j < Math.min(toks.length, k + 6); j += 1) {
    const o = orgs.find((x) => x.from === j);
    if (o) return groupRight(orgs, toks, o);
    const t = toks[j] as Token;
    const describes = t.word && !t.digit && (!t.cap || PLACE_WORDS.has(t.norm) || t.norm === 'u.s');
    if (!describes && t.raw !== '-') return [];
  }
  return [];
}

/** copulaRoles reads "the <side> is X" and "X is the <side>" in the lead sentences. */
export function copulaRoles(type: DealType, sentences: readonly { sentence: Sentence; orgs: readonly OrgSpan[] }[]): CopulaRole[] {
  const nouns = SIDE_NOUNS.get(type);
  if (!nouns) return [];
  const out: CopulaRole[] = [];
  // People take part only as buyers or investors.
  const push = (org: OrgSpan, role: CompanyRole): void => {
    if (org.kind === 'org' || role === 'acquirer' || role === 'investor') out.push({ org, role });
  };
  for (const { sentence, orgs } of sentences) {
    const toks = sentence.tokens;
    for (let k = 1; k < toks.length; k += 1) {
      const role = nouns.get(toks[k]?.norm ?? '');
      if (!role) continue;
      let d = k - 1;
      while (d >= 0 && SHARPEN.test(toks[d]?.norm ?? '')) d -= 1;
      if (toks[d]?.norm !== 'the') continue;
      // "The buyer is Vantage Health Partners": the noun opens its clause (a sentence, or after "and" or a comma).
      const opens = d === 0 || /^(and|,)$/.test(toks[d - 1]?.raw === ',' ? ',' : (toks[d - 1]?.norm ?? ''));
      if (opens && BE.test(toks[k + 1]?.norm ?? '')) for (const o of nameAfter(orgs, toks, k + 2)) push(o, role);
      // "Amberline Energy is the buyer": the clause ends with the noun.
      const end = toks[k + 1];
      if (BE.test(toks[d - 1]?.norm ?? '') && (!end || /^[.,;]$/.test(end.raw))) {
        const last = orgs.find((o) => o.to === d - 1);
        if (last) for (const o of groupLeft(orgs, toks, last)) push(o, role);
      }
    }
  }
  return out;
}

// What a deal word acts on, read from the words around it, for the words headlines use in more than one
// sense: "nabs" money or a company, "orders" jets or a company to do something, "wins" a contract or an
// approval, "merges" two companies or two of its own units. evidence.ts asks these before a phrase counts.

import type { PhraseHit, StorySentence } from './evidence-types.js';
import { objectIsOrg, OWNABLE } from './objects.js';
import type { Token } from './text.js';

// Headline verbs that take money or a company: "Lime nabs $335M" raises money, "Amazon nabs Blink" buys Blink.
const NAB_VERBS = /^(nabs|nabbed|snags|snagged|grabs|grabbed|bags|bagged)$/;
// What may follow the company a verb takes when the company is not what is taken: "lands AirAsia order".
const DEAL_NOUN_NEXT = /^(order|orders|contract|contracts|deal|deals|funding|investment|round|stake|award|backing)$/;

/** nabbedCompany: a money-raising headline verb whose object is a company ("Facebook snags Oculus") buys it. */
export function nabbedCompany(ss: StorySentence, h: PhraseHit): PhraseHit | null {
  const v = h.value;
  if (v.kind !== 'deal' || v.type !== 'funding' || !NAB_VERBS.test(ss.sentence.tokens[h.from]?.norm ?? '') || !objectIsOrg(ss, h)) return null;
  const org = ss.orgs.find((o) => o.from >= h.to && o.from <= h.to + 3);
  if (org && DEAL_NOUN_NEXT.test(ss.sentence.tokens[org.to]?.norm ?? '')) return null;
  return { ...h, value: { kind: 'deal', type: 'acquisition', weight: 2, frame: 'acquire', phrase: v.phrase } };
}

// Words between a sum and its bid: "£7bn hostile bid", "$39 billion all-cash offer".
const BID_WORDS = /^(hostile|cash|all|share|stock|takeover|rival|sweetened|improved|higher|unsolicited|agreed|revised|new|fresh|-)$/;

/** pricedNoun: a sum of millions or billions, or a price a share, right before a deal noun ("$39 billion bid"): a price put on a company. */
export function pricedNoun(toks: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && k >= from - 4 && BID_WORDS.test(toks[k]?.norm ?? '')) k -= 1;
  // "Bramhall's improved 520p offer", "a 450p-a-share bid", "410 pence a share offer": a price a share in pence.
  if (toks[k]?.norm === 'a' && /^(share|-)$/.test(toks[k + 1]?.norm ?? '')) k -= toks[k - 1]?.raw === '-' ? 2 : 1;
  if (toks[k]?.norm === 'pence' && toks[k - 1]?.digit) return true;
  const t = toks[k];
  if (!t) return false;
  if (t.digit && /^\d[\d.]*p$/.test(t.norm)) return true;
  if (t.digit) return /\d(?:bn|b|m|mln|bln)$/.test(t.norm) && ['$', '€', '£', '¥', '₹'].includes(toks[k - 1]?.raw ?? '');
  return /^(million|billion|bn|mln|bln)$/.test(t.norm) && !!toks[k - 1]?.digit;
}

// Headline verbs that buy only what they name: "picks up Bebop" (not "picks up 100 orders from Emirates").
const NAMED_OBJECT_ONLY: ReadonlySet<string> = new Set(['=picks =up', '=picked =up', '=swallows']);

// "Judge orders Uber to hand over documents": an order given to someone is a command, not a purchase.
const ORDER_VERBS = /^(orders|ordered|order|ordering)$/;
const PRONOUNS = /^(it|them|him|her|us|companies|banks|firms)$/;
// "wins EU approval for", "wins backing for": what is won is no contract.
const NOT_WON =
  /^(approval|approvals|backing|clearance|nod|support|vote|votes|case|appeal|ruling|lawsuit|suit|award|awards|prize|title|election|seat|reprieve|injunction|praise|battle|race|fight|fans|share)$/;
// "Robots will take over 800 million jobs": jobs, users and markets are taken over, not bought.
const NOT_BOUGHT = /^(jobs|workers|staff|employees|customers|users|subscribers|tasks|roles|lives|world|internet)$/;
const OBJECT_FILLER = /^(a|an|the|its|their|some|about|up|to|more|than|nearly|million|billion|mln|bln|thousand|new|all|most|many)$/;
// Words before a contract that say it is still being bid for: "bids for Pentagon cloud contract".
const BIDDING = /^(bid|bids|bidding|vie|vies|vying|compete|competes|competing|battle|battles|race|races|eyes|chase|chases)$/;

function firstObjectWord(toks: readonly Token[], from: number): string | undefined {
  for (let k = from; k < Math.min(toks.length, from + 6); k += 1) {
    const t = toks[k] as Token;
    if (t.word && !t.digit && !OBJECT_FILLER.test(t.norm)) return t.norm;
  }
  return undefined;
}

/** objectGate tells why a deal word does not count for what it acts on, or null when it may. */
export function objectGate(ss: StorySentence, hit: PhraseHit): string | null {
  const v = hit.value;
  if (v.kind !== 'deal') return null;
  const toks = ss.sentence.tokens;
  if (NAMED_OBJECT_ONLY.has(v.phrase) && !objectIsOrg(ss, hit) && !toks.slice(hit.to, hit.to + 4).some((t) => OWNABLE.has(t.norm)))
    return 'its object is no company it names';
  const head = toks[hit.from]?.norm ?? '';
  if (v.type === 'contract' && ORDER_VERBS.test(head)) {
    const named = ss.orgs.find((o) => o.from === hit.to);
    const after = named ? named.to : PRONOUNS.test(toks[hit.to]?.norm ?? '') ? hit.to + 1 : -1;
    if (after > 0 && toks[after]?.norm === 'to' && toks[after + 1]?.word && !toks[after + 1]?.digit)
      return 'an order to do something: a command, not a purchase';
  }
  if (v.type === 'contract' && /^(wins|win|won|winning)$/.test(head) && toks.slice(hit.to, hit.to + 4).some((t) => NOT_WON.test(t.norm)))
    return 'wins something other than a contract';
  if (v.type === 'contract' && toks.slice(Math.max(0, hit.from - 5), hit.from).some((t) => BIDDING.test(t.norm)) && /^contracts?$/.test(head))
    return 'a contract still bid for';
  if (v.type === 'acquisition' && toks.slice(hit.to, hit.to + 6).some((t) => /^contracts?$/.test(t.norm)) && /^(bid|bids|bidding)$/.test(head))
    return 'a bid for a contract, not for a company';
  if (v.type === 'acquisition' && v.weight < 3 && !objectIsOrg(ss, hit) && NOT_BOUGHT.test(firstObjectWord(toks, hit.to) ?? ''))
    return 'what is taken is no company';
  // "Google merges Nest into its hardware division": one company putting its own units together.
  if (
    v.type === 'merger' &&
    /^merg/.test(head) &&
    toks.slice(hit.to, hit.to + 8).some((t, i) => t.norm === 'into' && /^(its|their|his|her)$/.test(toks[hit.to + i + 1]?.norm ?? ''))
  )
    return 'units merged inside one company';
  return null;
}

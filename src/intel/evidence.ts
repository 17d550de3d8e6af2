// Per-sentence deal evidence: each lexicon phrase adds its weight to its type,
// scaled by where the sentence sits and whether an organisation is near, after
// the grammar has had its say. Where a sentence was tagged, a word that may be a
// verb or a noun ("Buy", "Partner", "Raises") counts only as the part of speech
// its phrase needs, and never inside a company's name ("Sycamore Partners").

import type { DealType } from '../model/deal.js';
import { isCommonWord } from './common-words.js';
import type { DealHit, Dropped, LexValue, PhraseHit, SentenceEvidence, StorySentence } from './evidence-types.js';
import type { CueKind } from './lexicon.js';
import {
  goodsBefore,
  goodsBetweenCompanies,
  goodsObject,
  hasOwnableObject,
  nextWord,
  NOT_OWNED,
  objectIsOrg,
  OWNABLE,
  SECTORS,
  tradesGoods,
} from './objects.js';
import { holdsShares, ownSharesIssued, quotedPrice } from './borrowed-words.js';
import { nabbedCompany, objectGate, pricedNoun } from './object-gates.js';
import { PLACES } from './org-words.js';
import type { PhraseTrie } from './phrase-trie.js';
import { boughtByOrg, describesCompany, paysForOwned, prizeWon } from './phrase-gates.js';
import { isMoneyAt, raisesMoney } from './raised-money.js';
import { sovereignSubject } from './sovereign-subject.js';
import { intoVenture, ipoToCome } from './venture.js';
import type { Sentence, Token } from './text.js';
import { w } from './weights.js';
import { gappedHits } from './gapped-hits.js';
import { CONTROL, stakeType } from './stake-type.js';

export type { DealHit, LexValue, PhraseHit, SentenceEvidence, StorySentence } from './evidence-types.js';
export { hasOwnableObject, OWNABLE } from './objects.js';
export { raisesMoney } from './raised-money.js';
export { hasGappedPhrase } from './gapped-hits.js';

// "take Corvid Retail private", "buy the rest of X out": a deal phrase with the object inside it.
const TAKE: ReadonlySet<string> = new Set(['take', 'takes', 'taking', 'took', 'taken']);
const TAKE_PRIVATE: LexValue = { kind: 'deal', type: 'acquisition', weight: 3, frame: 'acquire', phrase: '=take … =private' };

/** scanSentence finds non-overlapping lexicon phrases, longest first from the left. */
export function scanSentence(sentence: Sentence, trie: PhraseTrie<LexValue>): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const toks = sentence.tokens;
  for (let i = 0; i < toks.length; i += 1) {
    if (!TAKE.has(toks[i]?.norm ?? '')) continue;
    for (let k = i + 2; k < Math.min(toks.length, i + 7); k += 1) {
      if (toks[k]?.norm === 'private' && toks.slice(i + 1, k).some((t) => t.cap || t.norm === 'it' || t.norm === 'company')) {
        hits.push({ value: TAKE_PRIVATE, from: i, to: i + 1 });
        break;
      }
    }
  }
  if (hits.length > 0) {
    // The rest of the sentence is scanned as usual, around the taken span.
    const rest = scanPlain(sentence, trie).filter((h) => !hits.some((x) => x.from === h.from));
    return [...hits, ...rest].sort((a, b) => a.from - b.from);
  }
  return scanPlain(sentence, trie);
}

function scanPlain(sentence: Sentence, trie: PhraseTrie<LexValue>): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const toks = sentence.tokens;
  let i = 0;
  while (i < toks.length) {
    const m = toks[i]?.word ? trie.longestAt(toks, i) : undefined;
    if (m) {
      hits.push({ value: m.value, from: i, to: m.end });
      i = m.end;
    } else i += 1;
  }
  return hits;
}

export function positionWeight(index: number): number {
  if (index < 0) return w('position:title');
  if (index < 2) return w('position:lead');
  if (index < 5) return w('position:early');
  return w('position:late');
}

/** orgNear: something organisation-like within 8 tokens of the phrase. */
function orgNear(ss: StorySentence, from: number, to: number): boolean {
  if (ss.sentence.shouty) return true;
  if (ss.orgs.some((o) => o.strong && o.to > from - 8 && o.from < to + 8)) return true;
  const toks = ss.sentence.tokens;
  for (let k = Math.max(0, from - 8); k < Math.min(toks.length, to + 8); k += 1) {
    if (k >= from && k < to) continue;
    const t = toks[k] as Token;
    if (t.raw === '<') return true;
    if (t.cap && k > 0 && t.norm.length > 1 && !isCommonWord(t.norm)) return true;
  }
  return false;
}

// Words that may be a verb or a noun: where the sentence was tagged, their phrase needs the verb.
const VERB_ONLY: ReadonlySet<string> = new Set([
  'buy',
  'buys',
  'bought',
  'buying',
  'sell',
  'sells',
  'sold',
  'selling',
  'partner',
  'partners',
  'license',
  'licenses',
  'raises',
  'raised',
  'orders',
  'ordered',
  'wins',
  'win',
  'won',
  'awards',
  'snaps',
  'picks',
  'selects',
  'taps',
]);

// "explores a sale", "ends sale talks", "puts itself up for sale": a company selling itself.
const SALE_STARTERS =
  /^(explore|explores|exploring|explored|consider|considers|considering|weigh|weighs|weighing|seek|seeks|seeking|pursue|pursues|pursuing|launch|launches|launched|ends|ended|halts|halted|starts|started|begins|began|resumes|revives|revived|up)$/;

function selfSale(toks: readonly Token[], hit: PhraseHit): boolean {
  if (hit.to - hit.from !== 1 || toks[hit.from]?.norm !== 'sale') return false;
  if (/^(talks|process)$/.test(toks[hit.to]?.norm ?? '')) return true;
  let k = hit.from - 1;
  while (k >= 0 && /^(a|the|possible|potential|formal|for|its|outright)$/.test(toks[k]?.norm ?? '')) k -= 1;
  // "up for sale" but not "on sale".
  return SALE_STARTERS.test(toks[k]?.norm ?? '') && (toks[k]?.norm !== 'up' || toks[hit.from - 1]?.norm === 'for');
}

/** gate tells why a deal phrase does not count here, or null when it does. */
function gate(ss: StorySentence, hit: PhraseHit, lead: Sentence | undefined): string | null {
  const v = hit.value;
  if (v.kind !== 'deal') return null;
  const toks = ss.sentence.tokens;
  const head = toks[hit.from] as Token;
  // Inside a name: "Sycamore Partners", "Ares Acquisition Corp", "Lattice Hill Ventures".
  const inside = ss.orgs.find((o) => o.strong && o.from <= hit.from && hit.to <= o.to && o.to - o.from > hit.to - hit.from);
  if (inside && (inside.watched || !/^(acquisition|merger)$/.test(head.norm))) return `part of the name "${inside.name}"`;
  if (ss.pos && VERB_ONLY.has(head.norm) && hit.to - hit.from === 1) {
    const tag = ss.pos[hit.from];
    if (tag !== 'VERB') return `"${head.raw}" is a ${tag === 'PROPN' ? 'name' : 'noun'} here`;
  }
  if (prizeWon(ss, hit, lead)) return 'a prize, not an award of work';
  if (describesCompany(toks, hit)) return 'describes a company, not a deal';
  if (v.type === 'funding' && /^(raises|raised|lands|landed|secures|secured|bags|nabs|snags)$/.test(head.norm) && !raisesMoney(toks, hit.to))
    return 'raises something other than money';
  // "offer to buy back its debt": a buyback, the longer phrase having hidden its cue; but a holder's stake
  // bought back ("buy back the 9.9 pct stake held by") is a stake changing hands, and a company bought back a company bought.
  if (
    v.type === 'acquisition' &&
    toks[hit.to]?.norm === 'back' &&
    /^(buy|buys|buying|bought|repurchase)$/.test(toks[hit.to - 1]?.norm ?? '') &&
    !toks.slice(hit.to, hit.to + 8).some((t) => t.norm === 'stake' || t.norm === 'pct' || t.raw === '%' || t.norm === 'held') &&
    // "buys back Ortiz Cosmetics from Halvorsen": a company bought back is a company bought.
    !ss.orgs.some((o) => o.kind === 'org' && o.from > hit.to && o.from <= hit.to + 2)
  )
    return 'a buyback, not a purchase of a company';
  // "agrees to pay $725 million to settle a suit": a settlement, not a purchase.
  if (v.frame === 'pay' && toks.slice(hit.to, hit.to + 10).some((t) => /^(settle|settles|settlement|fine|fines|penalty|damages|resolve)$/.test(t.norm)))
    return 'a payment to settle, not to buy';
  // "NATO holds emergency meeting": one holds shares or a stake, not a meeting.
  if (v.phrase === '=holds' && !holdsShares(toks, hit.to)) return 'holds something other than shares';
  // "8% of its staff": a share of something that is no company.
  if (v.type === 'investment' && toks[hit.to - 1]?.norm === 'of' && NOT_OWNED.has(nextWord(toks, hit.to) ?? ''))
    return 'a share of something that is no company';
  // "investment in developing nations", "state investment in grain": money for an economy or a sector, not a company.
  if (v.type === 'investment' && toks[hit.to - 1]?.norm === 'in' && SECTORS.has(nextWord(toks, hit.to) ?? ''))
    return 'money for a sector or an economy, not a company';
  // "Brazil cancels oil purchase", "Bank of France buying dollars": states trade goods, not companies.
  const owned = toks.slice(hit.to, hit.to + 6).some((t) => OWNABLE.has(t.norm) && !['shares', 'stock', 'pct', 'interest'].includes(t.norm));
  if ((v.type === 'acquisition' || v.type === 'investment' || v.type === 'merger') && !owned && sovereignSubject(toks, ss.orgs) && !objectIsOrg(ss, hit)) {
    return 'a state or central bank trading, not a company deal';
  }
  // "Amazon picks New York and Virginia for HQ2": a place picked is a site, not a supplier.
  if (v.frame === 'award' && /^(picks|picked|selects|selected|chooses|chose|taps|tapped)$/.test(head.norm) && PLACES.has(toks[hit.to]?.norm ?? ''))
    return 'a place picked, not a supplier';
  // "Uber picks Dara Khosrowshahi as CEO", "taps banker to lead unit": a person picked for a post.
  if (
    v.frame === 'award' &&
    /^(picks|picked|selects|selected|chooses|chose|taps|tapped)$/.test(head.norm) &&
    toks.slice(hit.to, hit.to + 6).some((t) => POSTS.has(t.norm))
  )
    return 'a person picked for a post, not a supplier';
  // "barge rates bid 125 pct of tariff", "120 pct bid/127-1/2 offered": a market quote, not a takeover bid.
  if (/^(bid|bids|offer|offers|offered)$/.test(head.norm) && hit.to - hit.from === 1 && quotedPrice(toks, hit.from, hit.to)) return 'a price quote';
  // "agreed to sell one mln preferred shares by way of private placement to raise 32.5 mln dlrs": a company
  // issuing its own shares raises money; it sells no company and no stake in one.
  if (v.type === 'acquisition' && v.frame === 'sell' && ownSharesIssued(ss, hit, lead)) return 'its own shares issued, not a sale of a company';
  // "reached agreement in principle to sell one mln preferred shares ...": the agreement is that issue's.
  if (
    v.type === 'acquisition' &&
    toks[hit.to]?.norm === 'to' &&
    /^(sell|issue|place)$/.test(toks[hit.to + 1]?.norm ?? '') &&
    ownSharesIssued(ss, { ...hit, from: hit.to + 1, to: hit.to + 2 }, lead)
  )
    return 'an agreement to issue its own shares';
  // "PETROBRAS CANCELS OIL PURCHASE", "UNIT IN LOAN PURCHASE": a purchase of goods.
  if (v.type === 'acquisition' && v.frame === 'nominal' && v.weight < 3 && goodsBefore(toks, hit.from) && !objectIsOrg(ss, hit))
    return 'a purchase of goods, not of a company';
  const headlineWhy = objectGate(ss, hit);
  if (headlineWhy) return headlineWhy;
  // "Corvane is in talks to go private": the one going private is the object it needs.
  if (v.type === 'acquisition' && v.weight < 3 && !/privat/.test(v.phrase)) {
    // A headline verb may find its object in the lead ("COMPLETES PURCHASE"), but not "pays" or "offers".
    const leadOwns =
      ss.index < 0 &&
      lead &&
      v.frame !== 'pay' &&
      !/^offers?$/.test(head.norm) &&
      !goodsObject(toks, hit.to, v.frame === 'nominal' ? hit.from : hit.to) &&
      hasOwnableObject(lead, 0);
    // "Dunmore raises Calloway offer": the company a deal noun is about may stand right before it.
    // "GKN rejects Melrose's £7bn hostile bid": a bid with a price of millions is for a company, when one is named.
    const before =
      v.frame === 'nominal' &&
      (ss.orgs.some((o) => o.strong && (o.to === hit.from || (o.to === hit.from - 1 && !toks[hit.from - 1]?.cap))) ||
        (pricedNoun(toks, hit.from) && ss.orgs.some((o) => o.strong && o.kind === 'org')));
    const owns =
      before ||
      boughtByOrg(ss, hit) ||
      (objectIsOrg(ss, hit) && !tradesGoods(ss)) ||
      hasOwnableObject(ss.sentence, hit.from, hit.to, v.frame === 'nominal') ||
      leadOwns ||
      selfSale(toks, hit);
    if (!owns) return 'its object is not something a company owns';
    if (v.frame === 'pay' && !toks.slice(hit.to, hit.to + 6).some((_t, i) => isMoneyAt(toks, hit.to + i))) return 'pays no sum';
  }
  if (v.type === 'ipo' && ipoToCome(toks, hit)) return 'an offering still to come: the occasion of a round';
  if (
    v.type === 'funding' &&
    head.norm === 'round' &&
    hit.to - hit.from === 1 &&
    !toks.some((t, i) => isMoneyAt(toks, i) || /^(funding|financing|investors|raised|raises|series|seed|led)$/.test(t.norm))
  ) {
    return 'a round of something else';
  }
  return null;
}

// "agreement to sell its unit", "pact to buy": the agreement belongs to the deal its verb names.
const AGREEMENT_NOUNS: ReadonlySet<string> = new Set(['agreement', 'agreements', 'deal', 'pact', 'accord', 'contract']);
const AGREEMENT_VERBS: ReadonlySet<string> = new Set(['buy', 'acquire', 'sell', 'purchase', 'merge', 'combine', 'invest', 'take']);

function agreementTo(toks: readonly Token[], h: PhraseHit): string | null {
  const v = h.value;
  if (v.kind !== 'deal' || (v.type !== 'partnership' && v.type !== 'contract') || !AGREEMENT_NOUNS.has(toks[h.to - 1]?.norm ?? '')) return null;
  const k = h.to;
  if (toks[k]?.norm === 'to' && AGREEMENT_VERBS.has(toks[k + 1]?.norm ?? '')) return `an agreement to ${toks[k + 1]?.norm ?? ''}: counted with that verb`;
  return null;
}

const NO_TYPES: ReadonlyMap<DealType, number> = new Map();
const NO_CUES: ReadonlySet<CueKind> = new Set();

const ROUND_JOINERS: ReadonlySet<string> = new Set(['leads', 'led', 'joins', 'joined', 'co-leads']);
const POSTS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'chief', 'chairman', 'chairwoman', 'president', 'boss', 'successor', 'director']);
const GENERIC_PACTS: ReadonlySet<string> = new Set(['=agreement', '=deal', '=pact']);
const SIGN_VERBS: ReadonlySet<string> = new Set(['sign', 'signs', 'signed', 'ink', 'inks', 'inked']);
// Two names as one subject at the start of a sentence: "Toyota and Mazda", "GM & Honda".
const PAIR_SUBJECT = /^(?:[A-Z][\w&.'-]*\s+){1,3}(?:and|&)\s+[A-Z]/;

/** evaluate scores one sentence. */
/** hitText: the words of a phrase hit as the sentence writes them. */
function hitText(sentence: Sentence, h: PhraseHit): string {
  return sentence.text.slice(sentence.tokens[h.from]?.start ?? 0, sentence.tokens[h.to - 1]?.end ?? 0);
}

export function evaluate(ss: StorySentence, lead?: Sentence): SentenceEvidence {
  const position = positionWeight(ss.index);
  const gapped = ss.index < 3 ? gappedHits(ss) : [];
  // Most sentences carry no lexicon phrase at all: share one empty result for them.
  if (ss.hits.length === 0 && gapped.length === 0) return { ss, deals: [], dropped: [], byType: NO_TYPES, total: 0, cues: NO_CUES, position };
  const cues = new Set<CueKind>();
  const byType = new Map<DealType, number>();
  const deals: DealHit[] = [];
  const dropped: Dropped[] = [];
  const toks = ss.sentence.tokens;
  const hasStake = ss.hits.some((h) => h.value.kind === 'deal' && h.value.type === 'investment' && h.value.weight >= 3);
  const control = toks.some((t) => CONTROL.has(t.norm)) && !toks.some((t) => t.norm === 'minority');
  for (const found of ss.hits) {
    const h = nabbedCompany(ss, found) ?? found;
    const v = h.value;
    if (v.kind !== 'deal') {
      cues.add(v.kind);
      continue;
    }
    const goods = v.type === 'acquisition' && v.weight < 3 && goodsBetweenCompanies(ss, h);
    const why = goods ? agreementTo(toks, h) : (gate(ss, h, lead) ?? agreementTo(toks, h));
    if (why) {
      dropped.push({ text: hitText(ss.sentence, h), why });
      continue;
    }
    let type = stakeType(v.type, toks, h, hasStake, control);
    // "Amazon leads $700 million investment in Rivian", "Microsoft joins $2 billion investment in Cruise": a round.
    if (type === 'investment' && toks[h.from]?.norm === 'investment' && toks.slice(Math.max(0, h.from - 7), h.from).some((t) => ROUND_JOINERS.has(t.norm)))
      type = 'funding';
    let kind = v.frame;
    if (intoVenture(ss, h, type)) {
      type = 'joint_venture';
      kind = 'jv';
    }
    // "agreed to buy 250 aircraft from Airbus", "a deal to sell Microsoft power": goods between companies are a contract.
    if (type === 'acquisition' && (v.frame === 'acquire' || v.frame === 'sell' || v.frame === 'pay' || v.frame === 'nominal') && goodsBetweenCompanies(ss, h)) {
      // "GM sells more cars in China than in the U.S.": goods sold to no one named are sales, no contract.
      if (v.frame === 'sell' && !toks.slice(h.to).some((t) => t.norm === 'to') && !ss.orgs.some((o) => o.from >= h.to && o.kind === 'org')) {
        dropped.push({ text: hitText(ss.sentence, h), why: 'goods sold to no one named: sales, not a contract' });
        continue;
      }
      type = 'contract';
      kind = v.frame === 'acquire' ? 'order' : v.frame === 'sell' ? 'supply' : v.frame === 'pay' ? 'pay' : 'win';
    }
    const near = orgNear(ss, h.from, h.to) ? 1 : w('context:no-org');
    // "U.S. to pay Pfizer $1.95 billion for 100 million doses": a sum paid to a company for goods is a purchase contract.
    const payForGoods = kind === 'pay' && type === 'contract' && toks.slice(h.to, h.to + 10).some((_t, i) => isMoneyAt(toks, h.to + i));
    // A headline "GM and Honda scrap plan to build cars together": two companies doing something together are partners.
    const together = v.phrase === '=together' && ss.index < 0 && PAIR_SUBJECT.test(ss.sentence.text);
    // A headline alone, "AstraZeneca and Oxford University sign Covid-19 vaccine agreement": an agreement signed is
    // made (with a lead, the lead says what was signed: "sign van deal" buys vans).
    const signed = ss.index < 0 && !lead && GENERIC_PACTS.has(v.phrase) && toks.slice(Math.max(0, h.from - 6), h.from).some((t) => SIGN_VERBS.has(t.norm));
    // "with $39 billion bid": a bid priced in billions is a bid for a company, however far its bidder stands.
    const priced = type === 'acquisition' && /^(bid|bids|offer|takeover|buyout)$/.test(toks[h.to - 1]?.norm ?? '') && pricedNoun(toks, h.from);
    // "Calderwood to pay Ashby Group $1.1 billion for its bottling unit": a sum paid to a company for what it owns buys it.
    const payForUnit = kind === 'pay' && type === 'acquisition' && paysForOwned(ss, h);
    const floor = payForGoods
      ? w('contract:pay-for-goods')
      : payForUnit
        ? w('acquisition:pay-for-unit')
        : together || signed
          ? w('partnership:pair-together')
          : priced && ss.orgs.some((o) => o.strong)
            ? w('frame:priced-bid')
            : 0;
    const weight = Math.max(v.weight, floor) * near;
    byType.set(type, (byType.get(type) ?? 0) + weight);
    deals.push({ type, weight: weight * position, kind, from: h.from, to: h.to, phrase: v.phrase, text: hitText(ss.sentence, h) });
  }
  for (const g of gapped) {
    // "offers $65 billion for Fox assets": a price offered for a company says more than the bare "offers" inside it.
    const inside = deals.filter((d) => d.from < g.to && g.from < d.to && d.type === g.type);
    if (inside.some((d) => d.weight >= g.weight * position || !g.replaces)) continue;
    for (const d of inside) {
      byType.set(d.type, (byType.get(d.type) ?? 0) - d.weight / position);
      deals.splice(deals.indexOf(d), 1);
    }
    byType.set(g.type, (byType.get(g.type) ?? 0) + g.weight);
    const { replaces: _replaces, ...hit } = g;
    deals.push({ ...hit, weight: g.weight * position });
  }
  let total = 0;
  for (const [type, weight] of byType) {
    const capped = Math.min(weight, w('cap:sentence-type')) * position;
    byType.set(type, capped);
    total += capped;
  }
  return { ss, deals, dropped, byType, total, cues, position };
}

// Per-sentence deal evidence: each lexicon phrase adds its weight to its type,
// scaled by where the sentence sits and whether an organisation is near, after
// the grammar has had its say. Where a sentence was tagged, a word that may be a
// verb or a noun ("Buy", "Partner", "Raises") counts only as the part of speech
// its phrase needs, and never inside a company's name ("Sycamore Partners").

import type { DealType } from '../model/deal.js';
import { isCommonWord } from './common-words.js';
import type { CueKind } from './lexicon.js';
import type { OrgSpan } from './orgs.js';
import type { PhraseTrie } from './phrase-trie.js';
import type { PosTag } from './pos.js';
import type { Sentence, Token } from './text.js';
import { DEMONYMS, PLACES } from './org-words.js';
import { w, type FrameKind } from './weights.js';

const PLACES_OR_DEMONYMS = (x: string): boolean => PLACES.has(x) || DEMONYMS.has(x);

export type LexValue =
  | { readonly kind: 'deal'; readonly type: DealType; readonly weight: number; readonly frame: FrameKind; readonly phrase: string }
  | { readonly kind: CueKind; readonly phrase: string };

export interface PhraseHit {
  readonly value: LexValue;
  readonly from: number;
  readonly to: number;
}

export interface DealHit {
  readonly type: DealType;
  readonly weight: number;
  readonly kind: FrameKind;
  readonly from: number;
  readonly to: number;
  readonly phrase: string;
  readonly text: string;
}

/** One sentence as the classifier sees it. */
export interface StorySentence {
  /** -1 for the title, else the index among body sentences. */
  readonly index: number;
  readonly sentence: Sentence;
  readonly hits: readonly PhraseHit[];
  readonly pos: readonly PosTag[] | undefined;
  readonly orgs: readonly OrgSpan[];
}

export interface Dropped {
  readonly text: string;
  readonly why: string;
}

export interface SentenceEvidence {
  readonly ss: StorySentence;
  /** Deal phrases that counted, with the type they counted for. */
  readonly deals: readonly DealHit[];
  /** Deal phrases the grammar or the object ruled out. */
  readonly dropped: readonly Dropped[];
  readonly byType: ReadonlyMap<DealType, number>;
  readonly total: number;
  readonly cues: ReadonlySet<CueKind>;
  readonly position: number;
}

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

// Weak acquisition verbs ("buy", "sell", "tender", "bid") need something a company
// can own as their object; otherwise "Japan buys 5,000 tonnes of soybeans" is a deal.
export const OWNABLE: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'firms', 'unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'divisions',
  'affiliate', 'affiliates', 'stake', 'shares', 'stock', 'business', 'businesses', 'operations', 'assets', 'interest',
  'interests', 'chain', 'stores', 'plant', 'plants', 'station', 'stations', 'refinery', 'mill', 'mills', 'brand',
  'brands', 'bank', 'banks', 'savings', 'thrift', 'airline', 'newspaper', 'newspapers', 'hotel', 'hotels',
  'restaurants', 'properties', 'group', 'startup', 'maker', 'producer', 'operator', 'concern', 'inc', 'corp', 'co',
  'ltd', 'plc', 'ag', 'sa', 'nv', 'llc', 'holdings', 'industries', 'bancorp', 'corporation', 'outstanding', 'pct',
  'studio', 'studios', 'portfolio', 'mine', 'developer', 'designer', 'publisher', 'rival', 'lender', 'insurer', 'retailer',
  'stakes', 'park', 'parks', 'casino', 'casinos', 'mall', 'malls', 'building', 'buildings', 'terminal', 'franchise',
]);
const UNITS: ReadonlySet<string> = new Set(['tonnes', 'tonne', 'tons', 'ton', 'cargoes', 'cargo', 'bushels', 'barrels', 'bales', 'ounces', 'lbs', 'bpd', 'head']);
const GOODS: ReadonlySet<string> = new Set([
  'wheat', 'sugar', 'corn', 'soybeans', 'coffee', 'cocoa', 'grain', 'rice', 'cotton', 'securities', 'bonds', 'bills',
  'dollars', 'dlrs', 'dlr', 'yen', 'marks', 'currency', 'goods', 'treasury', 'oil', 'crude', 'gas', 'coal', 'beef',
  'cattle', 'export', 'exports', 'imports', 'debt', 'notes', 'debentures', 'preferred', 'gold', 'tin', 'copper',
  'products', 'commodities', 'land', 'farmland', 'timberland', 'acres', 'tankers', 'ships', 'vessels', 'aircraft', 'power',
]);
const MARKETS: ReadonlySet<string> = new Set([
  'wheat', 'sugar', 'corn', 'soybeans', 'coffee', 'cocoa', 'grain', 'rice', 'cotton', 'securities', 'bonds',
  'dollars', 'yen', 'currency', 'goods', 'treasury', 'bills', 'barley', 'cereal', 'cattle', 'livestock', 'meat',
  'peanuts', 'semolina', 'soybean', 'rapeseed', 'palm', 'olein', 'wood', 'lumber', 'rubber', 'silver', 'coin', 'coins',
  'tin', 'exports', 'imports', 'export', 'intervention', 'bonus', 'freight',
]);
const OBJECT_SKIP: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'some', 'about', 'up', 'to', 'more', 'than', 'of', 'additional', 'mln', 'million',
  'billion', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'u.s', 'us', 'for',
  'remaining', 'new', 'short', 'long', 'most', 'all', 'at', 'least', 'any', 'further', 'worth',
]);

/** hasOwnableObject: the weak verb's object (or, in a headline, anything in it) is something a company owns. */
export function hasOwnableObject(sentence: Sentence, from: number, to = from, nominal = false): boolean {
  const toks = sentence.tokens;
  if (from < 0) return false;
  let k = to;
  while (k < toks.length && (OBJECT_SKIP.has(toks[k]?.norm ?? '') || toks[k]?.digit || !toks[k]?.word)) k += 1;
  // "offers five dlrs a share": a price per share is paid for a company, not for the money.
  const perShare = /^(a|per)$/.test(toks[k + 1]?.norm ?? '') && /^(share|shr)$/.test(toks[k + 2]?.norm ?? '');
  if (GOODS.has(toks[k]?.norm ?? '') && !OWNABLE.has(toks[k + 1]?.norm ?? '') && !perShare && toks[k + 1]?.raw !== '/') return false;
  let ownable = false;
  const after = sentence.shouty ? -1 : from;
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    // "oil unit", "livestock unit": a market word that names a business is no commodity trade.
    if ((UNITS.has(t.norm) || MARKETS.has(t.norm)) && !OWNABLE.has(toks[i + 1]?.norm ?? '')) return false;
    if (i >= after && (OWNABLE.has(t.norm) || (t.raw === '<' && i > after))) ownable = true;
    // A deal noun's company may stand before it: "HARPER AND ROW BID", "GENCORP ... HOSTILE TENDER".
    const side = i > from || (nominal && sentence.shouty && i < from);
    if (side && t.cap && !isCommonWord(t.norm) && !GOODS.has(t.norm) && /\p{L}/u.test(t.raw)) ownable = true;
    if (t.norm === 'share' || t.norm === 'shr') ownable = true;
  }
  return ownable;
}

// Words that may be a verb or a noun: where the sentence was tagged, their phrase needs the verb.
const VERB_ONLY: ReadonlySet<string> = new Set([
  'buy', 'buys', 'bought', 'buying', 'sell', 'sells', 'sold', 'selling', 'partner', 'partners', 'license', 'licenses',
  'raises', 'raised', 'orders', 'ordered', 'wins', 'win', 'won', 'awards', 'snaps', 'picks', 'selects', 'taps',
]);
// Objects of "raises" that are not money raised ("raises forecast", "raises dividend", "raises its offer").
const RAISE_NOT_MONEY: ReadonlySet<string> = new Set([
  'forecast', 'outlook', 'guidance', 'dividend', 'dividends', 'prices', 'price', 'fee', 'fees', 'stake', 'offer', 'bid',
  'concerns', 'questions', 'doubts', 'target', 'estimate', 'estimates', 'rates', 'rate', 'wages', 'pay', 'production',
  'output', 'capacity', 'payout', 'limit', 'ceiling', 'expectations', 'hopes', 'fears', 'alarm', 'eyebrows', 'funds',
]);

function isMoneyAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (['$', '€', '£', '¥', '₹'].includes(t.raw)) return true;
  if (/^(us|c|a|hk|s|nz)$/i.test(t.raw) && toks[k + 1]?.raw === '$') return true;
  if (/^(rs|inr|usd|eur|gbp|jpy|chf|cad|nok|sek|cny)$/i.test(t.raw) && toks[k + 1]?.digit) return true;
  return !!t.digit && /^(million|billion|mln|bln|bn|m|crore|lakh|dlrs|dollars|euros|pounds|yen|yuan)$/i.test(toks[k + 1]?.norm ?? '');
}

// Words that may stand between "raises" and the money: "raised about $150 million", "lands a further €20m".
const BEFORE_MONEY: ReadonlySet<string> = new Set(['about', 'around', 'nearly', 'roughly', 'approximately', 'up', 'to', 'as', 'much', 'more', 'than', 'over', 'a', 'an', 'another', 'further', 'additional', 'new', 'fresh', 'almost', 'some', 'close', 'its']);

/** raisesMoney: "raises $40M", "raised about $150 million", "lands €110 million" (not "raising it to 35 dlrs"). */
export function raisesMoney(toks: readonly Token[], to: number): boolean {
  for (let k = to; k < Math.min(toks.length, to + 5); k += 1) {
    const t = toks[k] as Token;
    if (isMoneyAt(toks, k)) return true;
    if (RAISE_NOT_MONEY.has(t.norm) || (t.word && !t.digit && !BEFORE_MONEY.has(t.norm))) return false;
  }
  return false;
}

// What companies buy from one another under a contract: goods and services, not companies.
const CONTRACT_GOODS: ReadonlySet<string> = new Set([
  'power', 'electricity', 'energy', 'gas', 'lng', 'fuel', 'aircraft', 'jets', 'planes', 'airplanes', 'ships', 'vessels',
  'trains', 'locomotives', 'doses', 'vaccines', 'vaccine', 'chips', 'gpus', 'capacity', 'computing', 'services',
  'equipment', 'satellites', 'missiles', 'frigates', 'submarines', 'tanks', 'trucks', 'buses', 'turbines', 'batteries',
]);

/** goodsBetweenCompanies: a buy/sell verb whose object is goods, with a company on the other side. */
function goodsBetweenCompanies(ss: StorySentence, h: PhraseHit): boolean {
  const toks = ss.sentence.tokens;
  // "to buy Ampere Computing": a company is the object, whatever its name says ("pay Pfizer" names the payee).
  if (objectIsOrg(ss, h) && (h.value.kind !== 'deal' || h.value.frame !== 'pay')) return false;
  const window = toks.slice(h.to, h.to + 12);
  // "sells energy unit", "offer for shares in IC Gas": what companies own is no goods.
  if (window.some((t) => OWNABLE.has(t.norm) || t.norm === 'shares' || t.raw === '<')) return false;
  const goods = window.findIndex((t, i) => CONTRACT_GOODS.has(t.norm) && !ss.orgs.some((o) => o.from <= h.to + i && h.to + i < o.to));
  if (goods < 0) return false;
  // No quantity of grain or tonnes: those are commodity trades, not contracts between companies.
  return !window.some((t) => UNITS.has(t.norm));
}

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
    if (t.word && !t.digit && !['a', 'an', 'the', 'its', 'about', 'up', 'to', 'another', 'further', 'additional', 'nearly', 'around', 'roughly'].includes(t.norm)) break;
  }
  for (let k = from - 1; k >= Math.max(0, from - 4); k -= 1) {
    const share = at(k);
    if (share !== null) return share;
  }
  return null;
}

// Words that make a stake the whole company (or control of it).
const CONTROL: ReadonlySet<string> = new Set(['majority', 'remaining', 'outstanding', 'controlling']);

/**
 * stakeType: "agreed to buy a 20% stake in Y" and "buys 30% of Y" are investments; a majority,
 * controlling or remaining stake, or 50% and more, is an acquisition.
 */
function stakeType(type: DealType, toks: readonly Token[], h: PhraseHit, hasStake: boolean, control: boolean): DealType {
  if (type !== 'acquisition' && type !== 'investment') return type;
  const share = percentNear(toks, h.from, h.to);
  if (share !== null) return share >= 50 ? 'acquisition' : 'investment';
  if (type === 'acquisition') return hasStake && !control ? 'investment' : 'acquisition';
  const stakeNoun = toks.slice(h.from, h.to).some((t) => t.norm === 'stake' || t.norm === 'stakes');
  return stakeNoun && control ? 'acquisition' : 'investment';
}

// "Cut 8% of staff", "20% of revenue": shares of what no one buys.
const NOT_OWNED: ReadonlySet<string> = new Set([
  'staff', 'workforce', 'jobs', 'employees', 'workers', 'revenue', 'revenues', 'sales', 'budget', 'market', 'gdp',
  'output', 'production', 'income', 'profit', 'profits', 'costs', 'households', 'population', 'voters', 'respondents',
  'customers', 'users', 'traffic', 'demand', 'supply', 'capacity', 'exports', 'imports', 'assets', 'portfolio', 'emissions',
]);

function nextWord(toks: readonly Token[], from: number): string | undefined {
  for (let k = from; k < Math.min(toks.length, from + 4); k += 1) {
    const t = toks[k];
    if (t?.word && !['the', 'its', 'their', 'our', 'a', 'an', 'global', 'total', 'annual'].includes(t.norm)) return t.norm;
  }
  return undefined;
}

/** tradesGoods: the sentence trades commodities ("bushels", "wheat") outside any company's name. */
function tradesGoods(ss: StorySentence): boolean {
  const toks = ss.sentence.tokens;
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (UNITS.has(t.norm)) return true;
    if (!MARKETS.has(t.norm) || (t.cap && !ss.sentence.shouty) || ss.orgs.some((o) => o.from <= i && i < o.to)) continue;
    // "a coffee-shop chain" describes a company; "coffee exports" are goods.
    if (toks.slice(i + 1, i + 4).some((x) => OWNABLE.has(x.norm) || x.norm === 'shop' || x.norm === 'maker')) continue;
    return true;
  }
  return false;
}

/** objectIsOrg: an organisation directly follows the verb ("to Buy Costa Coffee"). */
function objectIsOrg(ss: StorySentence, hit: PhraseHit): boolean {
  const toks = ss.sentence.tokens;
  let k = hit.to;
  while (k < toks.length && k < hit.to + 3 && ['a', 'an', 'the', 'rival', 'its'].includes(toks[k]?.norm ?? '')) k += 1;
  // "PL 480" is a programme, not a company.
  return ss.orgs.some((o) => o.strong && o.from === k && !ss.sentence.tokens.slice(o.from, o.to).some((t) => t.digit && !/\p{L}/u.test(t.raw)));
}

// Who trades goods and money rather than companies: states, central banks, agencies, blocs.
const SOVEREIGN: ReadonlySet<string> = new Set([
  'u.s', 'us', 'usa', 'uk', 'usda', 'ccc', 'ec', 'eec', 'eu', 'opec', 'imf', 'gatt', 'treasury', 'mint', 'fed', 'bundesbank',
  'boj', 'government', 'ministry', 'saudis', 'soviets', 'comecon', 'cftc',
]);

// What a state does in a headline: "BRAZIL CANCELS ...", "S. KOREA MAY BUY ...", "Bank of France again buying ...".
const STATE_VERBS: ReadonlySet<string> = new Set([
  'to', 'may', 'will', 'would', 'says', 'said', 'cancels', 'cancelled', 'buys', 'bought', 'buying', 'sells', 'sold', 'selling',
  'authorized', 'seeks', 'seeking', 'sets', 'bids', 'offers', 'drop', 'drops', 'plans', 'again', 're', 'agrees', 'tenders',
  'purchases', 'purchased', 'and', 'has', 'is', 'was', 'urges', 'ends', 'steps', 'in', 'mint', 'treasury',
]);

/** sovereignSubject: the sentence starts with a state or a central bank acting ("BRAZIL CANCELS OIL PURCHASE"). */
function sovereignSubject(toks: readonly Token[], orgs: readonly OrgSpan[]): boolean {
  let k = 0;
  while (k < toks.length && (!toks[k]?.word || toks[k]?.norm === 'the')) k += 1;
  const t = toks[k];
  if (!t) return false;
  // A company named first is no state, whatever its name says ("China Southern Airlines").
  if (orgs.some((o) => o.from === k && o.strong && o.to - o.from > 1 && !/^bank of/i.test(o.name))) return false;
  if (SOVEREIGN.has(t.norm) && !toks[k]?.possessive) return true;
  let end = k + 1;
  if (t.norm === 'bank' && toks[k + 1]?.norm === 'of' && PLACES_OR_DEMONYMS(toks[k + 2]?.norm ?? '')) end = k + 3;
  else if (/^(s|south|north)$/.test(t.norm)) {
    end = toks[k + 1]?.raw === '.' ? k + 2 : k + 1;
    if (!/^(korea|korean|africa|african)$/.test(toks[end]?.norm ?? '')) return false;
    end += 1;
  } else if (!SOVEREIGN.has(t.norm) && !PLACES_OR_DEMONYMS(t.norm)) return false;
  while (end < toks.length && PLACES_OR_DEMONYMS(toks[end]?.norm ?? '') && end - k < 3) end += 1;
  // "Sweden's Boliden", "Ohio Edison", "American Express": a state's name in a company's.
  if (toks[end - 1]?.possessive) return false;
  return STATE_VERBS.has(toks[end]?.norm ?? '');
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
  if (v.type === 'funding' && (head.norm === 'raises' || head.norm === 'raised') && !raisesMoney(toks, hit.to)) return 'raises something other than money';
  // "agrees to pay $725 million to settle a suit": a settlement, not a purchase.
  if (v.frame === 'pay' && toks.slice(hit.to, hit.to + 10).some((t) => /^(settle|settles|settlement|fine|fines|penalty|damages|resolve)$/.test(t.norm))) return 'a payment to settle, not to buy';
  // "8% of its staff": a share of something that is no company.
  if (v.type === 'investment' && toks[hit.to - 1]?.norm === 'of' && NOT_OWNED.has(nextWord(toks, hit.to) ?? '')) return 'a share of something that is no company';
  // "Brazil cancels oil purchase", "Bank of France buying dollars": states trade goods, not companies.
  const owned = toks.slice(hit.to, hit.to + 6).some((t) => OWNABLE.has(t.norm) && !['shares', 'stock', 'pct', 'interest'].includes(t.norm));
  if ((v.type === 'acquisition' || v.type === 'investment' || v.type === 'merger') && !owned && sovereignSubject(toks, ss.orgs) && !objectIsOrg(ss, hit)) {
    return 'a state or central bank trading, not a company deal';
  }
  if (v.type === 'acquisition' && v.weight < 3) {
    // A headline verb may find its object in the lead ("COMPLETES PURCHASE"), but not "pays" or "offers".
    const leadOwns = ss.index < 0 && lead && v.frame !== 'pay' && !/^offers?$/.test(head.norm) && hasOwnableObject(lead, 0);
    // "Dunmore raises Calloway offer": the company a deal noun is about may stand right before it.
    const before = v.frame === 'nominal' && ss.orgs.some((o) => o.strong && (o.to === hit.from || (o.to === hit.from - 1 && !toks[hit.from - 1]?.cap)));
    const owns = before || (objectIsOrg(ss, hit) && !tradesGoods(ss)) || hasOwnableObject(ss.sentence, hit.from, hit.to, v.frame === 'nominal') || leadOwns;
    if (!owns) return 'its object is not something a company owns';
    if (v.frame === 'pay' && !toks.slice(hit.to, hit.to + 6).some((_t, i) => isMoneyAt(toks, hit.to + i))) return 'pays no sum';
  }
  if (v.type === 'funding' && head.norm === 'round' && hit.to - hit.from === 1 && !toks.some((t, i) => isMoneyAt(toks, i) || /^(funding|financing|investors|raised|raises|series|seed|led)$/.test(t.norm))) {
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

/** evaluate scores one sentence. */
export function evaluate(ss: StorySentence, lead?: Sentence): SentenceEvidence {
  const position = positionWeight(ss.index);
  // Most sentences carry no lexicon phrase at all: share one empty result for them.
  if (ss.hits.length === 0) return { ss, deals: [], dropped: [], byType: NO_TYPES, total: 0, cues: NO_CUES, position };
  const cues = new Set<CueKind>();
  const byType = new Map<DealType, number>();
  const deals: DealHit[] = [];
  const dropped: Dropped[] = [];
  const toks = ss.sentence.tokens;
  const textOf = (h: PhraseHit): string => ss.sentence.text.slice(toks[h.from]?.start ?? 0, toks[h.to - 1]?.end ?? 0);
  const hasStake = ss.hits.some((h) => h.value.kind === 'deal' && h.value.type === 'investment' && h.value.weight >= 3);
  const control = toks.some((t) => CONTROL.has(t.norm)) && !toks.some((t) => t.norm === 'minority');
  for (const h of ss.hits) {
    const v = h.value;
    if (v.kind !== 'deal') {
      cues.add(v.kind);
      continue;
    }
    const goods = v.type === 'acquisition' && v.weight < 3 && goodsBetweenCompanies(ss, h);
    const why = goods ? agreementTo(toks, h) : gate(ss, h, lead) ?? agreementTo(toks, h);
    if (why) {
      dropped.push({ text: textOf(h), why });
      continue;
    }
    let type = stakeType(v.type, toks, h, hasStake, control);
    let kind = v.frame;
    // "agreed to buy 250 aircraft from Airbus", "a deal to sell Microsoft power": goods between companies are a contract.
    if (type === 'acquisition' && (v.frame === 'acquire' || v.frame === 'sell' || v.frame === 'pay' || v.frame === 'nominal') && goodsBetweenCompanies(ss, h)) {
      type = 'contract';
      kind = v.frame === 'acquire' ? 'order' : v.frame === 'sell' ? 'supply' : v.frame === 'pay' ? 'pay' : 'win';
    }
    const near = orgNear(ss, h.from, h.to) ? 1 : w('context:no-org');
    const weight = v.weight * near;
    byType.set(type, (byType.get(type) ?? 0) + weight);
    deals.push({ type, weight: weight * position, kind, from: h.from, to: h.to, phrase: v.phrase, text: textOf(h) });
  }
  let total = 0;
  for (const [type, weight] of byType) {
    const capped = Math.min(weight, w('cap:sentence-type')) * position;
    byType.set(type, capped);
    total += capped;
  }
  return { ss, deals, dropped, byType, total, cues, position };
}

// What a deal verb acts on: something a company can own, goods and money. The classifier
// (evidence.ts) asks these before a weak deal word counts; money raised is in
// raised-money.ts, states that trade in sovereign-subject.ts.

import { isCommonWord } from './common-words.js';
import type { OrgSpan, PhraseHit, StorySentence } from './evidence-types.js';
import { DEMONYMS, NAME_DESCRIBERS, PLACES } from './org-words.js';
import type { Sentence, Token } from './text.js';

// Weak acquisition verbs ("buy", "sell", "tender", "bid") need something a company
// can own as their object; otherwise "Japan buys 5,000 tonnes of soybeans" is a deal.
export const OWNABLE: ReadonlySet<string> = new Set([
  'company',
  'companies',
  'firm',
  'firms',
  'unit',
  'units',
  'subsidiary',
  'subsidiaries',
  'division',
  'divisions',
  'affiliate',
  'affiliates',
  'stake',
  'shares',
  'stock',
  'business',
  'businesses',
  'operations',
  'assets',
  'interest',
  'interests',
  'chain',
  'stores',
  'plant',
  'plants',
  'station',
  'stations',
  'refinery',
  'mill',
  'mills',
  'brand',
  'brands',
  'bank',
  'banks',
  'savings',
  'thrift',
  'airline',
  'newspaper',
  'newspapers',
  'hotel',
  'hotels',
  'restaurants',
  'properties',
  'group',
  'startup',
  'maker',
  'producer',
  'operator',
  'concern',
  'inc',
  'corp',
  'co',
  'ltd',
  'plc',
  'ag',
  'sa',
  'nv',
  'llc',
  'holdings',
  'industries',
  'bancorp',
  'corporation',
  'outstanding',
  'pct',
  'studio',
  'studios',
  'portfolio',
  'mine',
  'developer',
  'designer',
  'publisher',
  'rival',
  'lender',
  'insurer',
  'retailer',
  'stakes',
  'park',
  'parks',
  'casino',
  'casinos',
  'mall',
  'malls',
  'building',
  'buildings',
  'terminal',
  'franchise',
  // Fields, mines and networks change hands as assets ("buys three North Sea gas fields from Corvin").
  ...'field fields oilfield oilfields mines pipeline pipelines terminals network'.split(' '),
]);
const UNITS: ReadonlySet<string> = new Set([
  'tonnes',
  'tonne',
  'tons',
  'ton',
  'cargoes',
  'cargo',
  'bushels',
  'barrels',
  'bales',
  'ounces',
  'lbs',
  'bpd',
  'head',
]);
const GOODS: ReadonlySet<string> = new Set([
  'wheat',
  'sugar',
  'corn',
  'soybeans',
  'coffee',
  'cocoa',
  'grain',
  'rice',
  'cotton',
  'securities',
  'bonds',
  'bills',
  'dollars',
  'dlrs',
  'dlr',
  'yen',
  'marks',
  'currency',
  'goods',
  'treasury',
  'oil',
  'crude',
  'gas',
  'coal',
  'beef',
  'cattle',
  'export',
  'exports',
  'imports',
  'debt',
  'notes',
  'debentures',
  'preferred',
  'gold',
  'tin',
  'copper',
  'products',
  'commodities',
  'land',
  'farmland',
  'timberland',
  'acres',
  'tankers',
  'ships',
  'vessels',
  'aircraft',
  'power',
  'cranes',
  'jets',
  'planes',
  'locomotives',
  'turbines',
  'zinc',
  'aluminium',
  'aluminum',
  'nickel',
  'barley',
  'maize',
  'soybean',
  'loan',
  'loans',
  'mortgage',
  'mortgages',
  'receivables',
]);
const MARKETS: ReadonlySet<string> = new Set([
  'wheat',
  'sugar',
  'corn',
  'soybeans',
  'coffee',
  'cocoa',
  'grain',
  'rice',
  'cotton',
  'securities',
  'bonds',
  'dollars',
  'yen',
  'currency',
  'goods',
  'treasury',
  'bills',
  'barley',
  'cereal',
  'cattle',
  'livestock',
  'meat',
  'peanuts',
  'semolina',
  'soybean',
  'rapeseed',
  'palm',
  'olein',
  'wood',
  'lumber',
  'rubber',
  'silver',
  'coin',
  'coins',
  'tin',
  'exports',
  'imports',
  'export',
  'intervention',
  'bonus',
  'freight',
]);
const OBJECT_SKIP: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'some',
  'about',
  'up',
  'to',
  'more',
  'than',
  'of',
  'additional',
  'mln',
  'million',
  'billion',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'u.s',
  'us',
  'for',
  'remaining',
  'new',
  'short',
  'long',
  'most',
  'all',
  'at',
  'least',
  'any',
  'further',
  'worth',
]);

const MONEY_WORDS: ReadonlySet<string> = new Set(['dlrs', 'dlr', 'dollars', 'yen', 'marks', 'stg', 'francs', 'guilders', 'lire']);

/** goodsBefore: a deal noun right after goods ("OIL PURCHASE", "LOAN PURCHASE") buys goods, not a company. */
export function goodsBefore(toks: readonly Token[], from: number): boolean {
  return GOODS.has(toks[from - 1]?.norm ?? '');
}

/** goodsObject: the words after a verb name goods ("SELL TANKERS", "BUY PL 480 COMMODITIES"), not a business; or, for a noun, the word before ("OIL PURCHASE"). */
export function goodsObject(toks: readonly Token[], to: number, from = to): boolean {
  if (from < to && GOODS.has(toks[from - 1]?.norm ?? '') && !OWNABLE.has(toks[to]?.norm ?? '')) return true;
  let k = to;
  while (
    k < toks.length &&
    k < to + 5 &&
    (OBJECT_SKIP.has(toks[k]?.norm ?? '') || toks[k]?.digit || !toks[k]?.word || (toks[k]?.upper && (toks[k]?.raw.length ?? 0) <= 2))
  )
    k += 1;
  return GOODS.has(toks[k]?.norm ?? '') && !OWNABLE.has(toks[k + 1]?.norm ?? '');
}

/** hasOwnableObject: the weak verb's object (or, in a headline, anything in it) is something a company owns. */
export function hasOwnableObject(sentence: Sentence, from: number, to = from, nominal = false): boolean {
  const toks = sentence.tokens;
  if (from < 0) return false;
  let k = to;
  while (k < toks.length && (OBJECT_SKIP.has(toks[k]?.norm ?? '') || toks[k]?.digit || !toks[k]?.word)) k += 1;
  // "will pay 630 mln dlrs for the milling business": money paid for something is its price; the object comes after.
  if (MONEY_WORDS.has(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'for') {
    k += 2;
    while (k < toks.length && (OBJECT_SKIP.has(toks[k]?.norm ?? '') || toks[k]?.digit || !toks[k]?.word)) k += 1;
  }
  // "offers five dlrs a share": a price per share is paid for a company, not for the money.
  const perShare = /^(a|per)$/.test(toks[k + 1]?.norm ?? '') && /^(share|shr)$/.test(toks[k + 2]?.norm ?? '');
  if (GOODS.has(toks[k]?.norm ?? '') && !OWNABLE.has(toks[k + 1]?.norm ?? '') && !perShare && toks[k + 1]?.raw !== '/' && toks[k + 1]?.raw !== '-')
    return false;
  let ownable = false;
  const after = sentence.shouty ? -1 : from;
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    // "oil unit", "its corn wet milling business": a market word that names a business is no commodity trade.
    // ("three gas-fired power plants": a market word hyphened to the next only describes.)
    if ((UNITS.has(t.norm) || MARKETS.has(t.norm)) && !toks.slice(i + 1, i + 4).some((x) => OWNABLE.has(x.norm)) && toks[i + 1]?.raw !== '-') return false;
    if (i >= after && (OWNABLE.has(t.norm) || (t.raw === '<' && i > after))) ownable = true;
    // A deal noun's company may stand before it: "HARPER AND ROW BID", "GENCORP ... HOSTILE TENDER".
    const side = i > from || (nominal && sentence.shouty && i < from);
    // In sentence case a capital after a company noun names it, even an ordinary word ("magazine app Texture").
    const named = !isCommonWord(t.norm) || (!sentence.shouty && i > to && i <= to + 6 && NAME_DESCRIBERS.has(toks[i - 1]?.norm ?? ''));
    if (side && t.cap && named && !GOODS.has(t.norm) && !PLACES.has(t.norm) && !DEMONYMS.has(t.norm) && /\p{L}/u.test(t.raw)) ownable = true;
    if (t.norm === 'share' || t.norm === 'shr') ownable = true;
  }
  return ownable;
}

// What companies buy from one another under a contract: goods and services, not companies.
export const CONTRACT_GOODS: ReadonlySet<string> = new Set(
  // Vehicles and arms bought in bulk ("96 attack helicopters", "100,000 electric vans"), energy, doses, chips, services.
  (
    'vans vehicles cars helicopters drones rockets engines ammunition munitions shells radars railcars ferries servers cells cranes power electricity energy gas lng fuel aircraft jets ' +
    'planes airplanes ships vessels trains locomotives doses vaccines vaccine chips gpus capacity computing services equipment satellites missiles frigates submarines tanks trucks buses turbines batteries'
  ).split(' '),
);

/** goodsBetweenCompanies: a buy/sell verb whose object is goods, with a company on the other side. */
export function goodsBetweenCompanies(ss: StorySentence, h: PhraseHit): boolean {
  const toks = ss.sentence.tokens;
  // "to buy Ampere Computing": a company is the object, whatever its name says ("pay Pfizer" names the payee).
  if (objectIsOrg(ss, h) && (h.value.kind !== 'deal' || h.value.frame !== 'pay')) return false;
  const window = toks.slice(h.to, h.to + 12);
  const inName = (k: number): boolean => ss.orgs.some((o) => o.from <= k && k < o.to);
  // "sells energy unit", "offer for shares in IC Gas": what companies own is no goods (but "pay Pfizer Inc" names a payee).
  if (window.some((t, i) => (OWNABLE.has(t.norm) && !inName(h.to + i)) || t.norm === 'shares' || t.raw === '<')) return false;
  const goods = window.findIndex((t, i) => CONTRACT_GOODS.has(t.norm) && !ss.orgs.some((o) => o.from <= h.to + i && h.to + i < o.to));
  if (goods < 0) return false;
  // No quantity of grain or tonnes: those are commodity trades, not contracts between companies.
  return !window.some((t) => UNITS.has(t.norm));
}

// "Cut 8% of staff", "20% of revenue": shares of what no one buys.
export const NOT_OWNED: ReadonlySet<string> = new Set([
  ...'staff workforce jobs employees workers revenue revenues sales budget market gdp output production income profit profits costs'.split(' '),
  ...'households population voters respondents customers users traffic demand supply capacity exports imports assets portfolio emissions'.split(' '),
  // "135 pct of tariff": a freight rate quoted against the tariff.
  'tariff',
]);

// What an economy invests in ("investment in developing nations", "in grain"): sectors, not companies.
export const SECTORS: ReadonlySet<string> = new Set(
  'developing grain agriculture agricultural farming infrastructure education housing roads economy economies sector sectors industry'.split(' '),
);

export function nextWord(toks: readonly Token[], from: number): string | undefined {
  for (let k = from; k < Math.min(toks.length, from + 4); k += 1) {
    const t = toks[k];
    if (t?.word && !['the', 'its', 'their', 'our', 'a', 'an', 'global', 'total', 'annual'].includes(t.norm)) return t.norm;
  }
  return undefined;
}

/** tradesGoods: the sentence trades commodities ("bushels", "wheat") outside any company's name. */
export function tradesGoods(ss: StorySentence): boolean {
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
export function objectIsOrg(ss: StorySentence, hit: PhraseHit): boolean {
  const toks = ss.sentence.tokens;
  let k = hit.to;
  while (k < toks.length && k < hit.to + 3 && ['a', 'an', 'the', 'rival', 'its'].includes(toks[k]?.norm ?? '')) k += 1;
  // In sentence case the deal word is lower case and the capitals after it a name's ("snaps up rival Meridian Freight").
  const caseTells = !toks[hit.from]?.cap && !toks[hit.from]?.upper;
  const named = (o: OrgSpan): boolean => o.strong || (caseTells && o.kind === 'org' && o.to - o.from >= 2);
  // "PL 480" is a programme, not a company.
  return ss.orgs.some((o) => named(o) && o.from === k && !toks.slice(o.from, o.to).some((t) => t.digit && !/\p{L}/u.test(t.raw)));
}

// The deal classifier: a transparent weighted lexicon. Each deal phrase adds its
// weight to its type, scaled by where it sits (title above body, early body above
// late body) and by whether an organisation is named near it. Cues then adjust:
// earnings reports are damped, hedging/denial/termination lower the confidence.
// The watchlist plays no part here, so `deal` is the same whoever is watching.

import type { DealType } from '../model/deal.js';
import { DEFAULT_CUES, DEFAULT_DEAL_PHRASES, type CueKind } from './lexicon.js';
import { createPhraseTrie, type PhraseTrie } from './phrase-trie.js';
import { isCommonWord } from './common-words.js';
import type { Sentence, Token } from './text.js';

/** LexiconOverrides extends the built-in lexicon from config. */
export interface LexiconOverrides {
  /** Extra phrases per type (weight 2.5 each; "=word" matches the exact word). */
  readonly extra?: Partial<Record<DealType, readonly string[]>>;
  /** Phrases that must never count as deal evidence (they act as look-alikes). */
  readonly exclude?: readonly string[];
}

export type LexValue =
  | { readonly kind: 'deal'; readonly type: DealType; readonly weight: number }
  | { readonly kind: CueKind };

export interface PhraseHit {
  readonly value: LexValue;
  readonly from: number;
  readonly to: number;
}

export interface SentenceEval {
  /** -1 for the title, else index into body sentences. */
  readonly index: number;
  readonly sentence: Sentence;
  readonly hits: readonly PhraseHit[];
  readonly byType: ReadonlyMap<DealType, number>;
  readonly total: number;
  readonly cues: ReadonlySet<CueKind>;
}

export interface Classification {
  readonly deal: boolean;
  readonly type: DealType | null;
  readonly score: number;
  readonly evidence: number;
  /** The sentence that carries the deal (title or body), strongest first. */
  readonly dealSentences: readonly SentenceEval[];
  readonly evals: readonly SentenceEval[];
}

const EXTRA_WEIGHT = 2.5;
/** Evidence at or above this makes a story a deal. */
export const DEAL_THRESHOLD = 3;
const TITLE_WEIGHT = 2;
const SENTENCE_CAP = 6;
const TITLE_DEAL_MIN = 2.5;
/** A headline this strong ("TO ACQUIRE") is a deal even in an earnings-looking story. */
const STRONG_TITLE = 6;
const BODY_ONLY_FACTOR = 0.8;

/** compileLexicon merges defaults with config overrides into one phrase trie. */
export function compileLexicon(overrides: LexiconOverrides = {}): PhraseTrie<LexValue> {
  const trie = createPhraseTrie<LexValue>();
  for (const [type, phrases] of Object.entries(DEFAULT_DEAL_PHRASES) as [DealType, readonly (readonly [string, number])[]][]) {
    for (const [phrase, weight] of phrases) trie.add(phrase, { kind: 'deal', type, weight });
  }
  for (const [phrase, kind] of DEFAULT_CUES) trie.add(phrase, { kind });
  for (const [type, phrases] of Object.entries(overrides.extra ?? {}) as [DealType, readonly string[]][]) {
    for (const phrase of phrases) trie.add(phrase, { kind: 'deal', type, weight: EXTRA_WEIGHT });
  }
  for (const phrase of overrides.exclude ?? []) trie.add(phrase, { kind: 'lookalike' });
  return trie;
}

/** scanSentence finds non-overlapping lexicon phrases, longest first from the left. */
export function scanSentence(sentence: Sentence, trie: PhraseTrie<LexValue>): PhraseHit[] {
  const hits: PhraseHit[] = [];
  const toks = sentence.tokens;
  let i = 0;
  while (i < toks.length) {
    const m = toks[i]?.word ? trie.longestAt(toks, i) : undefined;
    if (m) {
      hits.push({ value: m.value, from: i, to: m.end });
      i = m.end;
    } else {
      i += 1;
    }
  }
  return hits;
}

function positionWeight(index: number): number {
  if (index < 0) return TITLE_WEIGHT;
  if (index < 2) return 1;
  if (index < 5) return 0.7;
  return 0.4;
}

/** orgNear tells whether something that looks like an organisation sits within 8 tokens. */
function orgNear(sentence: Sentence, from: number, to: number): boolean {
  if (sentence.shouty) return true;
  const toks = sentence.tokens;
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
const OWNABLE: ReadonlySet<string> = new Set([
  'company', 'companies', 'firm', 'firms', 'unit', 'units', 'subsidiary', 'subsidiaries', 'division', 'divisions',
  'affiliate', 'affiliates', 'stake', 'shares', 'stock', 'business', 'businesses', 'operations', 'assets', 'interest',
  'interests', 'chain', 'stores', 'plant', 'plants', 'station', 'stations', 'refinery', 'mill', 'mills', 'brand',
  'brands', 'bank', 'banks', 'savings', 'thrift', 'airline', 'newspaper', 'newspapers', 'hotel', 'hotels',
  'restaurants', 'properties', 'group', 'startup', 'maker', 'producer', 'operator', 'concern', 'inc', 'corp', 'co',
  'ltd', 'plc', 'ag', 'sa', 'nv', 'llc', 'holdings', 'industries', 'bancorp', 'corporation', 'outstanding', 'pct',
]);
// Quantity units: a sentence trading these is about goods, not companies.
const UNITS: ReadonlySet<string> = new Set([
  'tonnes', 'tonne', 'tons', 'ton', 'cargoes', 'cargo', 'bushels', 'barrels', 'bales', 'ounces', 'lbs', 'bpd', 'head',
]);
// Goods, money and paper as the object of buy/sell ("buys one billion dlrs", "sell wheat").
const GOODS: ReadonlySet<string> = new Set([
  'wheat', 'sugar', 'corn', 'soybeans', 'coffee', 'cocoa', 'grain', 'rice', 'cotton', 'securities', 'bonds', 'bills',
  'dollars', 'dlrs', 'dlr', 'yen', 'marks', 'currency', 'goods', 'treasury', 'oil', 'crude', 'gas', 'coal', 'beef',
  'cattle', 'export', 'exports', 'imports', 'debt', 'notes', 'debentures', 'preferred', 'gold', 'tin', 'copper',
  'products', 'commodities', 'land', 'farmland', 'timberland', 'acres', 'tankers', 'ships', 'vessels', 'aircraft',
]);
// Goods and money markets named anywhere in the sentence.
const MARKETS: ReadonlySet<string> = new Set([
  'wheat', 'sugar', 'corn', 'soybeans', 'coffee', 'cocoa', 'grain', 'rice', 'cotton', 'securities', 'bonds',
  'dollars', 'yen', 'currency', 'goods', 'treasury', 'bills', 'barley', 'cereal', 'cattle', 'livestock', 'meat',
  'peanuts', 'semolina', 'soybean', 'rapeseed', 'palm', 'olein', 'wood', 'lumber', 'rubber', 'silver', 'coin', 'coins',
  'tin', 'exports', 'imports', 'export', 'intervention', 'bonus', 'freight',
]);
// Words between a verb and its object that say nothing about what is bought.
const OBJECT_SKIP: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'some', 'about', 'up', 'to', 'more', 'than', 'of', 'additional', 'mln', 'million',
  'billion', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'u.s', 'us', 'for',
  'remaining', 'new', 'short', 'long', 'most', 'all', 'at', 'least', 'any', 'further', 'worth',
]);

function hasOwnableObject(sentence: Sentence, from: number, to = from): boolean {
  const toks = sentence.tokens;
  if (from < 0) return false;
  // The first real word after the verb: goods mean no company changes hands.
  let k = to;
  while (k < toks.length && (OBJECT_SKIP.has(toks[k]?.norm ?? '') || toks[k]?.digit || !toks[k]?.word)) k += 1;
  if (GOODS.has(toks[k]?.norm ?? '') && !OWNABLE.has(toks[k + 1]?.norm ?? '')) return false;
  let ownable = false;
  // Headlines put the company anywhere ("BOARD REJECTS SOSNOFF TENDER"); prose puts the object after the verb.
  const after = sentence.shouty ? -1 : from;
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (UNITS.has(t.norm) || MARKETS.has(t.norm)) return false;
    if (i >= after && (OWNABLE.has(t.norm) || (t.raw === '<' && i > after))) ownable = true;
    // A name after the verb ("buys Stauffer Seeds"); in headlines any uncommon word will do.
    if (i > from && t.cap && !isCommonWord(t.norm) && !GOODS.has(t.norm) && /\p{L}/u.test(t.raw)) ownable = true;
    // A price per share only exists for companies ("bid for 41.75 dlrs/shr").
    if (t.norm === 'share' || t.norm === 'shr') ownable = true;
  }
  return ownable;
}

const NO_TYPES: ReadonlyMap<DealType, number> = new Map();
const NO_CUES: ReadonlySet<CueKind> = new Set();

function evaluateSentence(sentence: Sentence, index: number, trie: PhraseTrie<LexValue>, lead?: Sentence): SentenceEval {
  const hits = scanSentence(sentence, trie);
  // Most sentences carry no lexicon phrase at all: share one empty result shape for them.
  if (hits.length === 0) return { index, sentence, hits, byType: NO_TYPES, total: 0, cues: NO_CUES };
  const cues = new Set<CueKind>();
  const byType = new Map<DealType, number>();
  const hasStake = hits.some((h) => h.value.kind === 'deal' && h.value.type === 'investment' && h.value.weight >= 3);
  const wholeCompany = sentence.tokens.some((t) => t.norm === 'majority' || t.norm === 'remaining' || t.norm === 'outstanding');
  for (const h of hits) {
    if (h.value.kind !== 'deal') {
      cues.add(h.value.kind);
      continue;
    }
    if (h.value.type === 'acquisition' && h.value.weight < 3 && !hasOwnableObject(sentence, h.from, h.to) && !(lead && hasOwnableObject(lead, 0))) continue;
    // "agreed to buy a 20% stake in Y" is an investment, unless it takes the whole company.
    const type: DealType = hasStake && h.value.type === 'acquisition' && !wholeCompany ? 'investment' : h.value.type;
    const near = orgNear(sentence, h.from, h.to) ? 1 : 0.6;
    byType.set(type, (byType.get(type) ?? 0) + h.value.weight * near);
  }
  const pos = positionWeight(index);
  let total = 0;
  for (const [type, w] of byType) {
    const capped = Math.min(w, SENTENCE_CAP) * pos;
    byType.set(type, capped);
    total += capped;
  }
  return { index, sentence, hits, byType, total, cues };
}

/** classify scores a story made of title and body sentences. */
export function classify(title: readonly Sentence[], body: readonly Sentence[], trie: PhraseTrie<LexValue>): Classification {
  const evals: SentenceEval[] = [
    // A headline's object may only be named in the lead sentence ("COMPLETES PURCHASE").
    ...title.map((s) => evaluateSentence(s, -1, trie, body[0])),
    ...body.map((s, i) => evaluateSentence(s, i, trie)),
  ];
  const byType = new Map<DealType, number>();
  let evidence = 0;
  let earnings = 0;
  let titleEarnings = false;
  for (const e of evals) {
    for (const [type, w] of e.byType) byType.set(type, (byType.get(type) ?? 0) + w);
    evidence += e.total;
    for (const h of e.hits) if (h.value.kind === 'earnings') earnings += 1;
    if (e.index < 0 && e.cues.has('earnings')) titleEarnings = true;
  }
  const titleEvidence = evals.reduce((sum, e) => sum + (e.index < 0 ? e.total : 0), 0);
  const titleDeal = titleEvidence >= TITLE_DEAL_MIN;
  // Earnings reports often mention acquisitions in passing; they are not deal stories.
  if ((titleEarnings && titleEvidence < STRONG_TITLE) || (earnings >= 2 && !titleDeal)) evidence *= 0.25;
  // A story whose headline says nothing of a deal is rarely about one: damp body-only evidence.
  else if (title.length > 0 && !titleDeal) evidence = titleEvidence + (evidence - titleEvidence) * BODY_ONLY_FACTOR;

  let type: DealType | null = null;
  let bestWeight = 0;
  for (const [t, w] of byType) {
    if (w > bestWeight) {
      type = t;
      bestWeight = w;
    }
  }
  const dealSentences = evals
    .filter((e) => type !== null && (e.byType.get(type) ?? 0) > 0)
    .sort((a, b) => (b.byType.get(type as DealType) ?? 0) - (a.byType.get(type as DealType) ?? 0) || a.index - b.index);

  // Cues in the title or the lead deal sentences say how live the deal is.
  const cueScope = [...evals.filter((e) => e.index < 0), ...dealSentences.slice(0, 2)];
  const has = (k: CueKind): boolean => cueScope.some((e) => e.cues.has(k));
  let factor = 1;
  if (has('termination')) factor *= 0.35;
  else if (has('negation')) factor *= 0.45;
  if (has('hedge')) factor *= 0.75;

  const deal = evidence >= DEAL_THRESHOLD && type !== null;
  const raw = 1 - Math.exp(-evidence / 6);
  const score = Math.round(raw * factor * 100) / 100;
  return { deal, type: deal ? type : null, score, evidence, dealSentences: deal ? dealSentences : [], evals };
}

// Hard negatives: stories that use deal words without a deal. Two sources:
// cue phrases of the lexicon ("Prime Day", "ratify", "webinar", "a Buy"), and what
// the deal frame's object turns out to be ("buy Palantir stock", "sold 5 million
// consoles", "invest $20 billion in new plants"). Only the headline and the first
// two body sentences are read: a real deal story's later paragraphs may well
// mention a buyback or a union. Each kind counts once, at its strongest position.

import type { Frame } from './frames.js';
import type { NegativeKind } from './lexicon.js';
import { FEATURES } from './weights.js';
import { OWNABLE, type SentenceEvidence } from './evidence.js';

export interface NegativeHit {
  readonly kind: NegativeKind;
  readonly weight: number;
  readonly position: number;
  readonly text: string;
  /** The sentence it was found in. */
  readonly e: SentenceEvidence;
  /** A cue phrase speaks for its whole sentence; a frame's object only for that frame's phrase. */
  readonly hit?: { readonly from: number; readonly to: number };
}

const STOCK: ReadonlySet<string> = new Set(['stock', 'stocks', 'shares', 'share', 'equities', 'etf', 'etfs']);
const PRODUCTS: ReadonlySet<string> = new Set([
  'consoles',
  'phones',
  'smartphones',
  'iphones',
  'cars',
  'vehicles',
  'devices',
  'copies',
  'tickets',
  'headsets',
  'tablets',
  'laptops',
  'watches',
  'subscriptions',
  'games',
  'albums',
  'books',
  'shoes',
  'sneakers',
  'drinks',
  'meals',
  'burgers',
  'coffee',
  'cups',
  'bottles',
  'products',
  'items',
  'homes',
  'houses',
  'apartments',
  'beers',
]);
const FACILITIES: ReadonlySet<string> = new Set([
  'plant',
  'plants',
  'factory',
  'factories',
  'facility',
  'facilities',
  'fab',
  'fabs',
  'capacity',
  'expansion',
  'site',
  'sites',
  'campus',
  'infrastructure',
  'center',
  'centers',
  'centre',
  'centres',
  'warehouse',
  'warehouses',
  'line',
  'lines',
  'mill',
  'refinery',
  'mine',
  'project',
  'projects',
  'growth',
  'research',
  'development',
  // "Ford to invest $11 billion in electric vehicles": products and technology of its own, not a company.
  'vehicles',
  'evs',
  'cars',
  'batteries',
  'technology',
  'technologies',
  'r&d',
  'network',
  'stores',
  'united',
  'u.s',
  'us',
  'america',
  'europe',
  'india',
  'china',
  'japan',
  'mexico',
  'texas',
  'ohio',
  'georgia',
  'arizona',
]);
// What "acquired" may take that is no company: "acquired 300 new customers".
const NOT_COMPANIES: ReadonlySet<string> = new Set([
  'customers',
  'users',
  'subscribers',
  'clients',
  'members',
  'followers',
  'accounts',
  'talent',
  'skills',
  'patients',
  'viewers',
  'listeners',
  'players',
  'fans',
]);
const FAMILY: ReadonlySet<string> = new Set(['family', 'founder', 'founders', 'heirs', 'insiders', 'insider']);
const INSIDERS: ReadonlySet<string> = new Set([
  'family',
  'director',
  'directors',
  'founder',
  'ceo',
  'chief',
  'executive',
  'chairman',
  'insider',
  'insiders',
  'members',
  'huang',
  'bezos',
  'buffett',
  'musk',
]);

const CREDIT: ReadonlySet<string> = new Set(['moody', "moody's", 'fitch', 'debt', 'credit', 'bonds', 'notes', 'debentures']);
const AFTER_DEAL: ReadonlySet<string> = new Set(['after', 'following', 'amid', 'despite']);
const CAPITAL_NAMES: ReadonlySet<string> = new Set(['neg:event', 'neg:partner-program', 'neg:labour', 'neg:legal', 'neg:capex']);

function weightOf(kind: NegativeKind): number {
  return FEATURES[`negative:${kind}`].weight;
}

/** fromFrame reads a negative from what a buy/sell/invest frame acts on. */
function fromFrame(f: Frame): { kind: NegativeKind; text: string } | null {
  const toks = f.sentence.tokens;
  const after = toks[f.to];
  const text = f.sentence.text.slice(toks[f.from]?.start ?? 0, toks[Math.min(toks.length - 1, f.to + 3)]?.end ?? 0);
  const stakeLike = toks.some((t) => t.norm === 'stake' || t.norm === 'stakes' || t.raw === '%' || t.norm === 'pct' || t.norm === 'control');
  const buySell = f.kind === 'acquire' || f.kind === 'sell';
  const between = toks.slice(f.subject.length > 0 ? (f.subject[f.subject.length - 1]?.to ?? 0) : Math.max(0, f.from - 4), f.from).map((t) => t.norm);
  // "The Halvorsen family trims its stake", "Jensen Huang to sell shares", "a director sells 25,000 shares": insiders.
  const object = toks.slice(f.to, f.to + 6).map((t) => t.norm);
  const family = f.subject.some((o) => o.kind === 'person') || FAMILY.has(between[0] ?? '');
  // "sells $4.2 million of stock" is still stock; "shares of Redgum", "stake in" name a company.
  const officer =
    between.some((x) => INSIDERS.has(x)) &&
    object.some((x) => STOCK.has(x)) &&
    !object.some((x, i) => (x === 'in' || x === 'of') && !STOCK.has(object[i + 1] ?? ''));
  if ((f.type === 'investment' || buySell) && (family || officer) && (stakeLike || object.some((x) => STOCK.has(x)))) return { kind: 'insider', text };
  // "Disney extends Bob Iger's contract": a person's contract is employment, no supply deal.
  const owner = f.possessor ?? [...f.subject, ...f.modifier].find((o) => o.to === f.from && toks[o.to - 1]?.possessive);
  if (f.type === 'contract' && owner?.kind === 'person') return { kind: 'executive', text };
  if (buySell && f.object.length === 0 && NOT_COMPANIES.has(nextContent(toks, f.to) ?? '')) return { kind: 'not-a-company', text };
  if (buySell && !stakeLike) {
    const objectIsStock =
      (f.object.length === 0 && STOCK.has(f.objectHead ?? '')) || (f.object.length > 0 && STOCK.has(toks[f.object[f.object.length - 1]?.to ?? 0]?.norm ?? ''));
    // "sells more stock than it buys": stock in general, no company's shares ("Woolworth shares").
    const stockAt = toks.findIndex((t, i) => i >= f.to && i < f.to + 5 && STOCK.has(t.norm));
    const whose = toks.slice(stockAt + 1, stockAt + 3).some((t) => t.norm === 'in' || t.norm === 'of');
    const named =
      whose || (stockAt > f.to && ((toks[stockAt - 1]?.cap && !['More', 'Its', 'Their', 'The'].includes(toks[stockAt - 1]?.raw ?? '')) || f.object.length > 0));
    // "sells more stock than it buys": trading stock in general, not a stake in a company.
    const comparative = /^(more|less|fewer)$/.test(toks[f.to]?.norm ?? '') && toks.slice(f.to, f.to + 6).some((t) => t.norm === 'than');
    if ((objectIsStock || stockAt >= f.to) && !named && comparative) return { kind: 'stock-tip', text };
    // "Mosswood Analytics: sell the post-IPO pop?": an order to the reader, not a company's deal.
    // After a colon a bare "sell" or "buy" is the order, whatever name stands before the colon.
    const bare = /^(sell|buy)$/.test(toks[f.from]?.norm ?? '');
    // "Sell Netflix, buy Disney, analyst says": a headline that opens with a bare "Buy" or "Sell" gives an order.
    if (bare && f.from === 0 && f.sentence.tokens.length > 1 && !f.subjectPronoun) return { kind: 'stock-tip', text };
    const imperative =
      (f.subject.length === 0 && !f.subjectPronoun && (f.from === 0 || toks[f.from - 1]?.raw === ':')) || (bare && toks[f.from - 1]?.raw === ':');
    if (imperative && f.object.length === 0) return { kind: 'stock-tip', text };
    if (objectIsStock) {
      // Insiders trade shares; readers are told to buy them; a company buying another's shares takes a stake.
      const left = toks.slice(Math.max(0, f.from - 6), f.from).map((t) => t.norm);
      const person = f.subject.some((o) => o.kind === 'person');
      if (person || left.some((x) => INSIDERS.has(x))) return { kind: 'insider', text };
      if (f.subject.length === 0 && !f.subjectPronoun && f.sentence.shouty) return { kind: 'stock-tip', text };
    }
    const fromOrg = (f.slots.get('from')?.length ?? 0) > 0;
    // "Sold 5 Million Switch 2 Consoles": a number of products, not units or shares of a company.
    // ("sold 3 million of its new plant-based burgers": a word hyphened to the next only describes the product.)
    const window = toks
      .slice(f.to, f.to + 9)
      .filter((_t, i, xs) => xs[i + 1]?.raw !== '-')
      .map((t) => t.norm);
    const millions = window.some((x) => x === 'million' || x === 'mln' || x === 'thousand');
    const quantity =
      !!after?.digit &&
      toks[f.to + 1]?.raw !== '%' &&
      ((window.some((x) => PRODUCTS.has(x)) && !window.some((x) => OWNABLE.has(x))) || (millions && window.includes('units')));
    if (f.object.length === 0 && !fromOrg && (PRODUCTS.has(f.objectHead ?? '') || quantity)) return { kind: 'product-sale', text };
  }
  // "invest $3 billion in a new plant": the verb with money, and a place or a facility, not a company.
  // "a $25 million investment from Saltire Ventures in its growth": money received from an investor, not spent.
  const investVerb = /^invest/.test(toks[f.from]?.norm ?? '') && f.to - f.from <= 2 && toks[f.to]?.norm !== 'from';
  if (investVerb && f.type === 'investment' && f.object.length === 0 && !f.slots.get('in')) {
    const rest = toks.slice(f.to, f.to + 12).map((t) => t.norm);
    if (rest.some((x) => FACILITIES.has(x))) return { kind: 'capex', text };
  }
  return null;
}

function nextContent(toks: readonly { norm: string; raw: string; word: boolean; digit: boolean; hyphenBefore: boolean }[], from: number): string | undefined {
  for (let k = from; k < Math.min(toks.length, from + 8); k += 1) {
    const t = toks[k];
    // "10,000 new home-solar customers": a hyphened compound describes the noun after it.
    if (toks[k + 1]?.raw === '-' || t?.raw === '-' || (t?.hyphenBefore && toks[k + 1]?.word)) continue;
    if (t && t.word && !t.digit && !['a', 'an', 'the', 'its', 'about', 'more', 'than', 'new', 'some', 'million', 'thousand'].includes(t.norm)) return t.norm;
  }
  return undefined;
}

const STRUCK_DEALS = /^(deal|deals|partnership|alliance|agreement|pact|tie-up|accord)$/;
const COMPANY_NOUNS = /^(network|company|startup|start-up|studio|studios|maker|app|platform|firm|business|producer|publisher|operator)$/;

/** dealMaking: a labour or event cue used as a deal's own words ("strike a multiyear partnership", "podcast network X"). */
function dealMaking(toks: readonly { norm: string }[], at: number, kind: string): boolean {
  if (kind === 'neg:labour' && toks[at]?.norm === 'strike') return toks.slice(at + 1, at + 4).some((t) => STRUCK_DEALS.test(t.norm));
  return kind === 'neg:event' && COMPANY_NOUNS.test(toks[at + 1]?.norm ?? '');
}

// "How Bayer's Monsanto takeover could reshape farming", "What the Disney-Fox deal means": a headline that asks or
// explains is a piece about a deal; "Why we raised our Series B" is a company telling its own.
const OPENERS: ReadonlySet<string> = new Set(['how', 'why', 'what', 'is', 'are', 'should', 'can', 'could', 'will', 'would']);
const OWN_VOICE: ReadonlySet<string> = new Set(['we', 'i', 'our', 'my', 'us']);

// "Factbox: Deals in the chip industry", "Breakingviews - Qualcomm bid is rich", "Deals of the day-Mergers and
// acquisitions": a desk's label for background, opinion or a round-up, about deals rather than reporting one.
const PIECE_LABELS: ReadonlySet<string> = new Set(
  'factbox explainer analysis timeline column breakingviews commentary opinion insight focus graphic instant view'.split(' '),
);

function commentary(toks: readonly { norm: string; word: boolean; raw: string }[]): boolean {
  const words = toks.filter((t) => t.word);
  if (PIECE_LABELS.has(toks[0]?.norm ?? '') && /^[-:]$/.test(toks[1]?.raw ?? '')) return true;
  if (
    toks
      .slice(0, 4)
      .map((t) => t.norm)
      .join(' ') === 'deals of the day'
  )
    return true;
  return OPENERS.has(words[0]?.norm ?? '') && !OWN_VOICE.has(words[1]?.norm ?? '');
}

/**
 * leadReportsDeal: the lead itself reports a deal, with a heavy deal phrase whose frame names a company
 * on each side ("Take-Two agreed to acquire Zynga for $12.7 billion"). Then a headline that asks or
 * explains ("Why Zynga stock jumped today") is the story of that deal, not a piece about one.
 */
function leadReportsDeal(evals: readonly SentenceEvidence[], frames: readonly Frame[]): boolean {
  const lead = evals.find((e) => e.ss.index === 0);
  if (!lead || !lead.deals.some((d) => d.weight >= FEATURES['frame:lead-deal'].weight)) return false;
  return frames.some((f) => f.sentence === lead.ss.sentence && f.subject.length > 0 && (f.object.length > 0 || f.slots.size > 0 || f.possessor !== undefined));
}

/** findNegatives lists the hard negatives of a story (headline and lead only). */
export function findNegatives(evals: readonly SentenceEvidence[], frames: readonly Frame[]): NegativeHit[] {
  const best = new Map<NegativeKind, NegativeHit>();
  const note = (kind: NegativeKind, e: SentenceEvidence, text: string, hit?: { from: number; to: number }): void => {
    const prev = best.get(kind);
    if (!prev || e.position > prev.position) best.set(kind, { kind, weight: weightOf(kind), position: e.position, text, e, hit });
  };
  for (const e of evals) {
    if (e.ss.index >= 2) continue;
    const toks = e.ss.sentence.tokens;
    if (e.ss.index < 0 && commentary(toks) && !leadReportsDeal(evals, frames)) note('commentary', e, e.ss.sentence.text.slice(0, 40));
    // "... Drop $5 Billion Deal After Antitrust Suit": a cue in a clause after the deal tells why, it is no other story.
    const firstDeal = e.deals.reduce((m, d) => Math.min(m, d.from), Infinity);
    const clause = firstDeal === Infinity ? -1 : toks.findIndex((t, i) => i > firstDeal && AFTER_DEAL.has(t.norm));
    for (const h of e.ss.hits) {
      if (!h.value.kind.startsWith('neg:')) continue;
      if (clause >= 0 && h.from > clause && e.deals.some((d) => d.weight >= 1.5)) continue;
      // "MOODY'S MAY DOWNGRADE PIEDMONT": a credit rating moves with a deal; it is no stock tip.
      if (h.value.kind === 'neg:stock-tip' && /grade/.test(toks[h.from]?.norm ?? '') && toks.some((t) => CREDIT.has(t.norm))) continue;
      // A cue inside a name is part of the name: "Summit Petroleum", "Union Pacific".
      // But a Title Case "Free Shipping" or "Black Friday" that is all name and all cue is the cue.
      const cueIsName = (o: { from: number; to: number; watched: boolean; known?: boolean }): boolean =>
        o.from === h.from && o.to === h.to && h.to - h.from >= 2 && !o.watched && !o.known && e.ss.sentence.shouty;
      if (e.ss.orgs.some((o) => o.strong && o.from <= h.from && h.to <= o.to && !cueIsName(o))) continue;
      // "new plant-based burgers": a cue noun hyphened to the next word only describes what follows.
      if (toks[h.to]?.raw === '-' && toks[h.to + 1]?.hyphenBefore && toks[h.to + 1]?.word) continue;
      // Buybacks and dividends only matter in the headline: deal stories mention them further down.
      if (h.value.kind === 'neg:capital-return' && e.ss.index >= 0) continue;
      // "strike a partnership", "podcast network Loudhaus": a walkout word striking a deal, an event word saying what a company does.
      if (h.to - h.from === 1 && dealMaking(toks, h.from, h.value.kind)) continue;
      // In running text a capitalised "Summit" or "Strike" is a name, not an event or a walkout.
      const capital = toks[h.from]?.cap && h.from > 0 && !e.ss.sentence.shouty;
      if (capital && CAPITAL_NAMES.has(h.value.kind)) continue;
      const text = e.ss.sentence.text.slice(toks[h.from]?.start ?? 0, toks[h.to - 1]?.end ?? 0);
      note(h.value.kind.slice(4) as NegativeKind, e, text);
    }
  }
  for (const f of frames) {
    const e = evals.find((x) => x.ss.sentence === f.sentence);
    if (!e || e.ss.index >= 2) continue;
    const n = fromFrame(f);
    if (n) note(n.kind, e, n.text, { from: f.from, to: f.to });
  }
  return [...best.values()];
}

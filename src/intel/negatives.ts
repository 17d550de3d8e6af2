// Hard negatives: stories that use deal words without a deal. Two sources:
// cue phrases of the lexicon ("Prime Day", "ratify", "webinar", "a Buy"), and what
// the deal frame's object turns out to be ("buy Palantir stock", "sold 5 million
// consoles", "invest $20 billion in new plants"). Only the headline and the first
// two body sentences are read: a real deal story's later paragraphs may well
// mention a buyback or a union. Each kind counts once, at its strongest position.

import type { Frame } from './frames.js';
import type { NegativeKind } from './lexicon.js';
import { FEATURES } from './weights.js';
import type { SentenceEvidence } from './evidence.js';

export interface NegativeHit {
  readonly kind: NegativeKind;
  readonly weight: number;
  readonly position: number;
  readonly text: string;
}

const STOCK: ReadonlySet<string> = new Set(['stock', 'stocks', 'shares', 'share', 'equities', 'etf', 'etfs']);
const PRODUCTS: ReadonlySet<string> = new Set([
  'consoles', 'phones', 'smartphones', 'iphones', 'cars', 'vehicles', 'units', 'devices', 'copies', 'tickets', 'headsets',
  'tablets', 'laptops', 'watches', 'subscriptions', 'games', 'albums', 'books', 'shoes', 'sneakers', 'drinks', 'meals',
  'burgers', 'coffee', 'cups', 'bottles', 'products', 'items', 'homes', 'houses', 'apartments', 'beers',
]);
const FACILITIES: ReadonlySet<string> = new Set([
  'plant', 'plants', 'factory', 'factories', 'facility', 'facilities', 'fab', 'fabs', 'capacity', 'expansion', 'site',
  'sites', 'campus', 'infrastructure', 'center', 'centers', 'centre', 'centres', 'warehouse', 'warehouses', 'line', 'lines',
  'mill', 'refinery', 'mine', 'project', 'projects', 'growth', 'research', 'development', 'r&d', 'network', 'stores',
  'united', 'u.s', 'us', 'america', 'europe', 'india', 'china', 'japan', 'mexico', 'texas', 'ohio', 'georgia', 'arizona',
]);
const INSIDERS: ReadonlySet<string> = new Set(['family', 'director', 'directors', 'founder', 'ceo', 'chief', 'executive', 'chairman', 'insider', 'insiders', 'members', 'huang', 'bezos', 'buffett', 'musk']);

function weightOf(kind: NegativeKind): number {
  return FEATURES[`negative:${kind}`].weight;
}

/** fromFrame reads a negative from what a buy/sell/invest frame acts on. */
function fromFrame(f: Frame): { kind: NegativeKind; text: string } | null {
  const toks = f.sentence.tokens;
  const after = toks[f.to];
  const text = f.sentence.text.slice(toks[f.from]?.start ?? 0, toks[Math.min(toks.length - 1, f.to + 3)]?.end ?? 0);
  const stakeLike = toks.some((t) => t.norm === 'stake' || t.norm === '%' || t.raw === '%' || t.norm === 'pct');
  const buySell = f.kind === 'acquire' || f.kind === 'sell';
  if (buySell && !stakeLike) {
    const objectIsStock = (f.object.length === 0 && STOCK.has(f.objectHead ?? ''))
      || (f.object.length > 0 && STOCK.has(toks[(f.object[f.object.length - 1]?.to ?? 0)]?.norm ?? ''));
    if (objectIsStock) {
      const left = toks.slice(Math.max(0, f.from - 6), f.from).map((t) => t.norm);
      const person = f.subject.some((o) => o.kind === 'person');
      return { kind: person || left.some((x) => INSIDERS.has(x)) ? 'insider' : 'stock-tip', text };
    }
    const fromOrg = (f.slots.get('from')?.length ?? 0) > 0;
    const quantity = after?.digit && toks[f.to + 1]?.raw !== '%' && !['$', '€', '£', '¥'].includes(toks[f.to - 1]?.raw ?? '');
    if (f.object.length === 0 && !fromOrg && (PRODUCTS.has(f.objectHead ?? '') || quantity)) return { kind: 'product-sale', text };
  }
  if (f.kind === 'invest' && f.type === 'investment' && f.object.length === 0 && !f.slots.get('in')) {
    const rest = toks.slice(f.to, f.to + 12).map((t) => t.norm);
    if (rest.some((x) => FACILITIES.has(x))) return { kind: 'capex', text };
  }
  return null;
}

/** findNegatives lists the hard negatives of a story (headline and lead only). */
export function findNegatives(evals: readonly SentenceEvidence[], frames: readonly Frame[]): NegativeHit[] {
  const best = new Map<NegativeKind, NegativeHit>();
  const note = (kind: NegativeKind, position: number, text: string): void => {
    const prev = best.get(kind);
    if (!prev || position > prev.position) best.set(kind, { kind, weight: weightOf(kind), position, text });
  };
  for (const e of evals) {
    if (e.ss.index >= 2) continue;
    const toks = e.ss.sentence.tokens;
    for (const h of e.ss.hits) {
      if (!h.value.kind.startsWith('neg:')) continue;
      const text = e.ss.sentence.text.slice(toks[h.from]?.start ?? 0, toks[h.to - 1]?.end ?? 0);
      note(h.value.kind.slice(4) as NegativeKind, e.position, text);
    }
  }
  for (const f of frames) {
    const e = evals.find((x) => x.ss.sentence === f.sentence);
    if (!e || e.ss.index >= 2) continue;
    const n = fromFrame(f);
    if (n) note(n.kind, e.position, n.text);
  }
  return [...best.values()];
}

// States, central banks, agencies and blocs trade goods and money, not companies: a
// headline that starts with one acting ("BRAZIL CANCELS OIL PURCHASE") is no deal.

import { DEMONYMS, PLACES } from './org-words.js';
import type { OrgSpan } from './orgs.js';
import type { Token } from './text.js';

const PLACES_OR_DEMONYMS = (x: string): boolean => PLACES.has(x) || DEMONYMS.has(x);

// Who trades goods and money rather than companies: states, central banks, agencies, blocs.
const SOVEREIGN: ReadonlySet<string> = new Set([
  'u.s',
  'us',
  'usa',
  'uk',
  'usda',
  'ccc',
  'ec',
  'eec',
  'eu',
  'opec',
  'imf',
  'gatt',
  'treasury',
  'mint',
  'fed',
  'bundesbank',
  'boj',
  'government',
  'ministry',
  'saudis',
  'soviets',
  'comecon',
  'cftc',
]);

// What a state does in a headline: "BRAZIL CANCELS ...", "S. KOREA MAY BUY ...", "Bank of France again buying ...".
const STATE_VERBS: ReadonlySet<string> = new Set([
  'to',
  'may',
  'will',
  'would',
  'says',
  'said',
  'cancels',
  'cancelled',
  'buys',
  'bought',
  'buying',
  'sells',
  'sold',
  'selling',
  'authorized',
  'seeks',
  'seeking',
  'sets',
  'bids',
  'offers',
  'drop',
  'drops',
  'plans',
  'again',
  're',
  'agrees',
  'tenders',
  'purchases',
  'purchased',
  'and',
  'has',
  'is',
  'was',
  'urges',
  'ends',
  'steps',
  'in',
  'mint',
  'treasury',
  'allocates',
  'allocated',
  'accepts',
  'accepted',
  'injects',
  'drains',
  'adds',
  'buys',
  'offered',
]);

/** sovereignSubject: the sentence starts with a state or a central bank acting ("BRAZIL CANCELS OIL PURCHASE"). */
export function sovereignSubject(toks: readonly Token[], orgs: readonly OrgSpan[]): boolean {
  let k = 0;
  while (k < toks.length && (!toks[k]?.word || toks[k]?.norm === 'the')) k += 1;
  const t = toks[k];
  if (!t) return false;
  // A company named first is no state, whatever its name says ("China Southern Airlines").
  if (orgs.some((o) => o.from === k && o.strong && o.to - o.from > 1 && !/^bank of/i.test(o.name))) return false;
  if (SOVEREIGN.has(t.norm) && toks[k]?.possessive) return false;
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

// Deal amounts: "$500 billion", "€1.2bn", "US$3 mln", "1.5 billion dlrs", "¥20bn",
// "Rs 7,000 crore", "NOK 1.1 billion", "undisclosed". A figure counts only when the
// text ties it to the deal; revenue, market value, per-share prices and, for a
// funding round or an IPO, the valuation are not the deal's value.

import type { DealAmount, DealType } from '../model/deal.js';

const PREFIX_CURRENCY: Readonly<Record<string, string>> = {
  us$: 'USD',
  'u.s.$': 'USD',
  $: 'USD',
  c$: 'CAD',
  a$: 'AUD',
  hk$: 'HKD',
  s$: 'SGD',
  nz$: 'NZD',
  r$: 'BRL',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  rs: 'INR',
  'rs.': 'INR',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  chf: 'CHF',
  cad: 'CAD',
  inr: 'INR',
  nok: 'NOK',
  sek: 'SEK',
  dkk: 'DKK',
  cny: 'CNY',
  rmb: 'CNY',
  aud: 'AUD',
  hkd: 'HKD',
  sgd: 'SGD',
  krw: 'KRW',
};
// Modern stories' francs are Swiss: the French franc ended in 2002.
const SUFFIX_CURRENCY: Readonly<Record<string, string>> = {
  dlrs: 'USD',
  dlr: 'USD',
  dollars: 'USD',
  dollar: 'USD',
  euros: 'EUR',
  euro: 'EUR',
  pounds: 'GBP',
  stg: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  marks: 'DEM',
  francs: 'CHF',
  lire: 'ITL',
  yuan: 'CNY',
  rupees: 'INR',
  riyals: 'SAR',
  kronor: 'SEK',
  'canadian dlrs': 'CAD',
  'australian dlrs': 'AUD',
  'swiss francs': 'CHF',
  'french francs': 'FRF',
};
const SCALE: Readonly<Record<string, number>> = {
  trillion: 1e12,
  tn: 1e12,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
  k: 1e3,
  crore: 1e7,
  'lakh crore': 1e12,
  lakh: 1e5,
};
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  fifty: 50,
  hundred: 100,
};

const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)`;
const SCALES = String.raw`(trillion|tn|billion|bln|bn|b|million|mln|mn|m|thousand|k|lakh crore|crore|lakh)`;
const PREFIX = String.raw`(US\$|U\.S\.\s?\$|C\$|A\$|HK\$|S\$|NZ\$|R\$|\$|€|£|¥|₹|₩|Rs\.?|USD|EUR|GBP|JPY|CHF|CAD|INR|NOK|SEK|DKK|CNY|RMB|AUD|HKD|SGD|KRW)`;
const SUFFIX = String.raw`(canadian dlrs|australian dlrs|swiss francs|french francs|dlrs|dlr|dollars|dollar|euros|euro|pounds|stg|sterling|yen|marks|francs|lire|yuan|rupees|riyals|kronor)`;
const PREFIXED = new RegExp(String.raw`${PREFIX}\s?${NUM}(?:\s?${SCALES}\b)?`, 'gi');
const SUFFIXED = new RegExp(String.raw`\b${NUM}(?:[\s-]?${SCALES})?\s${SUFFIX}\b`, 'gi');

// A figure right after these is not the deal's value.
const NOT_DEAL_BEFORE =
  /\b(revenues?|sales|turnover|market (?:value|cap|capitali[sz]ation)|valu(?:ed|ation)\s+(?:the company|it)|profits?|earnings|income|net|loss|debt|assets of|capital of|generated|worth some|shares? (?:rose|fell)|(?:termination|break-?up|breakup) fee of|fee of|fine of|damages of|loans|securities)\b[^.]{0,30}$/i;
// ...or right before these.
const NOT_DEAL_AFTER =
  /^\s*(?:a|per)\s+(?:share|shr)\b|^\s*\/\s*shr|^\s*(?:in|of)\s+(?:annual\s+)?(?:revenues?|sales|loans|securities|debt)\b|^\s*(?:post-money\s+|pre-money\s+)?valuation\b|^\s*market (?:value|cap)|^\s*(?:termination|break-?up) fee\b|^\s*(?:of\s+)?(?:loans|losses)\b/i;
// A round or a listing is worth what it raises, not what the company is then valued at.
const VALUATION_BEFORE =
  /\b(?:valu(?:e|es|ed|ing|ation)|worth)\b[^.$€£¥₹]{0,40}?(?:at|of)\s+(?:about|around|roughly|nearly|some|more than|an estimated|approximately)?\s*$/i;
// ...and these tie it to the deal.
const DEAL_BEFORE =
  /\b(for|worth|valued at|value of|valuing (?:it|the deal|the transaction) at|price of|pay|pays|paid|paying|totall?ing|raised?|raises|raising|fetch|fetching|proceeds of|invest(?:ed|s|ing)?|deal|bid of|offer of|consideration of|commitments? of|offered|offering|offers|bid|bids|gets|got|receive|receives|received|secures|secured|lands|landed|nabs|nabbed|snags|snagged|grabs|grabbed|bags|bagged|closes|closed|wins?|won|funding the first|(?:bid|offer|proposal) to|a share,?(?: in cash,?)? or)(?:\s+(?:about|approximately|some|up to|around|nearly|roughly|an estimated|a further|an additional|another|a|an|more than|as much as|a combined|combined|an initial|a total of))*\s*$/i;
// "puts $35 million into": the money one company puts into another is that investment's value; in a funding
// round it is one backer's share, and the round is worth what the company raised.
const PUT_BEFORE =
  /\b(?:puts?|putting|pours?|pouring|pumps?|pumping|injects?|injecting)(?:\s+(?:about|another|a further|an additional|some|up to|nearly|roughly))*\s*$/i;
// "will pay Comcast about $8.61 billion", "will pay the FDIC $10.6 billion", "pay Pfizer Inc and BioNTech SE $1.95 billion":
// the payees' names stand between.
const PAY_NAME_BEFORE =
  /\b(?:pay|pays|paid|paying)\s+(?:the\s+)?(?:[A-Z][\w.&'-]*\s+){1,4}(?:(?:and|&)\s+(?:[A-Z][\w.&'-]*\s+){1,4})?(?:about|approximately|some|up to|around|nearly|roughly|more than)?\s*$/;
// "a deal that could value Vexley at about $1.2 billion": what a company is bought at is the deal's value.
const BOUGHT_AT_BEFORE =
  /\b(?:valu(?:e|es|ed|ing))\s+(?:[\w.&'-]+\s+){1,4}at\s+(?:about|around|roughly|nearly|some|approximately|more than|an estimated)?\s*$/i;
const DEAL_NOUNS = String.raw`take-private|take private|tie-up|deal|acquisition|takeover|merger|purchase|offer|bid|investment|round|stake|contract|cash|partnership|funding|series|agreement|transaction|buyout|listing|ipo|initial public offering|offering|venture|joint venture|order|award|sale|financing|licensing deal|commitment`;
const DEAL_AFTER = new RegExp(String.raw`^\s*(?:in cash\b|,?\s*(?:[\w.-]+[\s,]+){0,3}?(?:${DEAL_NOUNS})\b)`, 'i');

export const UNDISCLOSED = /\b(undisclosed|not disclosed|were not (?:disclosed|released)|did not disclose|terms were not|declined to disclose)\b/i;

// Smaller figures are prices, fees or per-share amounts, not what a company deal is worth.
const MIN_DEAL_VALUE = 100_000;

function toNumber(num: string): number {
  const lower = num.toLowerCase();
  return WORD_NUMBERS[lower] ?? Number(lower.replace(/,/g, ''));
}

/** parseAmounts finds every money figure in a sentence with whether it is tied to a deal. */
export function parseAmounts(sentence: string, type: DealType | null = null): { amount: DealAmount; tied: boolean; index: number }[] {
  const found: { amount: DealAmount; tied: boolean; index: number }[] = [];
  const push = (m: RegExpMatchArray, currency: string, num: string, scale: string | undefined): void => {
    const index = m.index ?? 0;
    const factor = scale ? (SCALE[scale.toLowerCase().replace(/\s+/g, ' ')] ?? 1) : 1;
    const value = toNumber(num) * factor;
    if (!Number.isFinite(value)) return;
    const before = sentence.slice(Math.max(0, index - 60), index);
    const after = sentence.slice(index + m[0].length, index + m[0].length + 50);
    const valuation = (type === 'funding' || type === 'ipo') && VALUATION_BEFORE.test(before);
    // ... unless only part of it is bought ("sell 51% of Altera in a deal that values Altera at").
    const boughtAt =
      (type === 'acquisition' || type === 'merger') &&
      BOUGHT_AT_BEFORE.test(before) &&
      !/market|shares/i.test(before.slice(-40)) &&
      // "a merger valuing the combined company at $9 billion": the value of what the deal makes, not its price.
      !/\bcombined\b/i.test(before.slice(-40)) &&
      !/\d\s?(?:%|pct|percent)/i.test(sentence.slice(0, index));
    const excluded = (NOT_DEAL_BEFORE.test(before) && !boughtAt) || NOT_DEAL_AFTER.test(after) || valuation || value < MIN_DEAL_VALUE;
    const tied =
      !excluded &&
      (DEAL_BEFORE.test(before) || (type !== 'funding' && PUT_BEFORE.test(before)) || PAY_NAME_BEFORE.test(before) || DEAL_AFTER.test(after) || boughtAt);
    if (found.some((f) => Math.abs(f.index - index) < 3)) return;
    found.push({ amount: { value, currency, text: m[0].trim() }, tied, index });
  };
  for (const m of sentence.matchAll(PREFIXED)) {
    const prefix = (m[1] ?? '').toLowerCase().replace(/\s/g, '');
    // A currency code must stand apart from the number: "USD 5m", not "USD5m" inside a word.
    if (/^[a-z]{3}$/.test(prefix) && !/^\s/.test(sentence.slice((m.index ?? 0) + 3))) continue;
    if (/^[a-z]/.test(prefix) && /\w/.test(sentence.charAt((m.index ?? 0) - 1))) continue;
    push(m, PREFIX_CURRENCY[prefix] ?? 'USD', m[2] ?? '', m[3]);
  }
  for (const m of sentence.matchAll(SUFFIXED)) {
    push(m, SUFFIX_CURRENCY[(m[3] ?? '').toLowerCase()] ?? 'USD', m[1] ?? '', m[2]);
  }
  return found.sort((a, b) => a.index - b.index);
}

/** original: "€110 million ($120 million)" names the deal in the currency it was struck in. */
function original(sentences: readonly string[], amount: DealAmount, type: DealType | null): DealAmount {
  for (const s of sentences) {
    if (!s.includes('(')) continue;
    const all = parseAmounts(s, type);
    for (let i = 1; i < all.length; i += 1) {
      const a = all[i - 1];
      const b = all[i];
      if (!a || !b) continue;
      const between = s.slice(a.index + a.amount.text.length, b.index);
      const same = b.amount.currency === amount.currency && Math.abs((b.amount.value ?? 0) - (amount.value ?? 0)) <= Math.abs(amount.value ?? 0) * 0.01;
      if (same && a.amount.currency !== amount.currency && /^\s*\(\s*(?:about|around|roughly|nearly|approximately|some|or)?\s*$/i.test(between))
        return a.amount;
    }
  }
  return amount;
}

const UPFRONT = /^\s*(?:in\s+)?(?:upfront|up front|up-front)\b/i;

/** dealAmount picks the first tied figure from the deal sentences, else "undisclosed", else null. */
export function dealAmount(sentences: readonly string[], type: DealType | null = null): DealAmount | null {
  for (const s of sentences) {
    const all = parseAmounts(s, type).filter((a) => a.tied);
    // "pay $150 million upfront ..., in a deal worth up to $1.4 billion": an upfront payment is part of the deal's worth.
    const tied = all.find((a) => !UPFRONT.test(s.slice(a.index + a.amount.text.length, a.index + a.amount.text.length + 20))) ?? all[0];
    if (tied) return original(sentences, tied.amount, type);
  }
  for (const s of sentences) {
    if (UNDISCLOSED.test(s)) return { value: null, currency: null, text: 'undisclosed' };
  }
  return null;
}

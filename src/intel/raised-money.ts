// Money raised: "raises $40M", "raised about $150 million", "lands €110 million", and the
// objects of "raises" that are not money ("raises forecast", "raises its offer"). The
// classifier's funding frame and the lead's roles ask these.

import type { Token } from './text.js';

// Objects of "raises" that are not money raised ("raises forecast", "raises dividend", "raises its offer").
const RAISE_NOT_MONEY: ReadonlySet<string> = new Set([
  'forecast',
  'outlook',
  'guidance',
  'dividend',
  'dividends',
  'prices',
  'price',
  'fee',
  'fees',
  'stake',
  'offer',
  'bid',
  'concerns',
  'questions',
  'doubts',
  'target',
  'estimate',
  'estimates',
  'rates',
  'rate',
  'wages',
  'pay',
  'production',
  'output',
  'capacity',
  'payout',
  'limit',
  'ceiling',
  'expectations',
  'hopes',
  'fears',
  'alarm',
  'eyebrows',
  'funds',
]);

export function isMoneyAt(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (!t) return false;
  if (['$', '€', '£', '¥', '₹'].includes(t.raw)) return true;
  if (/^(us|c|a|hk|s|nz)$/i.test(t.raw) && toks[k + 1]?.raw === '$') return true;
  if (/^(rs|inr|usd|eur|gbp|jpy|chf|cad|nok|sek|cny)$/i.test(t.raw) && toks[k + 1]?.digit) return true;
  return !!t.digit && /^(million|billion|mln|bln|bn|m|crore|lakh|dlrs|dollars|euros|pounds|yen|yuan)$/i.test(toks[k + 1]?.norm ?? '');
}

// Words that may stand between "raises" and the money: "raised about $150 million", "lands a further €20m".
const BEFORE_MONEY: ReadonlySet<string> = new Set([
  'about',
  'around',
  'nearly',
  'roughly',
  'approximately',
  'up',
  'to',
  'as',
  'much',
  'more',
  'than',
  'over',
  'a',
  'an',
  'another',
  'further',
  'additional',
  'new',
  'fresh',
  'almost',
  'some',
  'close',
  'its',
]);

function atValuation(toks: readonly Token[], from: number): boolean {
  const money = [from, from + 1].find((k) => isMoneyAt(toks, k));
  return money !== undefined && toks.slice(money + 1, money + 5).some((t) => t.norm === 'valuation');
}

/** raisesMoney: "raises $40M", "raised about $150 million", "lands €110 million" (not "raising it to 35 dlrs"). */
export function raisesMoney(toks: readonly Token[], to: number): boolean {
  for (let k = to; k < Math.min(toks.length, to + 5); k += 1) {
    const t = toks[k] as Token;
    if (isMoneyAt(toks, k)) return true;
    // "in talks to raise at a $2 billion valuation": a round priced, its size not yet told.
    if (t.norm === 'at' && atValuation(toks, k + 1)) return true;
    if (RAISE_NOT_MONEY.has(t.norm) || (t.word && !t.digit && !BEFORE_MONEY.has(t.norm))) return false;
  }
  return false;
}

// "Corwin Capital raises $6 billion for its fifth buyout fund": an investment firm raising a fund of its own, no round.
export function moneyForFund(toks: readonly { norm: string }[], from: number): boolean {
  const at = toks.findIndex((t, i) => i >= from && i < from + 8 && t.norm === 'for');
  return at >= 0 && toks.slice(at + 1, at + 6).some((t) => t.norm === 'fund' || t.norm === 'funds');
}

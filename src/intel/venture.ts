// Type boundaries around ventures, offerings and rounds: a stake in a venture or parts of companies pooled
// are a joint venture, not an investment or a merger; an offering still to come is the occasion of a round;
// a fund financing a startup is the startup's round. Pure token tests, called from evidence.ts for each
// deal phrase and from classify.ts for the story's type.

import type { DealType } from '../model/deal.js';
import type { PhraseHit, SentenceEvidence, StorySentence } from './evidence-types.js';
import { raisesMoney } from './raised-money.js';
import type { Token } from './text.js';

// "a 49% stake in a new joint venture", "merge their steel businesses into a 50-50 joint venture": a stake
// in a venture, or businesses merged into one, is the venture itself. A stake in "its joint venture" is a
// stake in one that exists: bought, not formed.
const VENTURE_MODIFIERS = /^(a|an|the|new|their|its|planned|proposed|joint|jointly|owned|held|50|50-50|equal|separate|independent|combined)$/;
const OWNED_ALREADY = /^(its|their|existing)$/;
export function intoVenture(ss: StorySentence, h: PhraseHit, type: DealType): boolean {
  if (type !== 'investment' && type !== 'merger') return false;
  const toks = ss.sentence.tokens;
  if (type === 'merger' && partsCombined(ss, h)) return true;
  const preps = type === 'investment' ? /^(in|of)$/ : /^(into|in)$/;
  const reach = type === 'investment' ? 2 : 8;
  for (let k = h.to; k < Math.min(toks.length, h.to + reach); k += 1) {
    if (!preps.test(toks[k]?.norm ?? '')) continue;
    for (let j = k + 1; j < Math.min(toks.length, k + 8); j += 1) {
      const t = toks[j] as Token;
      if (/^(venture|jv)$/.test(t.norm)) return !ss.orgs.some((o) => o.strong && o.from <= j && j < o.to);
      if (type === 'investment' && OWNED_ALREADY.test(t.norm)) return false;
      if (!t.digit && t.raw !== '-' && !VENTURE_MODIFIERS.test(t.norm)) break;
    }
    return false;
  }
  return false;
}

// "to combine European steel operations", "merge their mobile businesses": companies pooling parts of
// themselves form a venture; companies that merge are the object or subject themselves, or what the
// parts merge with.
const PARTS = /^(operations|businesses|units|divisions|arms|assets)$/;
function partsCombined(ss: StorySentence, h: PhraseHit): boolean {
  const toks = ss.sentence.tokens;
  if (!/^(combine|merge)$/.test(toks[h.to - 1]?.norm ?? '')) return false;
  if (toks.some((t) => /^(equals|combined|shareholders|stockholders)$/.test(t.norm))) return false;
  for (let k = h.to; k < Math.min(toks.length, h.to + 5); k += 1) {
    const t = toks[k] as Token;
    // "merge UK mobile operations with Three" merges them with a company: a merger.
    // "merge their businesses" may be two whole companies: the parts must be named ("European steel operations").
    const named = toks.slice(h.to, k).some((x) => !/^(their|its|the)$/.test(x.norm));
    if (PARTS.test(t.norm)) return named && toks[k + 1]?.norm !== 'with' && !ss.orgs.some((o) => o.strong && o.from < k && o.to > h.to);
    if (!t.word || /^(with|and|in|into|to|for|a|an)$/.test(t.norm)) return false;
  }
  return false;
}

// "raises $150 million ahead of its planned IPO", "a pre-IPO round": an offering still to come is the
// round's occasion, not the deal; so is the one a company was bought just before ("Cisco snaps up AppDynamics
// days before IPO").
const AHEAD = /^(ahead|before|prior|pre)$/;
const BOUGHT = /^(acquire|acquires|acquired|acquiring|buy|buys|bought|buying|snaps|snapped|scoops|scooped|acquisition|takeover|purchase)$/;
export function ipoToCome(toks: readonly Token[], h: PhraseHit): boolean {
  let k = h.from - 1;
  while (k >= 0 && /^(a|an|the|its|their|planned|potential|possible|expected|proposed|eventual|future|of|to|-)$/.test(toks[k]?.norm ?? '')) k -= 1;
  if (!AHEAD.test(toks[k]?.norm ?? '')) return false;
  return (
    toks.some((t, i) => /^(raises|raised|raising|raise|secures|secured|lands|landed|closes|closed)$/.test(t.norm) && raisesMoney(toks, i + 1)) ||
    toks.some((t) => /^(round|funding|financing)$/.test(t.norm)) ||
    toks.slice(0, k).some((t) => BOUGHT.test(t.norm))
  );
}

// "Saudi Arabia's Public Investment Fund has invested $3.5 billion in ... a privately held startup": a fund
// financing a startup, with no stake named, is the startup's round; a company investing in one
// ("Google to invest $2 billion in startup Anthropic") or taking a stake is an investment.
const FINANCIAL_NAME = /\b(?:Fund|Capital|Ventures|Partners|Investments?|Growth|Equity)\b/;
const FINANCIAL_WORDS = /^(fund|funds|firm|investor|investors|vc)$/;
const STARTUP = /\b(?:start-?ups?|privately[- ]held)\b/i;
const STAKE = /^(stake|stakes|pct|%|percent)$/;

export function fundInStartup(evals: readonly SentenceEvidence[]): boolean {
  const top = evals.filter((e) => e.ss.index <= 0);
  if (!top.some((e) => STARTUP.test(e.ss.sentence.text))) return false;
  if (top.some((e) => e.ss.sentence.tokens.some((t) => STAKE.test(t.norm) || t.raw === '%'))) return false;
  return top.some((e) =>
    e.deals.some((d) => {
      // The fund's own verb ("has invested $3.5 billion in"), not a noun ("pulled out of a planned investment").
      if (d.type !== 'investment' || !/^invest(s|ed|ing)?$/.test(e.ss.sentence.tokens[d.from]?.norm ?? '')) return false;
      const investor = e.ss.orgs.filter((o) => o.to <= d.from).at(-1);
      if (!investor) return false;
      const toks = e.ss.sentence.tokens;
      const before = toks.slice(Math.max(0, investor.from - 3), investor.from);
      return FINANCIAL_NAME.test(investor.name) || before.some((t) => FINANCIAL_WORDS.test(t.norm));
    }),
  );
}

// "Verdigris gets $250 million boost" over "would receive a $250 million investment for a minority stake": money
// raised for a stake, with no round named, is an investment in the company, not its round.
const ROUND_WORDS = /^(round|rounds|series|seed|funding|financing|led|co-led|valuation|valuing|values|investors)$/;

export function stakeNotRound(evals: readonly SentenceEvidence[]): boolean {
  const top = evals.filter((e) => e.ss.index <= 0);
  if (top.some((e) => e.ss.sentence.tokens.some((t) => ROUND_WORDS.test(t.norm)))) return false;
  return top.some((e) => (e.byType.get('investment') ?? 0) > 0 && e.ss.sentence.tokens.some((t) => STAKE.test(t.norm) || t.raw === '%'));
}

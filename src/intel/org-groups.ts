// Organisations next to one another in a sentence: "Dow Chemical and DuPont", "GIC, CPP
// Investments, SoftBank and Walmart", "Fortnite maker Epic Games". The frame walks
// (frame-walk.ts) and the lead's roles read groups, not single names.

import type { OrgSpan } from './orgs.js';
import { wordsAt, type Token } from './text.js';

// Headline attribution: ", Bloomberg Reports", ", Nikkei says".
export const REPORTING: ReadonlySet<string> = new Set(['reports', 'reported', 'report', 'says', 'said', 'say', 'according', 'writes', 'citing']);
const EXCHANGE_WORDS = /\b(nasdaq|nyse|tsx|lse|exchange|bourse|amex|euronext|hkex|sgx|asx)\b/i;

export function orgEndingAt(orgs: readonly OrgSpan[], end: number): OrgSpan | undefined {
  return orgs.find((o) => o.to === end);
}

export function orgStartingAt(orgs: readonly OrgSpan[], start: number): OrgSpan | undefined {
  return orgs.find((o) => o.from === start);
}

export function isExchange(org: OrgSpan): boolean {
  return EXCHANGE_WORDS.test(org.name);
}

function isJoiner(t: Token | undefined): boolean {
  return !!t && (t.norm === 'and' || t.raw === ',' || t.raw === '&');
}

/** groupLeft: "Dow Chemical and DuPont", "X, Y and Z" ending with `last`. */
export function groupLeft(orgs: readonly OrgSpan[], toks: readonly Token[], last: OrgSpan): OrgSpan[] {
  const group = [last];
  let cur = last;
  for (;;) {
    let k = cur.from - 1;
    // "Sony and Lego owner KIRKBI": step back over the description and the name it describes.
    if (DESCRIBED_BY.has(toks[k]?.norm ?? '')) {
      const described = orgEndingAt(orgs, k);
      if (described) k = described.from - 1;
    }
    // "Wrenbridge Partners and the venture arm of Colfax Insurance": an investing arm stands for its owner.
    const arm = armBefore(toks, k + 1);
    if (arm > 0) k -= arm;
    // "the Department of Health and the Department of Defense": a "the" after the joiner.
    if (toks[k]?.norm === 'the' && isJoiner(toks[k - 1])) k -= 1;
    if (!isJoiner(toks[k])) break;
    if (toks[k]?.norm === 'and' && toks[k - 1]?.raw === ',') k -= 1;
    const prev = orgEndingAt(orgs, k);
    if (!prev || toks[prev.to - 1]?.possessive) break;
    group.unshift(prev);
    cur = prev;
  }
  return group;
}

// "the venture arm of X", "the investment unit of X": words naming the arm through which X invests.
const ARM_WORDS: readonly (readonly string[])[] = [
  ['the', 'venture', 'arm', 'of'],
  ['the', 'venture', 'capital', 'arm', 'of'],
  ['the', 'corporate', 'venture', 'arm', 'of'],
  ['the', 'investment', 'arm', 'of'],
  ['the', 'venture', 'unit', 'of'],
  ['the', 'investment', 'unit', 'of'],
];

/** armAfter: the length of an arm phrase starting at k, or 0. */
function armAfter(toks: readonly Token[], k: number): number {
  // Groups are read on every walk: test the cheap first word before the phrases.
  if (toks[k]?.norm !== 'the') return 0;
  const words = ARM_WORDS.find((ws) => wordsAt(toks, k, ws));
  return words ? words.length : 0;
}

/** armBefore: the length of an arm phrase ending just before `end`, or 0. */
function armBefore(toks: readonly Token[], end: number): number {
  if (toks[end - 1]?.norm !== 'of') return 0;
  const words = ARM_WORDS.find((ws) => wordsAt(toks, end - ws.length, ws));
  return words ? words.length : 0;
}

// "Fortnite maker Epic Games", "Lego owner KIRKBI": a name, a description, then the company meant.
const DESCRIBED_BY: ReadonlySet<string> = new Set(['maker', 'owner', 'parent', 'developer', 'operator', 'publisher', 'creator', 'founder', 'unit', 'backer']);

/** resolveDescribed: for "Fortnite maker Epic Games" starting at `first`, the organisation after the description. */
export function resolveDescribed(orgs: readonly OrgSpan[], toks: readonly Token[], first: OrgSpan): OrgSpan {
  if (!DESCRIBED_BY.has(toks[first.to]?.norm ?? '')) return first;
  return orgStartingAt(orgs, first.to + 1) ?? first;
}

/** groupRight: "GIC, CPP Investments, SoftBank and Walmart" starting with `first` (not ", FT Reports"). */
export function groupRight(orgs: readonly OrgSpan[], toks: readonly Token[], start: OrgSpan): OrgSpan[] {
  const first = resolveDescribed(orgs, toks, start);
  const group = [first];
  let cur = first;
  for (;;) {
    let k = cur.to;
    if (!isJoiner(toks[k])) break;
    const comma = toks[k]?.raw === ',';
    k += 1;
    if (toks[k]?.norm === 'and' || toks[k]?.norm === 'other' || toks[k]?.norm === 'existing') k += 1;
    // "Aldermoor Partners and the Fennick Pension Fund", "... and the venture arm of (utility) Colfax Insurance".
    const arm = armAfter(toks, k);
    k += arm;
    if (arm > 0 && toks[k]?.word && !toks[k]?.cap && toks[k + 1]?.cap) k += 1;
    if (toks[k]?.norm === 'the' && !toks[k]?.cap) k += 1;
    let found = orgStartingAt(orgs, k);
    // "..., Silver Lake and Jared Kushner's Affinity Partners": the company the person owns.
    if (found && toks[found.to - 1]?.possessive) found = orgStartingAt(orgs, found.to) ?? found;
    const next = found ? resolveDescribed(orgs, toks, found) : undefined;
    if (!next || (comma && REPORTING.has(toks[next.to]?.norm ?? ''))) break;
    group.push(next);
    cur = next;
  }
  return group;
}

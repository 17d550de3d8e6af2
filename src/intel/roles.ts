// Parties and roles from the deal sentence's structure: who is left of the deal
// phrase (the subject) and who is right of it (the object), read per deal type,
// with the passive ("acquired by X", "led by X") and selling ("sell Y to X") turned round.

import type { CompanyRole, DealType } from '../model/deal.js';
import type { PhraseHit } from './classify.js';
import type { OrgSpan } from './orgs.js';
import type { Sentence, Token } from './text.js';

// Words skipped when looking for the subject left of the phrase ("X has agreed to buy").
const LEFT_FILLER: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'agreed', 'agrees', 'agree', 'to', 'will', 'would', 'said', 'says', 'it', 'signed', 'signs', 'sign',
  'a', 'an', 'the', 'plans', 'plan', 'is', 'was', 'are', 'recently', 'its', 'their', 'definitive', 'new', 'strategic',
  'announced', 'announces', 'formed', 'forms', 'form', 'entered', 'enters', 'into', 'reached', 'completed', 'completes',
  'made', 'makes', 'make', 'set', 'sets', 'launched', 'won', 'wins', 'leads', 'led', 'raised', 'raises', 'closed',
  'closes', 'secured', 'secures', 'unit', 'subsidiary', 'also', 'finally', 'now', 'officially', 'in', 'principle',
  ',', '$', '€', '£', '¥', 'mln', 'million', 'billion', 'bn', 'dlrs',
]);
// Words skipped when looking for the object right of the phrase ("a 20 pct stake in Y").
const RIGHT_FILLER: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'with', 'of', 'in', 'stake', 'interest', 'pct', 'percent', '%', 'all', 'remaining', 'majority',
  'minority', 'rival', 'its', 'privately', 'held', 'outstanding', 'shares', 'common', 'startup', 'firm', 'company',
  'for', 'to', 'buy', 'acquire', 'deal', 'agreement', 'up', '$', 'by', 'led', 'from', 'ai', 'chipmaker', 'maker',
  'fintech', 'biotech', 'software', 'french', 'german', 'british', 'chinese', 'japanese', 'us', 'u.s', 'cybersecurity', 'mln', 'million', 'billion', 'bn', 'dlrs', 'dlr',
]);

export interface RoleAssignment {
  readonly org: OrgSpan;
  readonly role: CompanyRole;
}

function skip(toks: readonly Token[], from: number, step: 1 | -1, filler: ReadonlySet<string>): number {
  let k = from;
  while (k >= 0 && k < toks.length) {
    const t = toks[k] as Token;
    if (filler.has(t.norm) || t.digit || t.raw === '-' || t.raw === ',' || t.raw === '.') k += step;
    else break;
  }
  return k;
}

/** slotsFor gives the token positions where a subject run ends and an object run starts. */
export function slotsFor(sentence: Sentence, hit: PhraseHit): number[] {
  const toks = sentence.tokens;
  let left = skip(toks, hit.from - 1, -1, LEFT_FILLER);
  // One unknown verb may stand between subject and phrase ("X and Y extend partnership").
  const verb = toks[left];
  if (verb?.word && !verb.cap && verb.norm !== 'and') left = skip(toks, left - 1, -1, LEFT_FILLER);
  return [left + 1, skip(toks, hit.to, 1, RIGHT_FILLER)];
}

function nearestLeft(orgs: readonly OrgSpan[], toks: readonly Token[], pos: number): OrgSpan | undefined {
  let best: OrgSpan | undefined;
  for (const o of orgs) {
    if (o.to > pos || pos - o.to > 12) continue;
    const between = toks.slice(o.to, pos);
    if (between.some((t) => t.raw === ';' || t.norm === 'while' || t.norm === 'but')) continue;
    if (!best || o.to > best.to) best = o;
  }
  return best;
}

function firstRight(orgs: readonly OrgSpan[], toks: readonly Token[], pos: number, limit = 12): OrgSpan | undefined {
  for (const o of orgs) {
    if (o.from < pos || o.from - pos > limit) continue;
    if (toks.slice(pos, o.from).some((t) => t.raw === ',' || t.raw === ';' || t.raw === '(')) return undefined;
    return o;
  }
  return undefined;
}

/** coordinated finds "X and Y" / "X, Y" partners of an org on its left. */
function coordinatedLeft(orgs: readonly OrgSpan[], toks: readonly Token[], org: OrgSpan): OrgSpan[] {
  const out: OrgSpan[] = [];
  let cur = org;
  for (;;) {
    const prev = orgs.filter((o) => o.to <= cur.from && cur.from - o.to <= 1).pop();
    const joiner = toks[cur.from - 1];
    if (!prev || !joiner || !(joiner.norm === 'and' || joiner.raw === ',' || joiner.raw === '&')) break;
    out.push(prev);
    cur = prev;
  }
  return out;
}

function indexAfter(toks: readonly Token[], from: number, words: readonly string[], limit = 10): number {
  for (let k = from; k < Math.min(toks.length, from + limit); k += 1) {
    if (words.includes(toks[k]?.norm ?? '')) return k + 1;
  }
  return -1;
}

/** assignRoles reads one deal sentence and gives roles to the organisations in its slots. */
export function assignRoles(sentence: Sentence, hit: PhraseHit, type: DealType, orgs: readonly OrgSpan[]): RoleAssignment[] {
  const toks = sentence.tokens;
  const words = toks.slice(hit.from, hit.to).map((t) => t.norm);
  const out: RoleAssignment[] = [];
  const left = nearestLeft(orgs, toks, hit.from);
  const leftAll = left ? [left, ...coordinatedLeft(orgs, toks, left)] : [];
  const right = firstRight(orgs, toks, hit.to);
  const byPos = indexAfter(toks, hit.to, ['by'], 4);
  const byOrg = byPos >= 0 ? firstRight(orgs, toks, byPos, 3) : undefined;
  const give = (list: readonly (OrgSpan | undefined)[], role: CompanyRole): void => {
    for (const o of list) if (o) out.push({ org: o, role });
  };

  switch (type) {
    case 'acquisition': {
      const selling = words.some((w) => /^(sell|sells|sold|selling|sale|divest|dispose)/.test(w));
      if (byOrg) {
        give([byOrg], 'acquirer');
        give(leftAll, 'target');
      } else if (selling) {
        const toPos = indexAfter(toks, hit.to, ['to'], 14);
        const buyer = toPos >= 0 ? firstRight(orgs, toks, toPos, 4) : undefined;
        give([buyer], 'acquirer');
        give([right && right !== buyer ? right : undefined], 'target');
        give(leftAll, 'party');
      } else {
        give(leftAll, 'acquirer');
        give([right], 'target');
      }
      break;
    }
    case 'investment':
    case 'funding': {
      const raising = toks.slice(Math.max(0, hit.from - 6), hit.from).some((t) => /^rais/.test(t.norm) || t.norm === 'secures' || t.norm === 'closes');
      const inPos = indexAfter(toks, hit.to, ['in', 'into'], 10);
      const investee = inPos >= 0 ? firstRight(orgs, toks, inPos, 3) : right;
      if (raising || byOrg) {
        give(leftAll, 'investee');
        const fromPos = indexAfter(toks, hit.to, ['from', 'by', 'including'], 10);
        give([byOrg ?? (fromPos >= 0 ? firstRight(orgs, toks, fromPos, 3) : undefined)], 'investor');
      } else {
        give(leftAll, 'investor');
        give([investee], 'investee');
      }
      break;
    }
    default:
      // merger, partnership, joint venture, contract, ipo: everyone named around the phrase is a party.
      give([...leftAll, right, byOrg], 'party');
  }
  return out;
}

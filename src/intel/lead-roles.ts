// Roles the lead gives outside the main frame: the other investors of a round
// ("Amazon, Nvidia and IBM were among the other investors", "with participation
// from Marisol Growth"), and the sellers and bidders of an acquisition ("Carlyle
// and Oracle will sell their stakes", "Amberline is among the potential bidders").
// These never override a role the frames gave; they only fill in names left mentioned.

import type { CompanyRole, DealType } from '../model/deal.js';
import { groupLeft, groupRight } from './org-groups.js';
import { isMoneyAt } from './raised-money.js';
import type { OrgSpan } from './orgs.js';
import { wordsAt, type Sentence, type Token } from './text.js';

export interface LeadRole {
  readonly org: OrgSpan;
  readonly role: CompanyRole;
}

// Words right before investors: "led by", "participation from", "investors including", "alongside".
const BEFORE_INVESTORS: readonly (readonly string[])[] = [
  ['led', 'by'],
  ['co', '-', 'led', 'by'],
  ['participation', 'from'],
  ['including'],
  ['alongside'],
  ['joined', 'by'],
  ['backed', 'by'],
  ['such', 'as'],
  ['investors'],
  ['investor'],
  ['from'],
  ['adding'],
  ['included'],
  ['includes'],
];
// Words right after investors: "led the round", "also participated", "were among the other investors".
const AFTER_INVESTORS: readonly (readonly string[])[] = [
  ['led', 'the'],
  ['co', '-', 'led'],
  ['also', 'participated'],
  ['participated'],
  ['also', 'invested'],
  ['invested'],
  ['joined', 'the', 'round'],
  ['also', 'investing'],
  ['also', 'joining'],
  ['joining'],
  ['were', 'among'],
  ['was', 'among'],
  ['is', 'among', 'the', 'investors'],
  ['contributed'],
  ['each', 'contributing'],
  ['led', 'it'],
  ['took', 'part'],
  ['all', 'took', 'part'],
  ['also', 'took', 'part'],
  ['also', 'backed'],
  ['also', 'joined'],
  ['led', ','],
  ['led', '.'],
  ['all', 'joined'],
  ['joined', '.'],
  ['joined', ','],
];
// Sellers and bidders around an acquisition.
const SELLS_STAKE = /^(sell|sells|sold|selling|divest|divests|offload|offloads)$/;
const HOLDING = /^(stake|stakes|shares|holding|holdings|interest)$/;
const BIDDERS = /^(bidders|suitors|buyers|bidder|suitor)$/;

/** after: the organisation group starting at k (skipping "the", "existing", descriptors). */
export function groupAt(orgs: readonly OrgSpan[], toks: readonly Token[], k: number): OrgSpan[] {
  for (let j = k; j < Math.min(toks.length, k + 4); j += 1) {
    const found = orgs.find((x) => x.from === j);
    // "from Warren Buffett's Berkshire Hathaway": the company the person owns.
    const o = found?.kind === 'person' && toks[found.to - 1]?.possessive ? (orgs.find((x) => x.from === found.to) ?? found) : found;
    if (o) return groupRight(orgs, toks, o);
    const t = toks[j] as Token;
    if (t.cap || (t.word && !['the', 'existing', 'other', 'new', 'investors', 'investor', 'including', 'firms', 'firm', 'venture'].includes(t.norm))) break;
  }
  return [];
}

function fundingRoles(s: Sentence, orgs: readonly OrgSpan[]): LeadRole[] {
  const toks = s.tokens;
  const out: LeadRole[] = [];
  for (let k = 0; k < toks.length; k += 1) {
    for (const cue of BEFORE_INVESTORS) {
      if (!wordsAt(toks, k, cue)) continue;
      // Plain "from" names investors only in a sentence that raises money.
      if (cue[0] === 'from' && !toks.some((t) => /^(raised|raises|raising|investment|round|funding)$/.test(t.norm))) continue;
      for (const o of groupAt(orgs, toks, k + cue.length)) out.push({ org: o, role: 'investor' });
    }
  }
  for (const o of orgs) {
    // "Oakhurst Foods' venture arm" invests for Oakhurst Foods.
    const arm = toks[o.to - 1]?.possessive && wordsAt(toks, o.to, ['venture', 'arm']);
    if (arm || AFTER_INVESTORS.some((cue) => wordsAt(toks, o.to, cue) || (toks[o.to]?.raw === ',' && wordsAt(toks, o.to + 1, cue)))) {
      for (const g of groupLeft(orgs, toks, o)) out.push({ org: g, role: 'investor' });
    }
  }
  return out;
}

function acquisitionRoles(s: Sentence, orgs: readonly OrgSpan[]): LeadRole[] {
  const toks = s.tokens;
  const out: LeadRole[] = [];
  for (let k = 0; k < toks.length; k += 1) {
    const t = toks[k] as Token;
    // "JPMorgan will pay the FDIC $10.6 billion": the one paid for what is bought sells it.
    if (/^(pay|pays|paid|paying)$/.test(t.norm)) {
      const at = toks[k + 1]?.norm === 'the' ? k + 2 : k + 1;
      const payee = orgs.find((o) => o.from === at && o.kind === 'org');
      if (payee && isMoneyAt(toks, payee.to)) out.push({ org: payee, role: 'seller' });
    }
    // "Carlyle Group and Oracle will sell their stakes".
    if (SELLS_STAKE.test(t.norm) && toks.slice(k + 1, k + 4).some((x) => HOLDING.test(x.norm))) {
      let j = k - 1;
      // "Ampere's main investors, Carlyle Group and Oracle, will sell their stakes": over the appositive's comma too.
      // "SoftBank Group is among the investors selling their shares".
      while (
        j >= 0 &&
        (/^(will|would|to|agreed|plan|plans|also|each|both|said|they|it|has|have|had|is|are|among|the|investors|shareholders|holders|existing|early|one|of)$/.test(
          toks[j]?.norm ?? '',
        ) ||
          toks[j]?.raw === ',')
      )
        j -= 1;
      const last = orgs.find((o) => o.to === j + 1);
      if (last) for (const g of groupLeft(orgs, toks, last)) out.push({ org: g, role: 'seller' });
    }
    // "Amberline Energy Partners is among the potential bidders".
    if (BIDDERS.test(t.norm)) {
      let j = k - 1;
      while (j >= 0 && /^(the|potential|possible|other|among|is|are|was|were|a|an|likely|interested|one|of)$/.test(toks[j]?.norm ?? '')) j -= 1;
      const last = orgs.find((o) => o.to === j + 1);
      if (last) for (const g of groupLeft(orgs, toks, last)) out.push({ org: g, role: 'acquirer' });
    }
  }
  return out;
}

/** leadRoles reads the extra roles of the lead sentences for the story's deal type. */
export function leadRoles(type: DealType, sentences: readonly { sentence: Sentence; orgs: readonly OrgSpan[] }[]): LeadRole[] {
  const out: LeadRole[] = [];
  for (const { sentence, orgs } of sentences) {
    if (type === 'funding' || type === 'investment') out.push(...fundingRoles(sentence, orgs));
    if (type === 'acquisition') out.push(...acquisitionRoles(sentence, orgs));
  }
  return out;
}

/**
 * pairRoles: "Dunmore and Calloway call off deal" names both sides of an acquisition without saying which
 * buys; once the lead has made one of them the target (or the acquirer), the other is the other side.
 */
export function pairRoles(orgs: readonly OrgSpan[], title: Sentence | undefined, roleOf: (o: OrgSpan) => CompanyRole | undefined): LeadRole[] {
  const first = orgs[0];
  if (!title || !first || first.kind !== 'org') return [];
  const pair = groupRight(orgs, title.tokens, first);
  if (pair.length !== 2) return [];
  const [a, b] = pair as [OrgSpan, OrgSpan];
  const other: Partial<Record<CompanyRole, CompanyRole>> = { target: 'acquirer', acquirer: 'target' };
  // Not yet noted at all is as good as mentioned.
  const ra = roleOf(a) ?? 'mentioned';
  const rb = roleOf(b) ?? 'mentioned';
  if (ra && rb === 'mentioned' && other[ra]) return [{ org: b, role: other[ra] as CompanyRole }];
  if (rb && ra === 'mentioned' && other[rb]) return [{ org: a, role: other[rb] as CompanyRole }];
  return [];
}

// Who owns whom, as the lead says it: "UAL Corp, the parent of United Airlines",
// "United Airlines parent UAL", "Elk Valley Resources, a unit of Teck", "Teck's
// steelmaking coal business, Elk Valley Resources". A deal reported under a unit's
// name is often labelled with its listed parent, and a unit sold may be named only in
// the body; these links let a role pass between the two (ownedRoles).

import type { CompanyRole, DealType } from '../model/deal.js';
import { orgStartingAt } from './org-groups.js';
import type { OrgSpan } from './orgs.js';
import type { Sentence, Token } from './text.js';

export interface Ownership {
  readonly parent: OrgSpan;
  readonly unit: OrgSpan;
  /** "the family company that controls Paramount": a holder of shares, not the unit's corporate parent. */
  readonly holder?: boolean;
}

type Lead = readonly { readonly sentence: Sentence; readonly orgs: readonly OrgSpan[] }[];

const PARENT_NOUNS = /^(parent|owner|parent company|holding company|controlling shareholder)$/;
const UNIT_NOUNS = /^(unit|subsidiary|division|arm|business|operations|affiliate|brand|chain)$/;

/** nounAt: "parent" or "parent company" at k, with the index after it. */
function nounAt(toks: readonly Token[], k: number, nouns: RegExp): number {
  const two = `${toks[k]?.norm ?? ''} ${toks[k + 1]?.norm ?? ''}`;
  if (nouns.test(two)) return k + 2;
  return nouns.test(toks[k]?.norm ?? '') ? k + 1 : -1;
}

/** skipArticle: past "the", "a", "an", "its" at k. */
function skipArticle(toks: readonly Token[], k: number): number {
  return /^(the|a|an|its)$/.test(toks[k]?.norm ?? '') ? k + 1 : k;
}

/** namedInLead: an organisation of the lead whose name starts with `word` ("Paramount" for "Paramount Global"). */
function namedInLead(lead: Lead, word: string): OrgSpan | undefined {
  for (const { sentence, orgs } of lead) {
    const found = orgs.find((o) => o.kind === 'org' && o.to - o.from > 1 && sentence.tokens[o.from]?.norm === word);
    if (found) return found;
  }
  return undefined;
}

/** ownerships reads parent-unit links in the lead sentences. */
export function ownerships(lead: Lead): Ownership[] {
  const out: Ownership[] = [];
  for (const { sentence, orgs } of lead) {
    const toks = sentence.tokens;
    for (const o of orgs) {
      if (o.kind !== 'org') continue;
      // "P, the parent of U" / "U, a unit of P" / "U is owned by P".
      const linked = toks[o.to]?.raw === ',' || /^(is|was)$/.test(toks[o.to]?.norm ?? '');
      if (linked) {
        const k = skipArticle(toks, o.to + 1);
        const parentEnd = nounAt(toks, k, PARENT_NOUNS);
        const unitEnd = parentEnd < 0 ? nounAt(toks, k, UNIT_NOUNS) : -1;
        const end = parentEnd >= 0 ? parentEnd : unitEnd;
        if (end >= 0 && toks[end]?.norm === 'of') {
          const other = orgStartingAt(orgs, skipArticle(toks, end + 1));
          if (other && other.kind === 'org') out.push(parentEnd >= 0 ? { parent: o, unit: other } : { parent: other, unit: o });
        }
        // "U, owned by P", "U, the craft brewer owned by investment firm P,".
        for (let k = o.to + 1; k < Math.min(toks.length - 2, o.to + 8); k += 1) {
          if (toks[k]?.raw === ',' || toks[k]?.cap) break;
          if (!/^(owned|controlled)$/.test(toks[k]?.norm ?? '') || toks[k + 1]?.norm !== 'by') continue;
          let at = k + 2;
          while (at < k + 5 && toks[at]?.word && !toks[at]?.cap) at += 1;
          const other = orgStartingAt(orgs, at);
          if (other && other.kind === 'org') out.push({ parent: other, unit: o });
          break;
        }
      }
      // "National Amusements, the Redstone family company that controls Paramount": a holder.
      if (toks[o.to]?.raw === ',') {
        for (let k = o.to + 1; k < Math.min(toks.length, o.to + 9); k += 1) {
          const t = toks[k] as Token;
          if (t.raw === ',' || t.raw === ';') break;
          if (
            /^(company|firm|investor|shareholder|vehicle|holder)$/.test(t.norm) &&
            toks[k + 1]?.norm === 'that' &&
            /^(controls|owns)$/.test(toks[k + 2]?.norm ?? '')
          ) {
            const at = skipArticle(toks, k + 3);
            // "... that controls Paramount": a short form of a name the lead gave in full is that company.
            const other = orgStartingAt(orgs, at) ?? (toks[at]?.cap ? namedInLead(lead, toks[at]?.norm ?? '') : undefined);
            if (other && other.kind === 'org') out.push({ parent: o, unit: other, holder: true });
            break;
          }
        }
      }
      // "U parent P", "U's parent, P": the description stands between the two names.
      const parentEnd = nounAt(toks, o.to, PARENT_NOUNS);
      if (parentEnd >= 0) {
        const other = orgStartingAt(orgs, toks[parentEnd]?.raw === ',' ? parentEnd + 1 : parentEnd);
        if (other && other.kind === 'org') out.push({ parent: other, unit: o });
      }
      // "Tarsk agreed to sell its chemicals business, Tarsk Specialty,": "its" is the sentence's subject.
      if (o === orgs[0]) {
        for (let k = o.to; k < toks.length - 2; k += 1) {
          if (toks[k]?.norm !== 'its') continue;
          let j = k + 1;
          while (j < toks.length && j < k + 5 && !UNIT_NOUNS.test(toks[j]?.norm ?? '') && toks[j]?.word && !toks[j]?.cap) j += 1;
          const unit = UNIT_NOUNS.test(toks[j]?.norm ?? '') && toks[j + 1]?.raw === ',' ? orgStartingAt(orgs, skipArticle(toks, j + 2)) : undefined;
          if (unit && unit.kind === 'org') out.push({ parent: o, unit });
          // "Brunswick Water has been sold ..., its owner Mercator Infrastructure said": the subject's owner.
          const ownerEnd = nounAt(toks, k + 1, PARENT_NOUNS);
          const owner = ownerEnd >= 0 ? orgStartingAt(orgs, toks[ownerEnd]?.raw === ',' ? ownerEnd + 1 : ownerEnd) : undefined;
          if (owner && owner.kind === 'org' && owner !== o) out.push({ parent: owner, unit: o });
        }
      }
      // "Alphabet's Google agreed to acquire Fitbit": an owner named before the company it owns.
      if (toks[o.to - 1]?.possessive) {
        const owned = orgStartingAt(orgs, o.to);
        if (owned && owned.kind === 'org') out.push({ parent: o, unit: owned });
      }
      // "P unit U", "P's steelmaking coal business, U": a unit noun after the owner, then the unit's name.
      let k = o.to;
      let words = 0;
      while (k < toks.length && words < 4 && !toks[k]?.cap && toks[k]?.word && !UNIT_NOUNS.test(toks[k]?.norm ?? '')) {
        k += 1;
        words += 1;
      }
      if (UNIT_NOUNS.test(toks[k]?.norm ?? '') && (toks[o.to - 1]?.possessive || words === 0)) {
        const at = toks[k + 1]?.raw === ',' ? skipArticle(toks, k + 2) : k + 1;
        const other = orgStartingAt(orgs, at);
        if (other && other.kind === 'org' && other !== o) out.push({ parent: o, unit: other });
      }
    }
  }
  return out;
}

/** What the parent of a unit with a role does in the deal: a target's owner sells it; an investee's owner takes no part. */
const PARENT_ROLE: Partial<Record<CompanyRole, CompanyRole>> = {
  target: 'seller',
  acquirer: 'acquirer',
  seller: 'seller',
  investor: 'investor',
  party: 'party',
  customer: 'customer',
  supplier: 'supplier',
};

/**
 * ownedRoles: roles passed along ownership links, for names still mentioned: the parent of a unit that
 * takes part ("United Airlines parent UAL" in a merger is a party too), and the unit a seller sells when
 * the frames found only "Teck's coal unit" and no name for it.
 */
export function ownedRoles(
  type: DealType,
  links: readonly Ownership[],
  roleOf: (o: OrgSpan) => CompanyRole | undefined,
  hasRole: (role: CompanyRole) => boolean,
): { org: OrgSpan; role: CompanyRole }[] {
  const out: { org: OrgSpan; role: CompanyRole }[] = [];
  for (const { parent, unit, holder } of links) {
    const unitRole = roleOf(unit) ?? 'mentioned';
    const parentRole = roleOf(parent) ?? 'mentioned';
    // A holder of a target or of a merging party sells its shares in the deal.
    const passed = holder && (unitRole === 'target' || unitRole === 'party') ? 'seller' : PARENT_ROLE[unitRole];
    if (parentRole === 'mentioned' && passed) out.push({ org: parent, role: passed });
    // "Velden Aero plans to list its defense business, Velden Defense": the unit listed is the IPO's party.
    if (type === 'ipo' && unitRole === 'mentioned' && parentRole === 'party') out.push({ org: unit, role: 'party' });
    if (unitRole === 'mentioned' && parentRole === 'seller') {
      if (!hasRole('target') && hasRole('acquirer')) out.push({ org: unit, role: 'target' });
      else if (!hasRole('investee') && hasRole('investor')) out.push({ org: unit, role: 'investee' });
    }
  }
  return out;
}

// "combining their UK mobile businesses, Vodafone UK and Three UK": the units named are what merges.
const COMBINED_UNITS = /^(businesses|units|operations|divisions|arms|subsidiaries)$/;

/** combinedUnits: the units the parties of a merger or venture put together, named after "their ... businesses". */
export function combinedUnits(lead: Lead): OrgSpan[] {
  const out: OrgSpan[] = [];
  for (const { sentence, orgs } of lead) {
    const toks = sentence.tokens;
    for (let k = 0; k < toks.length; k += 1) {
      if (toks[k]?.norm !== 'their') continue;
      let j = k + 1;
      while (j < toks.length && j < k + 6 && !COMBINED_UNITS.test(toks[j]?.norm ?? '') && toks[j]?.word) j += 1;
      if (!COMBINED_UNITS.test(toks[j]?.norm ?? '') || toks[j + 1]?.raw !== ',') continue;
      // Every name up to the end of the apposition: "Vodafone UK and Three UK,".
      let end = j + 2;
      while (end < toks.length && toks[end]?.raw !== ',' && toks[end]?.raw !== ';' && toks[end]?.raw !== '.' && end < j + 14) end += 1;
      out.push(...orgs.filter((o) => o.from >= j + 2 && o.to <= end));
    }
  }
  return out.filter((o) => o.kind === 'org');
}

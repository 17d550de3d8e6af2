// Who buys and who supplies under a contract, from what the lead says around the
// frames: "under which Greenfield Farms will provide the potatoes" (a side's verb),
// "Germany's armed forces, the Bundeswehr," (a government named by apposition is the
// customer), and "a consortium including Corlan and Vessey" (a supplier's partners
// supply too). These fill in names the frames left mentioned, or turn a frame round.

import { groupLeft, REPORTING } from './org-groups.js';
import { groupAt, type LeadRole } from './lead-roles.js';
import { DEMONYMS, GOVERNMENT_WORDS, PLACES } from './org-words.js';
import type { OrgSpan } from './orgs.js';
import { wordsAt, type Sentence, type Token } from './text.js';

type Lead = readonly { readonly sentence: Sentence; readonly orgs: readonly OrgSpan[] }[];

// What the lead says a side of a contract does: "under which Greenfield Farms will provide the potatoes".
const SUPPLY_VERBS =
  /^(provide|provides|supply|supplies|deliver|delivers|build|builds|manufacture|manufactures|install|installs|operate|operates|produce|produces|make|makes)$/;
const BUY_VERBS = /^(buy|buys|purchase|purchases|procure|procures|pay|pays|lease|leases|rent|rents)$/;
const ORDERED = /^(ordered|bought|purchased|commissioned|procured|leased)$/;
const HIRE_VERBS = /^(hired|hires|hire|hiring|contracted|engaged|engages|commissioned|commissions)$/;
const BEFORE_VERB = /^(will|would|to|also|agreed|agrees|has|have|is|are|shall|can|must|then|now|is|was|going)$/;

/** contractSides: organisations the lead says supply, or buy, under a contract (by name). */
export function contractSides(sentences: readonly { sentence: Sentence; orgs: readonly OrgSpan[] }[]): Map<string, 'supplier' | 'customer'> {
  const out = new Map<string, 'supplier' | 'customer'>();
  for (const { sentence, orgs } of sentences) {
    const toks = sentence.tokens;
    for (const o of orgs) {
      const key = o.name.toLowerCase();
      // "jets ordered by Vela Airlines": the one a thing is ordered or bought by is the customer.
      if (toks[o.from - 1]?.norm === 'by' && ORDERED.test(toks[o.from - 2]?.norm ?? '') && !out.has(key)) out.set(key, 'customer');
      // "Aurelia Pharma has hired Dexter Labs to manufacture": the one hired supplies, the one hiring buys.
      if (HIRE_VERBS.test(toks[o.from - 1]?.norm ?? '') && !out.has(key)) {
        out.set(key, 'supplier');
        const hirer = orgs.filter((x) => x.to <= o.from - 1 && o.from - 1 - x.to <= 2).at(-1);
        if (hirer && !out.has(hirer.name.toLowerCase())) out.set(hirer.name.toLowerCase(), 'customer');
      }
      // "... by the U.S. Army to supply sensors": an infinitive right after a name belongs to the contract.
      if (toks[o.to]?.norm === 'to') continue;
      let k = o.to;
      while (k < toks.length && k < o.to + 3 && BEFORE_VERB.test(toks[k]?.norm ?? '')) k += 1;
      const verb = toks[k]?.norm ?? '';
      const side = SUPPLY_VERBS.test(verb) ? 'supplier' : BUY_VERBS.test(verb) ? 'customer' : undefined;
      if (side && !out.has(o.name.toLowerCase())) out.set(o.name.toLowerCase(), side);
    }
  }
  return out;
}

/** orientContract turns a frame's customer and supplier round when the lead says the other way. */
export function orientContract(roles: readonly LeadRole[], sides: ReadonlyMap<string, 'supplier' | 'customer'>): LeadRole[] {
  const against = roles.some(
    (r) => (r.role === 'customer' || r.role === 'supplier') && sides.has(r.org.name.toLowerCase()) && sides.get(r.org.name.toLowerCase()) !== r.role,
  );
  const agree = roles.some((r) => (r.role === 'customer' || r.role === 'supplier') && sides.get(r.org.name.toLowerCase()) === r.role);
  if (!against || agree) return [...roles];
  return roles.map((r) => ({ org: r.org, role: r.role === 'customer' ? 'supplier' : r.role === 'supplier' ? 'customer' : r.role }));
}

// Words that may stand between a name and the government noun it is put beside: "the country's", "Germany's", "the German".
const APPOSITION_FILLER = /^(the|a|its|country|nation|federal|national|state|armed|defence|defense|health|interior|transport|s)$/;

function governmentWithin(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) {
    const t = toks[k] as Token;
    if (GOVERNMENT_WORDS.has(t.norm)) return true;
    if (!APPOSITION_FILLER.test(t.norm) && !PLACES.has(t.norm) && !DEMONYMS.has(t.norm) && !t.possessive) return false;
  }
  return false;
}

/** governmentByApposition: names the lead puts beside a government noun ("armed forces, the Bundeswehr", "Vessa, the state health agency,"). */
export function governmentByApposition(lead: Lead): Set<string> {
  const out = new Set<string>();
  for (const { sentence, orgs } of lead) {
    const toks = sentence.tokens;
    for (const o of orgs) {
      let k = o.from - 1;
      if (toks[k]?.norm === 'the') k -= 1;
      // "Germany's armed forces, the Bundeswehr": the government noun before the comma.
      const before = toks[k]?.raw === ',' && GOVERNMENT_WORDS.has(toks[k - 1]?.norm ?? '');
      // "the Bundeswehr, Germany's armed forces,": the government noun after it, before the next comma or the end.
      let end = o.to + 1;
      while (end < toks.length && end < o.to + 7 && toks[end]?.raw !== ',' && toks[end]?.raw !== '.') end += 1;
      const after = toks[o.to]?.raw === ',' && end > o.to + 1 && GOVERNMENT_WORDS.has(toks[end - 1]?.norm ?? '') && governmentWithin(toks, o.to + 1, end);
      if (before || after) out.add(o.name.toLowerCase());
    }
  }
  return out;
}

// Words after which a supplier's partners are listed: "a consortium including", "alongside", "subcontractors".
const PARTNER_CUES: readonly (readonly string[])[] = [
  ['consortium', 'including'],
  ['consortium', 'includes'],
  ['consortium', 'that', 'includes'],
  ['consortium', 'of'],
  ['consortium', 'with'],
  ['consortium', 'comprising'],
  ['consortium', 'made', 'up', 'of'],
  ['consortium', 'members'],
  ['consortium', 'partners'],
  ['consortium', 'led', 'by'],
  ['consortium', ','],
  ['consortium', ':'],
  // Only in a sentence about a consortium (below): "a consortium led by X and including Y and Z".
  ['and', 'including'],
  ['including'],
  ['partners'],
  ['subcontractors'],
  ['subcontractor'],
  ['alongside'],
  ['together', 'with'],
  ['teamed', 'with'],
  ['teamed', 'up', 'with'],
  ['teaming', 'with'],
];
// In a lead about a consortium, the partners of its other sentences: "Palmer will work with Corlan and Vessey".
const WORK_WITH: readonly (readonly string[])[] = [
  ['work', 'with'],
  ['working', 'with'],
  ['works', 'with'],
  ['along', 'with'],
  ['together', 'with'],
  ['alongside'],
];
// Words after a list of partners: "Corlan and Vessey are part of the consortium", "..., Palmer-led consortium".
const AFTER_PARTNERS: readonly (readonly string[])[] = [
  ['are', 'part', 'of', 'the', 'consortium'],
  ['are', 'also', 'part', 'of', 'the', 'consortium'],
  ['is', 'part', 'of', 'the', 'consortium'],
  ['-', 'led', 'consortium'],
  ['will', 'work', 'as', 'subcontractors'],
  ['as', 'subcontractors'],
  ['as', 'subcontractor'],
  ['joined', 'the', 'consortium'],
];

/** consortiumMembers: the organisations the lead names as a supplier's partners in a contract. */
export function consortiumMembers(lead: Lead): OrgSpan[] {
  const out: OrgSpan[] = [];
  // Only a lead that speaks of a consortium or partners in the work lists them ("...: Palmer's consortium
  // partners revealed" over "Palmer will work with Corlan, Vessey and Ardent").
  const partners = (s: Sentence): boolean => s.tokens.some((t) => /^(consortium|subcontractors?|partners|alongside|teamed|teaming)$/.test(t.norm));
  const story = lead.some(({ sentence }) => partners(sentence));
  for (const { sentence, orgs } of lead) {
    const toks = sentence.tokens;
    if (!story) continue;
    const own = partners(sentence);
    for (let k = 0; k < toks.length; k += 1) {
      for (const cue of own ? PARTNER_CUES : WORK_WITH) if (wordsAt(toks, k, cue)) out.push(...groupAt(orgs, toks, k + cue.length));
    }
    for (const o of orgs) if (AFTER_PARTNERS.some((cue) => wordsAt(toks, o.to, cue))) out.push(...groupLeft(orgs, toks, o));
  }
  return out.filter((o) => o.kind === 'org');
}

/** speaker: ", the Pentagon said", "according to the Pentagon": a body that tells of the contract, not one of its sides (unless a frame says so). */
function speaker(toks: readonly Token[], o: OrgSpan): boolean {
  const before = toks[o.from - 1]?.norm === 'the' ? o.from - 2 : o.from - 1;
  return REPORTING.has(toks[o.to]?.norm ?? '') || (toks[before]?.norm === 'to' && toks[before - 1]?.norm === 'according');
}

/** contractLeadRoles: governments named in the lead buy; a supplier's partners supply. Only for names left mentioned. */
export function contractLeadRoles(
  lead: Lead,
  isGovernment: (org: OrgSpan) => boolean,
  isRegulator: (org: OrgSpan) => boolean,
  sides?: ReadonlyMap<string, 'supplier' | 'customer'>,
): LeadRole[] {
  const out: LeadRole[] = [];
  for (const { sentence, orgs } of lead)
    for (const o of orgs) if (o.kind === 'org' && isGovernment(o) && !isRegulator(o) && !speaker(sentence.tokens, o)) out.push({ org: o, role: 'customer' });
  // A side the lead names outside any frame ("jets ordered by Vela Airlines", "has hired Dexter Labs to") fills in its name.
  for (const { orgs } of lead)
    for (const o of orgs)
      if (o.kind === 'org' && o.strong) {
        const side = sides?.get(o.name.toLowerCase());
        if (side) out.push({ org: o, role: side });
      }
  for (const o of consortiumMembers(lead)) if (!isGovernment(o)) out.push({ org: o, role: 'supplier' });
  return out;
}

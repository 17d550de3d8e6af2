// The walks a deal frame is read with (frames.ts): left from the predicate to its
// subject, right to its object, on to the organisations its prepositions name, and
// the sentence's own subject as a fallback. Tags steer the walk where the sentence
// was tagged; word lists stand in where it was not.

import type { OrgSpan } from './orgs.js';
import type { PosTag } from './pos.js';
import type { Token } from './text.js';
import { truecaseWord } from './truecase-words.js';
import { DEMONYMS, PLACES } from './org-words.js';
import { approvalVerbBefore } from './approval.js';
import { groupLeft, groupRight, isExchange, orgEndingAt, orgStartingAt, REPORTING } from './org-groups.js';
import { SELECT_VERBS } from './role-verbs.js';

const PLACE_WORDS: ReadonlySet<string> = new Set([...PLACES, ...DEMONYMS]);

const ROLE_WORDS =
  /^(startup|start-up|maker|firm|owner|rival|giant|developer|operator|retailer|lender|insurer|chipmaker|automaker|carmaker|designer|producer|supplier|provider|publisher)$/;

export type Prep = 'from' | 'to' | 'by' | 'with' | 'in' | 'for' | 'of' | 'led' | 'including' | 'between' | 'as';

// Words between a subject and its predicate: auxiliaries, reporting and intention verbs, hedges.
const LEFT_FILLER: ReadonlySet<string> = new Set(
  `
  to will would shall has have had is are was were be been being agreed agrees agree said says say that announced announces
  announce today also plans plan planned set sets intends aims seeks wants expects expected in talks advanced exclusive
  early preliminary nears near nearing close closer a an the its their his her our formally officially finally definitive
  signed signs sign reached reaches reach struck strikes entered enters into move moves could may might can on monday
  tuesday wednesday thursday friday saturday sunday recently already now still not first new major strategic big biggest
  largest record multi year long term - of all cash stock share shares billion million bn mln trillion about up completed
  completes complete closes closed finalized finalised confirmed confirms explores exploring weighs weighing considers
  considering mulls eyes makes made launches launched submits submitted sweetens sweetened raises raised ends ended drops
  dropped abandons abandoned withdraws withdrew terminates terminated calls called off scraps scrapped denies denied wins
  won lands landed secures secured gets got forms formed form create creates created establish established setting
  unveils unveiled expands expanded extends extended deepens renews renewed inks inked seals sealed clinches clinched
  pursue pursues pursuing pursuit pays pay offering proposed potential possible hostile rival takes take took buys bought
  joins joined join picks picked taps tapped selects selected chooses chose hires hired files filed prices priced begins
  began starts started opens opened holds held leads led co jointly together agreement deal successfully this week
  yesterday reportedly intent out over jump jumps jumped rise rises rose soar soars soared sink sinks sank slump slumps
  fall falls fell formation creation establishment signing completion closing approval approves approved back scales
  scaled trims trimmed cuts cut boosts boosted increases increased reduces reduced
`
    .trim()
    .split(/\s+/),
);
// Words before an object that say what part of it changes hands, or describe it ("food-delivery startup").
const OBJECT_SKIP: ReadonlySet<string> = new Set(
  `
  a an the its their his her some all of up to about around nearly roughly approximately additional further remaining
  majority minority controlling stake stakes interest holding rest much most part parts pct percent per cent $ € £ ¥
  million billion mln bln bn m b trillion worth rival fellow privately held publicly listed based - u.s us another one two
  three stock cash equity new in with outstanding more less fewer
`
    .trim()
    .split(/\s+/),
);
const DESCRIPTOR_POS: ReadonlySet<PosTag> = new Set(['NOUN', 'ADJ', 'NUM', 'DET', 'SYM', 'PROPN']);
export const PREPS: Readonly<Record<string, Prep>> = {
  from: 'from',
  to: 'to',
  by: 'by',
  with: 'with',
  in: 'in',
  into: 'in',
  for: 'for',
  of: 'of',
  including: 'including',
  between: 'between',
  as: 'as',
  alongside: 'including',
  among: 'including',
};
// Clause boundaries: slots do not reach past them.
const BOUNDARY: ReadonlySet<string> = new Set([
  ';',
  'while',
  'but',
  'which',
  'who',
  'after',
  'because',
  'although',
  'whereas',
  'before',
  'since',
  'when',
  'said',
]);
// "Brightmoor shareholders approve ...", "Pemberton board backs ...": a company's owners or board act for it.
const OWNERS_OF: ReadonlySet<string> = new Set(['shareholders', 'stockholders', 'unitholders', 'board', 'directors']);
// "QuickMart owner snaps up Gorse", "QuickMart's parent agrees to buy": the owner of a named company acts, not the company.
const OWNER_NOUNS: ReadonlySet<string> = new Set(['owner', 'owners', 'parent']);
const ownerOfName = (toks: readonly Token[], orgs: readonly OrgSpan[], k: number): boolean =>
  OWNER_NOUNS.has(toks[k]?.norm ?? '') && !!orgEndingAt(orgs, k) && !toks[k]?.possessive;
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'we', 'they', 'company', 'firm', 'startup', 'which']);
export interface SubjectReading {
  readonly subject: OrgSpan[];
  readonly pronoun: boolean;
  /** "Disney raises Fox offer": the name standing before a deal noun is what the deal is about. */
  readonly modifier: OrgSpan[];
  /** "Netflix picks Microsoft as partner": who chose the subject. */
  readonly selector: OrgSpan[];
}

interface WalkOptions {
  readonly nominal: boolean;
  readonly ipo: boolean;
}

/** walkLeft: the nearest organisation (group) left of `start`, over fillers and at most one verb. */
function walkLeft(
  toks: readonly Token[],
  pos: readonly PosTag[] | undefined,
  orgs: readonly OrgSpan[],
  start: number,
  opts: WalkOptions,
  descriptorsOk: boolean,
): { group: OrgSpan[]; pronoun: boolean; verbAt: number } {
  let k = start - 1;
  let verbs = 0;
  let verbAt = -1;
  let pronoun = false;
  let descriptors = 0;
  for (let steps = 0; k >= 0 && steps < 18; steps += 1) {
    const org = orgEndingAt(orgs, k + 1);
    if (org && !(opts.ipo && isExchange(org))) {
      // "OpenAI's Sam Altman says ...": a person speaking for a company stands for it.
      const owner = org.kind === 'person' ? orgEndingAt(orgs, org.from) : undefined;
      if (owner && toks[owner.to - 1]?.possessive) return { group: [owner], pronoun: false, verbAt };
      return { group: groupLeft(orgs, toks, org), pronoun: false, verbAt };
    }
    if (org) {
      k = org.from - 1;
      continue;
    }
    const t = toks[k] as Token;
    // "in a $30 million Series A round": a round's letter and "Series" are part of what is raised, not a name.
    if (k > 0 && toks[k - 1]?.norm === 'series' && /^[a-j]$/.test(t.norm)) {
      k -= 2;
      continue;
    }
    if (t.raw === ')') {
      // "Corvane Systems (NASDAQ: CRVN) Announces": step over a ticker in parentheses.
      let c = k - 1;
      while (c >= 0 && toks[c]?.raw !== '(' && k - c < 6) c -= 1;
      if (toks[c]?.raw === '(') {
        k = c - 1;
        continue;
      }
      break;
    }
    if (t.raw === ';' || t.raw === ':' || t.raw === '(' || t.raw === '"') break;
    if (t.raw === ',') {
      // "Tapestry Inc., the owner of Coach, agreed to ...": jump over a lower-case appositive.
      let c = k - 1;
      while (c >= 0 && toks[c]?.raw !== ',' && k - c < 14) c -= 1;
      const opener = toks[c + 1];
      const before = c >= 0 ? orgEndingAt(orgs, c) : undefined;
      if (toks[c]?.raw === ',' && before && opener && !opener.cap) return { group: groupLeft(orgs, toks, before), pronoun: false, verbAt };
      if (pronoun) break;
      k -= 1;
      continue;
    }
    // "X said it would acquire Y": "it" is X when X is named just before; else the story's main actor.
    if (PRONOUNS.has(t.norm) && !t.cap) {
      if (pronoun) break;
      pronoun = true;
      k -= 1;
      continue;
    }
    if (ownerOfName(toks, orgs, k)) break;
    if (OWNERS_OF.has(t.norm) && verbs <= 1 && orgEndingAt(orgs, k)) {
      k -= 1;
      continue;
    }
    const tag = pos?.[k];
    // "adding X's venture arm to a round": a "to" after a plain noun is a preposition, not "agreed to".
    if (t.norm === 'to' && verbs === 0) {
      const left = toks[k - 1];
      if (
        left &&
        !left.cap &&
        !LEFT_FILLER.has(left.norm) &&
        (pos ? pos[k - 1] === 'NOUN' : descriptors > 0 || /^(arm|unit|fund|division|subsidiary|affiliate)$/.test(left.norm))
      )
        break;
    }
    const filler =
      LEFT_FILLER.has(t.norm) || t.digit || !t.word || t.norm === 'pct' || tag === 'AUX' || tag === 'PART' || tag === 'ADV' || tag === 'NUM' || tag === 'SYM';
    if (filler) {
      if (tag === 'VERB' || (!pos && /(s|ed)$/.test(t.norm) && LEFT_FILLER.has(t.norm))) verbAt = k;
      k -= 1;
      continue;
    }
    // Lower-case words just before a deal noun describe it: "battery-recycling joint venture".
    if (
      descriptorsOk &&
      verbs === 0 &&
      !t.cap &&
      descriptors < 4 &&
      (!tag || tag === 'NOUN' || tag === 'ADJ' || tag === 'PROPN' || (tag === 'VERB' && t.norm.endsWith('ing')))
    ) {
      descriptors += 1;
      k -= 1;
      continue;
    }
    if ((tag === 'VERB' || (!pos && !t.cap)) && verbs < 1 && !pronoun) {
      verbs += 1;
      verbAt = k;
      k -= 1;
      continue;
    }
    break;
  }
  return { group: [], pronoun, verbAt };
}

/** readSubject walks left from the predicate to its subject (and, for deal nouns, the name before them). */
export function readSubject(
  toks: readonly Token[],
  pos: readonly PosTag[] | undefined,
  orgs: readonly OrgSpan[],
  start: number,
  opts: WalkOptions,
): SubjectReading {
  const first = walkLeft(toks, pos, orgs, start, opts, opts.nominal);
  let subject = first.group;
  let modifier: OrgSpan[] = [];
  let selector: OrgSpan[] = [];
  const head = subject[0];
  if (head && opts.nominal) {
    const last = subject[subject.length - 1] as OrgSpan;
    let adjacent = true;
    for (let i = last.to; i < start; i += 1) {
      const t = toks[i] as Token;
      if (
        t.cap ||
        (pos?.[i] === 'VERB' && !t.norm.endsWith('ing')) ||
        pos?.[i] === 'ADP' ||
        (t.word && !t.digit && LEFT_FILLER.has(t.norm) && !/^(billion|million|bn|mln|m|new|first|record|multi|year|long|term|-)$/.test(t.norm))
      )
        adjacent = false;
    }
    if (adjacent && !toks[last.to - 1]?.possessive) {
      // "Occidental's Anadarko bid": the owner before the name is the bidder.
      const owner = orgEndingAt(orgs, head.from);
      if (owner && toks[owner.to - 1]?.possessive) return { subject: [owner], pronoun: false, modifier: subject, selector };
      // "Disney raises Fox offer", "Thyssenkrupp scraps Tata Steel venture": the subject is further left.
      // "backs sweetened Ashgrove bid", "scraps planned Tata Steel venture": words describing the deal may stand between.
      const far = walkLeft(toks, pos, orgs, head.from, { ...opts, nominal: false }, true);
      const crossed = far.group.length > 0 && head.from - (far.group[far.group.length - 1] as OrgSpan).to > 0;
      // "Brightline wins EU approval for Kastor deal": the one approved stands before the approval, not the watchdog.
      const approved = crossed ? -1 : approvalVerbBefore(toks, head.from);
      const holder = approved >= 0 ? walkLeft(toks, pos, orgs, approved, { ...opts, nominal: false }, false).group : [];
      if (crossed || holder.length > 0) {
        modifier = subject;
        subject = crossed ? far.group : holder;
      }
    }
  }
  const lead = subject[0];
  if (lead) {
    // "Netflix picks Microsoft as partner": the chooser stands left of a choosing verb.
    const verb = toks[lead.from - 1];
    if (verb && SELECT_VERBS.has(verb.norm)) selector = walkLeft(toks, pos, orgs, lead.from - 1, { ...opts, nominal: false }, false).group;
    // "Ferrand Motors has been picked by Halsey Transit to supply buses": the chooser is after "by", the chosen before.
    const passiveVerb = toks[lead.from - 2];
    if (verb?.norm === 'by' && passiveVerb && SELECT_VERBS.has(passiveVerb.norm) && /(ed|en|se|ose)$/.test(passiveVerb.norm)) {
      const chosen = walkLeft(toks, pos, orgs, lead.from - 2, { ...opts, nominal: false }, false).group;
      if (chosen.length > 0) {
        selector = subject;
        subject = chosen;
      }
    }
  }
  return { subject, pronoun: subject.length === 0 && first.pronoun, modifier, selector };
}

export interface ObjectReading {
  readonly object: OrgSpan[];
  readonly possessor: OrgSpan | undefined;
  readonly head: string | undefined;
  readonly end: number;
}

/** readObject walks right over determiners, amounts and descriptors to the first organisation. */
export function readObject(toks: readonly Token[], pos: readonly PosTag[] | undefined, orgs: readonly OrgSpan[], end: number): ObjectReading {
  let k = end;
  let head: string | undefined;
  let descriptors = 0;
  let possessor: OrgSpan | undefined;
  for (let steps = 0; k < toks.length && steps < 14; steps += 1) {
    const org = orgStartingAt(orgs, k);
    // "Baltic shipping firm Kaspar Lines", "Alzheimer drug": one capitalised word describing a lower-case noun.
    if (org && org.to - org.from === 1 && !org.watched && describes(toks, pos, org.to)) {
      k = org.to;
      continue;
    }
    if (org) {
      // "Google's Motorola Mobility unit", "Teck's coal unit": the owner, then maybe the thing owned.
      if (toks[org.to - 1]?.possessive && !possessor) {
        possessor = org;
        k = org.to;
        continue;
      }
      return { object: groupRight(orgs, toks, org), possessor, head, end: org.to };
    }
    const t = toks[k] as Token;
    if (t.raw === ',' || t.raw === ';' || t.raw === '(' || t.raw === ':' || t.raw === '.') break;
    // "into Brazil's Nubank": a country owning a company is no organisation of its own here.
    if (t.possessive && t.cap && PLACE_WORDS.has(t.norm)) {
      k += 1;
      continue;
    }
    // "German pump maker Kohlbach Pumpen": a nationality or a place before a lower-case description describes too.
    if (t.cap && !t.possessive && PLACE_WORDS.has(t.norm) && toks[k + 1]?.word && !toks[k + 1]?.cap && descriptors < 4) {
      descriptors += 1;
      k += 1;
      continue;
    }
    // "buys back Ortiz Cosmetics": a particle right after the verb belongs to it.
    if (k === end && t.norm === 'back' && !t.cap) {
      k += 1;
      continue;
    }
    // "sale to Dunbar", "sells itself to X": a "to" right after the predicate names a recipient, not the object.
    if (t.norm === 'to' && k === end) break;
    if (t.norm in PREPS && t.norm !== 'of' && t.norm !== 'in' && t.norm !== 'to') break;
    if ((t.norm === 'in' || t.norm === 'to') && head !== undefined && !OBJECT_SKIP.has(head)) break;
    // "sells stake to Gulf fund Ostara": a "to" names whom it goes to, unless it is "up to" or the share a
    // stake is taken to ("to 9.8 pct").
    if (t.norm === 'to' && toks[k - 1]?.norm !== 'up' && !toks[k + 1]?.digit && !/^[$€£¥]$/.test(toks[k + 1]?.raw ?? '')) break;
    const tag = pos?.[k];
    if (tag === 'VERB' && !t.cap && k > end) break;
    if (t.word && !t.digit && !OBJECT_SKIP.has(t.norm) && head === undefined) head = t.norm;
    if (OBJECT_SKIP.has(t.norm) || t.digit || !t.word) {
      k += 1;
      continue;
    }
    // Lower-case descriptors and acronyms before a name: "AI startup Mistral", "chip designer Ampere";
    // in a tagged Title Case headline, ordinary capitalised words too ("Electric Truck Startup Rivian").
    const plainCap = t.cap && tag !== undefined && (truecaseWord(t.norm) || ROLE_WORDS.test(t.norm));
    if ((!t.cap || (t.upper && t.raw.length <= 3) || plainCap) && descriptors < 4 && (!tag || DESCRIPTOR_POS.has(tag))) {
      descriptors += 1;
      k += 1;
      continue;
    }
    break;
  }
  return { object: [], possessor, head, end: k };
}

// Nouns a company name stands before as itself: "Kadokawa stake", "Nokia devices unit".
const OWNED_NOUNS =
  /^(stake|stakes|shares|stock|unit|units|business|businesses|division|assets|operations|deal|offer|bid|takeover|acquisition|merger|venture|contract|order|brand|brands|group|arm|subsidiary|ipo|listing)$/;

/** describes: a lower-case noun follows (and is no verb): the capital word before it is an adjective. */
function describes(toks: readonly Token[], pos: readonly PosTag[] | undefined, k: number): boolean {
  const t = toks[k];
  if (!t || !t.word || t.cap || t.digit || OWNED_NOUNS.test(t.norm)) return false;
  if (pos && pos[k] !== 'NOUN' && pos[k] !== 'ADJ') return false;
  if (!pos && /^(and|or|to|for|in|of|with|from|at|on|by|as|said|says|will|has|is|was)$/.test(t.norm)) return false;
  // A name must follow the description for the capital word to be only an adjective.
  for (let j = k; j < Math.min(toks.length, k + 4); j += 1) if (toks[j]?.cap) return true;
  return false;
}

// What a buyer or an investor acts through: "funds managed by", "an affiliate of".
const VEHICLES = /^(funds?|affiliates?|entities|entity|vehicles?|subsidiaries|subsidiary)$/;
const MANAGED = /^(managed|advised|controlled|owned|sponsored|run)$/;

/** readSlots collects the organisations that prepositions introduce after the predicate. */
export function readSlots(toks: readonly Token[], orgs: readonly OrgSpan[], from: number): Map<Prep, OrgSpan[]> {
  const slots = new Map<Prep, OrgSpan[]>();
  let prep: Prep | undefined;
  let gap = 0;
  for (let k = from; k < toks.length && k < from + 40; k += 1) {
    const t = toks[k] as Token;
    if (BOUNDARY.has(t.norm) || (t.raw === ',' && REPORTING.has(toks[k + 2]?.norm ?? '') && toks[k + 1]?.cap)) break;
    // ", breaking exclusivity with ...": a participle after a comma starts a clause of its own.
    if (t.raw === ',' && /(ing|ed)$/.test(toks[k + 1]?.norm ?? '') && !toks[k + 1]?.cap) break;
    const found = orgStartingAt(orgs, k);
    // "from Warren Buffett's Berkshire Hathaway": the company the person owns.
    const owned = found && found.kind === 'person' && toks[found.to - 1]?.possessive ? orgStartingAt(orgs, found.to) : undefined;
    let org = owned ?? found;
    // "a stake in Reliance's Jio": what a slot names is the company owned, not its owner.
    if (org && prep && toks[org.to - 1]?.possessive && org.kind !== 'person') org = orgStartingAt(orgs, org.to) ?? org;
    // "..., the Nikkei reported", "people familiar told Bloomberg News": a source, not a side.
    if (org && (REPORTING.has(toks[org.to]?.norm ?? '') || /^(told|tells)$/.test(toks[k - 1]?.norm ?? ''))) break;
    // "by Japanese rival Hokuto Paper": one capitalised word describing the noun before a name is no side.
    if (org && prep && org.to - org.from === 1 && !org.watched && PLACE_WORDS.has(org.name.toLowerCase()) && describes(toks, undefined, org.to)) {
      k = org.to - 1;
      continue;
    }
    if (org && prep) {
      const group = groupRight(orgs, toks, org);
      slots.set(prep, [...(slots.get(prep) ?? []), ...group]);
      k = (group[group.length - 1] as OrgSpan).to - 1;
      prep = undefined;
      continue;
    }
    // "a round backed by Greyfeather": backers are investors alongside, never the "by" of a passive ("X's bid backed by Y").
    if ((t.norm === 'led' || t.norm === 'backed') && toks[k + 1]?.norm === 'by') {
      prep = t.norm === 'led' ? 'led' : 'including';
      k += 1;
      gap = 0;
      continue;
    }
    // "to funds managed by Maplestead Partners", "to an affiliate of Kiln": the firm behind the vehicle is the side
    // the slot names, so its preposition carries on over the vehicle.
    if (prep && VEHICLES.test(t.norm)) {
      const by = MANAGED.test(toks[k + 1]?.norm ?? '') && toks[k + 2]?.norm === 'by' ? 2 : toks[k + 1]?.norm === 'of' ? 1 : 0;
      if (by > 0) {
        k += by;
        gap = 0;
        continue;
      }
    }
    if (t.norm === 'participation' && toks[k + 1]?.norm === 'from') {
      prep = 'including';
      k += 1;
      gap = 0;
      continue;
    }
    // "as they try to compete with Tesla": a rival is no side of the deal.
    // ("by Japanese rival Hokuto Paper", "to rival Dunmore": a rival named as the one a slot introduces is that side.)
    const describedRival =
      prep !== undefined &&
      /^rivals?$/.test(t.norm) &&
      toks[k + 1]?.cap === true &&
      (PREPS[toks[k - 1]?.norm ?? ''] !== undefined || PLACE_WORDS.has(toks[k - 1]?.norm ?? '') || /^(u\.s|us|uk|u\.k)$/.test(toks[k - 1]?.norm ?? ''));
    if (/^(compete|competes|competing|rival|rivals|against|versus)$/.test(t.norm) && !describedRival) break;
    const p = PREPS[t.norm];
    if (p && !(p === 'of' && prep !== undefined)) {
      prep = p;
      gap = 0;
      continue;
    }
    // "from its founding family and private equity owner Quarry Lane Capital": a "from" may wait longer.
    if (prep && (gap += 1) > (prep === 'from' ? 7 : 5)) prep = undefined;
  }
  return slots;
}

/** leadingGroup: the sentence's own subject, the first organisations before its first verb. */
export function leadingGroup(toks: readonly Token[], pos: readonly PosTag[] | undefined, orgs: readonly OrgSpan[], before: number): OrgSpan[] {
  let k = 0;
  // A dateline "LONDON, June 14 - " is not part of the sentence.
  const dash = toks.findIndex(
    (t, i) => t.raw === '-' && i < 8 && toks[i - 1]?.raw !== '-' && !t.hyphenBefore && toks[i + 1]?.cap && !toks[i + 1]?.hyphenBefore,
  );
  if (dash > 0 && toks.slice(0, dash).every((t) => !t.word || t.upper || t.digit || t.cap)) k = dash + 1;
  for (let steps = 0; k < Math.min(toks.length, before) && steps < 10; steps += 1) {
    const org = orgStartingAt(orgs, k);
    // "7-Eleven owner Seven & i rejects ...": the owner named after the noun is the subject; unnamed, there is none.
    if (org && ownerOfName(toks, orgs, org.to)) {
      k = org.to + 1;
      if (!orgStartingAt(orgs, k)) return [];
      continue;
    }
    if (org) return org.kind === 'person' ? [] : groupRight(orgs, toks, org).filter((o) => o.to <= before);
    const t = toks[k] as Token;
    if (pos?.[k] === 'VERB' || pos?.[k] === 'AUX' || t.raw === ',' || t.raw === ';') break;
    k += 1;
  }
  return [];
}

// Deal frames: the deal predicate of a sentence with its subject, its object and the
// organisations its prepositions introduce ("Lenovo | to Buy | Motorola Mobility |
// From Google"). Roles are read from these slots (roles.ts), never from how close a
// name sits to a deal word. The walk uses the part-of-speech tags where the sentence
// was tagged, and a word list of fillers where it was not.

import type { DealType } from '../model/deal.js';
import type { OrgSpan } from './orgs.js';
import type { PosTag } from './pos.js';
import type { Sentence, Token } from './text.js';
import type { FrameKind } from './weights.js';

export type Prep = 'from' | 'to' | 'by' | 'with' | 'in' | 'for' | 'of' | 'led' | 'including' | 'between' | 'as';

export interface Frame {
  readonly type: DealType;
  readonly kind: FrameKind;
  /** Predicate tokens [from, to). */
  readonly from: number;
  readonly to: number;
  readonly subject: readonly OrgSpan[];
  /** The subject is "it", "the company", "we": the story's main actor. */
  readonly subjectPronoun: boolean;
  readonly object: readonly OrgSpan[];
  /** "Google's Motorola Mobility unit": the owner of what the predicate acts on. */
  readonly possessor: OrgSpan | undefined;
  readonly slots: ReadonlyMap<Prep, readonly OrgSpan[]>;
  /** "Y was acquired by X", "X has been awarded". */
  readonly passive: boolean;
  /** What the object is when it is no organisation: its first content word ("stock", "consoles", "plant"). */
  readonly objectHead: string | undefined;
  readonly sentence: Sentence;
}

// Words between a subject and its predicate: auxiliaries, reporting and intention verbs, hedges.
const LEFT_FILLER: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'shall', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'agreed', 'agrees',
  'agree', 'said', 'says', 'say', 'that', 'announced', 'announces', 'announce', 'today', 'also', 'plans', 'plan', 'planned', 'set',
  'sets', 'intends', 'aims', 'seeks', 'wants', 'expects', 'expected', 'in', 'talks', 'advanced', 'exclusive', 'early',
  'preliminary', 'nears', 'near', 'nearing', 'close', 'closer', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our',
  'formally', 'officially', 'finally', 'definitive', 'signed', 'signs', 'sign', 'reached', 'reaches', 'reach', 'struck',
  'strikes', 'entered', 'enters', 'into', 'move', 'moves', 'could', 'may', 'might', 'can', 'on', 'monday', 'tuesday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'already', 'now', 'still', 'not', 'first', 'new',
  'major', 'strategic', 'big', 'biggest', 'largest', 'record', 'multi', 'year', 'long', 'term', '-', 'of', 'all', 'cash',
  'stock', 'share', 'billion', 'million', 'bn', 'mln', 'trillion', 'about', 'up', 'completed', 'completes', 'complete',
  'closes', 'closed', 'finalized', 'finalised', 'confirmed', 'confirms', 'explores', 'exploring', 'weighs', 'weighing',
  'considers', 'considering', 'mulls', 'eyes', 'makes', 'made', 'launches', 'launched', 'submits', 'submitted',
  'sweetens', 'sweetened', 'raises', 'raised', 'ends', 'ended', 'drops', 'dropped', 'abandons', 'abandoned', 'withdraws',
  'withdrew', 'terminates', 'terminated', 'calls', 'called', 'off', 'scraps', 'scrapped', 'denies', 'denied', 'wins', 'won',
  'lands', 'landed', 'secures', 'secured', 'gets', 'got', 'forms', 'formed', 'form', 'create', 'creates', 'created',
  'establish', 'established', 'set', 'setting', 'unveils', 'unveiled', 'expands', 'expanded', 'extends', 'extended',
  'deepens', 'renews', 'renewed', 'inks', 'inked', 'seals', 'sealed', 'clinches', 'clinched', 'pursue', 'pursues',
  'pursuing', 'pursuit', 'pays', 'pay', 'offering', 'proposed', 'planned', 'potential', 'possible', 'hostile', 'rival',
  'takes', 'take', 'took', 'buys', 'bought', 'joins', 'joined', 'join', 'picks', 'picked', 'taps', 'tapped', 'selects',
  'selected', 'chooses', 'chose', 'hires', 'hired', 'files', 'filed', 'prices', 'priced', 'begins', 'began', 'starts',
  'started', 'opens', 'opened', 'holds', 'held', 'leads', 'led', 'co', 'jointly', 'together', 'agreement', 'deal',
  'successfully', 'today', 'this', 'week', 'yesterday', 'reportedly', 'is', 'said', 'it', 'would', 'intent',
]);
// Words before an object that say what part of it changes hands, or describe it ("food-delivery startup").
const OBJECT_SKIP: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'some', 'all', 'of', 'up', 'to', 'about', 'around', 'nearly', 'roughly',
  'approximately', 'additional', 'further', 'remaining', 'majority', 'minority', 'controlling', 'stake', 'stakes',
  'interest', 'holding', 'rest', 'much', 'most', 'part', 'parts', 'pct', 'percent', 'per', 'cent', '%', '$', '€', '£', '¥',
  'million', 'billion', 'mln', 'bln', 'bn', 'm', 'b', 'trillion', 'worth', 'rival', 'fellow', 'privately', 'held',
  'publicly', 'listed', 'based', '-', 'u.s', 'us', 'another', 'one', 'two', 'three', 'stock', 'cash', 'equity', 'new', 'in',
  'with', 'outstanding', 'shares', 'share',
]);
// Nouns that describe the object before its name ("chip designer Ampere", "bus maker Ostrander Coach").
const DESCRIPTOR_POS: ReadonlySet<PosTag> = new Set(['NOUN', 'ADJ', 'NUM', 'DET', 'SYM', 'PROPN']);
const PREPS: Readonly<Record<string, Prep>> = {
  from: 'from', to: 'to', by: 'by', with: 'with', in: 'in', into: 'in', for: 'for', of: 'of', including: 'including',
  between: 'between', as: 'as', alongside: 'including', among: 'including',
};
// Clause boundaries: slots do not reach past them.
const BOUNDARY: ReadonlySet<string> = new Set([';', 'while', 'but', 'which', 'who', 'after', 'because', 'although', 'whereas', 'before', 'since', 'when', 'as', 'said']);
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'we', 'they', 'company', 'firm', 'group', 'startup', 'which']);
const BE: ReadonlySet<string> = new Set(['be', 'been', 'is', 'was', 'were', 'are', 'being', 'get', 'gets', 'got']);

function orgEndingAt(orgs: readonly OrgSpan[], end: number): OrgSpan | undefined {
  return orgs.find((o) => o.to === end);
}

function orgStartingAt(orgs: readonly OrgSpan[], start: number): OrgSpan | undefined {
  return orgs.find((o) => o.from === start);
}

function isJoiner(t: Token | undefined): boolean {
  return !!t && (t.norm === 'and' || t.raw === ',' || t.raw === '&');
}

/** groupLeft: "Dow Chemical and DuPont", "X, Y and Z" ending with `last`. */
function groupLeft(orgs: readonly OrgSpan[], toks: readonly Token[], last: OrgSpan): OrgSpan[] {
  const group = [last];
  let cur = last;
  for (;;) {
    let k = cur.from - 1;
    if (!isJoiner(toks[k])) break;
    if (toks[k]?.norm === 'and' && toks[k - 1]?.raw === ',') k -= 1;
    const prev = orgEndingAt(orgs, k);
    if (!prev) break;
    group.unshift(prev);
    cur = prev;
  }
  return group;
}

/** groupRight: "GIC, CPP Investments, SoftBank and Walmart" starting with `first`. */
function groupRight(orgs: readonly OrgSpan[], toks: readonly Token[], first: OrgSpan): OrgSpan[] {
  const group = [first];
  let cur = first;
  for (;;) {
    let k = cur.to;
    if (!isJoiner(toks[k])) break;
    k += 1;
    if (toks[k]?.norm === 'and' || toks[k]?.norm === 'other' || toks[k]?.norm === 'existing') k += 1;
    const next = orgStartingAt(orgs, k);
    if (!next) break;
    group.push(next);
    cur = next;
  }
  return group;
}

/** readSubject walks left from the predicate over fillers to the nearest organisation (skipping an appositive). */
function readSubject(toks: readonly Token[], pos: readonly PosTag[] | undefined, orgs: readonly OrgSpan[], start: number): { subject: OrgSpan[]; pronoun: boolean } {
  let k = start - 1;
  let verbs = 0;
  let pronoun = false;
  for (let steps = 0; k >= 0 && steps < 16; steps += 1) {
    const org = orgEndingAt(orgs, k + 1);
    if (org) {
      // "OpenAI's Sam Altman says ...": a person speaking for a company stands for it.
      const owner = org.kind === 'person' ? orgEndingAt(orgs, org.from) : undefined;
      if (owner && toks[owner.to - 1]?.possessive) return { subject: [owner], pronoun: false };
      return { subject: groupLeft(orgs, toks, org), pronoun: false };
    }
    const t = toks[k] as Token;
    if (t.raw === ';' || t.raw === ':' || t.raw === '(' || t.raw === ')' || t.raw === '"') break;
    if (t.raw === ',') {
      // "Tapestry Inc., the owner of Coach, agreed to ...": jump over a lower-case appositive.
      let c = k - 1;
      while (c >= 0 && toks[c]?.raw !== ',' && k - c < 14) c -= 1;
      const opener = toks[c + 1];
      const before = c >= 0 ? orgEndingAt(orgs, c) : undefined;
      if (toks[c]?.raw === ',' && before && opener && !opener.cap) return { subject: groupLeft(orgs, toks, before), pronoun: false };
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
    const tag = pos?.[k];
    const filler = LEFT_FILLER.has(t.norm) || t.digit || !t.word || tag === 'AUX' || tag === 'PART' || tag === 'ADV' || tag === 'NUM' || tag === 'SYM';
    if (filler) {
      k -= 1;
      continue;
    }
    if ((tag === 'VERB' || (!pos && !t.cap)) && verbs < 1 && !pronoun) {
      verbs += 1;
      k -= 1;
      continue;
    }
    break;
  }
  return { subject: [], pronoun };
}

interface ObjectReading {
  object: OrgSpan[];
  possessor: OrgSpan | undefined;
  head: string | undefined;
  end: number;
}

/** readObject walks right over determiners, amounts and descriptors to the first organisation. */
function readObject(toks: readonly Token[], pos: readonly PosTag[] | undefined, orgs: readonly OrgSpan[], end: number): ObjectReading {
  let k = end;
  let head: string | undefined;
  let descriptors = 0;
  let possessor: OrgSpan | undefined;
  for (let steps = 0; k < toks.length && steps < 14; steps += 1) {
    const org = orgStartingAt(orgs, k);
    if (org) {
      const lastTok = toks[org.to - 1];
      // "Google's Motorola Mobility unit", "Teck's coal unit": the owner, then maybe the thing owned.
      if (lastTok?.possessive && !possessor) {
        possessor = org;
        k = org.to;
        continue;
      }
      return { object: groupRight(orgs, toks, org), possessor, head, end: org.to };
    }
    const t = toks[k] as Token;
    if (t.raw === ',' || t.raw === ';' || t.raw === '(' || t.raw === ':' || t.raw === '.') break;
    if (t.norm in PREPS && t.norm !== 'of' && t.norm !== 'in' && t.norm !== 'to') break;
    if ((t.norm === 'in' || t.norm === 'to') && head !== undefined && !OBJECT_SKIP.has(head)) break;
    const tag = pos?.[k];
    if (tag === 'VERB' && !t.cap && k > end) break;
    if (t.word && !t.digit && !OBJECT_SKIP.has(t.norm) && head === undefined) head = t.norm;
    if (OBJECT_SKIP.has(t.norm) || t.digit || !t.word) {
      k += 1;
      continue;
    }
    // Lower-case descriptors before a name: "acquire food-delivery startup Postmates".
    if (!t.cap && descriptors < 4 && (!tag || DESCRIPTOR_POS.has(tag))) {
      descriptors += 1;
      k += 1;
      continue;
    }
    break;
  }
  return { object: [], possessor, head, end: k };
}

/** readSlots collects the organisations that prepositions introduce after the predicate. */
function readSlots(toks: readonly Token[], orgs: readonly OrgSpan[], from: number): Map<Prep, OrgSpan[]> {
  const slots = new Map<Prep, OrgSpan[]>();
  let prep: Prep | undefined;
  let gap = 0;
  for (let k = from; k < toks.length && k < from + 40; k += 1) {
    const t = toks[k] as Token;
    if (BOUNDARY.has(t.norm) && !(t.norm === 'as' && prep === undefined && toks[k + 1]?.cap)) {
      // "Netflix picks Microsoft as partner" keeps going; "..., as demand grows" stops.
      if (t.norm !== 'as') break;
    }
    const org = orgStartingAt(orgs, k);
    if (org && prep) {
      const group = groupRight(orgs, toks, org);
      slots.set(prep, [...(slots.get(prep) ?? []), ...group]);
      k = (group[group.length - 1] as OrgSpan).to - 1;
      prep = undefined;
      continue;
    }
    if (t.norm === 'led' && toks[k + 1]?.norm === 'by') {
      prep = 'led';
      k += 1;
      gap = 0;
      continue;
    }
    if (t.norm === 'participation' && toks[k + 1]?.norm === 'from') {
      prep = 'including';
      k += 1;
      gap = 0;
      continue;
    }
    const p = PREPS[t.norm];
    if (p && !(p === 'of' && prep !== undefined)) {
      prep = p;
      gap = 0;
      continue;
    }
    if (prep && (gap += 1) > 5) prep = undefined;
  }
  return slots;
}

/** isPassive: "was acquired by", "has been awarded", "X, acquired by Y". */
function isPassive(toks: readonly Token[], from: number, to: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 3); k -= 1) {
    const t = toks[k] as Token;
    if (BE.has(t.norm)) return true;
    if (!['also', 'already', 'now', 'formally', 'officially', 'being', 'not', 'just'].includes(t.norm)) break;
  }
  const head = toks[to - 1]?.norm ?? '';
  return /(ed|ught|aken|old)$/.test(head) && toks[to]?.norm === 'by';
}

/** readFrame builds the frame of one deal phrase in a sentence. */
export function readFrame(
  sentence: Sentence,
  pos: readonly PosTag[] | undefined,
  orgs: readonly OrgSpan[],
  hit: { readonly from: number; readonly to: number; readonly type: DealType; readonly kind: FrameKind },
): Frame {
  const toks = sentence.tokens;
  const { subject, pronoun } = readSubject(toks, pos, orgs, hit.from);
  const obj = readObject(toks, pos, orgs, hit.to);
  const slots = readSlots(toks, orgs, obj.object.length > 0 ? obj.end : hit.to);
  // A subject that is really the object of an earlier slot is not a subject ("stake in X, ...").
  return {
    type: hit.type, kind: hit.kind, from: hit.from, to: hit.to, subject, subjectPronoun: pronoun, object: obj.object,
    possessor: obj.possessor, slots, passive: isPassive(toks, hit.from, hit.to), objectHead: obj.object.length === 0 ? obj.head : undefined,
    sentence,
  };
}

/** frameText renders a frame for explanations: "Halvard —acquire→ Tessel Corp". */
export function frameText(frame: Frame, predicate: string): string {
  const names = (xs: readonly OrgSpan[]): string => xs.map((o) => o.name).join(' & ');
  const subject = frame.subject.length > 0 ? names(frame.subject) : frame.subjectPronoun ? '(it)' : '?';
  const object = frame.object.length > 0 ? names(frame.object) : frame.objectHead ?? '';
  const extra = [...frame.slots].map(([p, xs]) => `${p} ${names(xs)}`).join(', ');
  return `${subject} —${predicate}→ ${object}${extra ? ` (${extra})` : ''}`.trim();
}

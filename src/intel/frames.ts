// Deal frames: the deal predicate of a sentence with its subject, its object and the
// organisations its prepositions introduce ("Lenovo | to Buy | Motorola Mobility |
// From Google"). Roles are read from these slots (roles.ts), never from how close a
// name sits to a deal word. The walks themselves are in frame-walk.ts.

import type { DealType } from '../model/deal.js';
import { leadingGroup, readObject, readSlots, readSubject, type Prep } from './frame-walk.js';
import type { OrgSpan } from './orgs.js';
import type { PosTag } from './pos.js';
import type { Sentence, Token } from './text.js';
import type { FrameKind } from './phrase-types.js';

export type { Prep } from './frame-walk.js';

export interface Frame {
  readonly type: DealType;
  readonly kind: FrameKind;
  /** Predicate tokens [from, to). */
  readonly from: number;
  readonly to: number;
  readonly subject: readonly OrgSpan[];
  /** The subject is "it", "the company", "we": the story's main actor. */
  readonly subjectPronoun: boolean;
  /** The subject was not found next to the predicate but is the sentence's own subject. */
  readonly subjectFromSentence: boolean;
  readonly object: readonly OrgSpan[];
  /** "Google's Motorola Mobility unit": the owner of what the predicate acts on. */
  readonly possessor: OrgSpan | undefined;
  /** "Disney raises Fox offer": the name right before a deal noun. */
  readonly modifier: readonly OrgSpan[];
  /** "Netflix picks Microsoft as partner": who chose the subject. */
  readonly selector: readonly OrgSpan[];
  /** The sentence's own subject, and "with X" before the predicate: the other sides of a merger or partnership. */
  readonly leading: readonly OrgSpan[];
  readonly slots: ReadonlyMap<Prep, readonly OrgSpan[]>;
  /** "Y was acquired by X", "X has been awarded". */
  readonly passive: boolean;
  /** The predicate is a noun ("acquisition", "venture"), not a verb. */
  readonly nominal: boolean;
  /**
   * "Bolt Fitness, the gym chain it bought in 2019, ...", "X, which acquired Y last year", "days after agreeing to
   * acquire Y": a relative clause's or an earlier event's deal, background.
   */
  readonly relative: boolean;
  /** What the object is when it is no organisation: its first content word ("stock", "consoles", "plant"). */
  readonly objectHead: string | undefined;
  readonly sentence: Sentence;
}

const BE: ReadonlySet<string> = new Set(['be', 'been', 'is', 'was', 'were', 'are', 'being', 'get', 'gets', 'got']);
// Deal words that are nouns when the sentence was not tagged.
const NOUNS =
  /^(acquisition|acquisitions|takeover|buyout|purchase|bid|offer|deal|merger|venture|partnership|alliance|collaboration|stake|investment|contract|order|award|ipo|listing|debut|round|funding|financing|agreement|pact|sale|divestiture|spinoff|offering|jv|tie|license|licensing)$/;

/** isPassive: "was acquired by", "has been awarded", "X, acquired by Y", a headline's "X Awarded $N Contract". */
function isPassive(toks: readonly Token[], from: number, to: number, objectFound: boolean): boolean {
  // "is selling", "is to buy": a progressive or an infinitive after "be" is active.
  const active = /ing$/.test(toks[to - 1]?.norm ?? '') || toks[from]?.norm === 'to';
  for (let k = from - 1; k >= Math.max(0, from - 3); k -= 1) {
    const t = toks[k] as Token;
    if (BE.has(t.norm)) return !active;
    if (!['also', 'already', 'now', 'formally', 'officially', 'being', 'not', 'just'].includes(t.norm)) break;
  }
  const head = toks[to - 1]?.norm ?? '';
  if (head === 'awarded' && !objectFound) return true;
  // "Lockheed Awarded $1.4 Billion Missile Defense Contract": a sum awarded to no one named after it is the subject's.
  const sum = ['$', '€', '£', '¥', '₹'].includes(toks[to]?.raw ?? '') || !!toks[to]?.digit;
  if (head === 'awarded' && sum && !toks.slice(to).some((t) => t.norm === 'to')) return true;
  // Headline style: "Tamworth Brewing Acquired", "Eastgate Water sold to consortium": a bare participle after its subject.
  const bare = from > 0 && !/^(has|have|had|it|they|we|which|who|that)$/.test(toks[from - 1]?.norm ?? '');
  if (bare && !objectFound && /(ed|ught)$/.test(head) && toks.slice(to).every((t) => !t.word)) return true;
  if (bare && head === 'sold' && toks[to]?.norm === 'to') return true;
  return /(ed|ught|aken|old)$/.test(head) && toks[to]?.norm === 'by';
}

// Words between a relative clause's pronoun and its verb: "which had agreed to buy", "it first bought".
const CLAUSE_AUX: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'once',
  'previously',
  'first',
  'also',
  'later',
  'agreed',
  'to',
]);

/** inRelativeClause: the predicate opens a relative clause ("which bought", "the chain it bought"). */
function inRelativeClause(toks: readonly Token[], pos: readonly PosTag[] | undefined, from: number): boolean {
  let k = from - 1;
  while (k >= 0 && CLAUSE_AUX.has(toks[k]?.norm ?? '') && from - k < 5) k -= 1;
  const t = toks[k];
  if (!t || t.cap) return false;
  if (t.norm === 'which' || t.norm === 'who') return true;
  if (t.norm !== 'it' && t.norm !== 'they') return false;
  // "the budget gym chain it bought": a plain noun right before the pronoun (not "said it", "and it").
  const before = toks[k - 1];
  if (!before || !before.word || before.cap || before.digit) return false;
  return pos
    ? pos[k - 1] === 'NOUN'
    : /^(company|business|chain|brand|unit|firm|group|maker|startup|start-up|studio|network|division|stake)$/.test(before.norm);
}

// Words between "after" and a deal verb of an earlier event: "after agreeing to acquire", "after it bought".
const EARLIER_AUX: ReadonlySet<string> = new Set(['to', 'agreeing', 'agreed', 'it', 'they', 'had', 'having', 'first', 'also', 'its']);

/**
 * inEarlierClause: the predicate opens a clause of time about another event ("..., three days after agreeing to
 * acquire Corsa Labs", "a year after buying its North Sea fields"). A capitalised "After" opens a headline's
 * own clause ("Shares Soar After Agreeing to Be Acquired"), which is the story's deal.
 */
function inEarlierClause(toks: readonly Token[], from: number): boolean {
  let k = from - 1;
  while (k >= 0 && EARLIER_AUX.has(toks[k]?.norm ?? '') && from - k < 5) k -= 1;
  const t = toks[k];
  return !!t && !t.cap && (t.norm === 'after' || t.norm === 'since') && k > 0;
}

/** readFrame builds the frame of one deal phrase in a sentence. */
export function readFrame(
  sentence: Sentence,
  pos: readonly PosTag[] | undefined,
  orgs: readonly OrgSpan[],
  hit: { readonly from: number; readonly to: number; readonly type: DealType; readonly kind: FrameKind },
): Frame {
  const toks = sentence.tokens;
  const headTag = pos?.[hit.to - 1];
  // "lifts its Ebberly holding": a holding the model reads as a stake is a noun, whatever the tagger makes of "-ing".
  const holding = /^(?:share)?holding$/.test(toks[hit.to - 1]?.norm ?? '');
  const nominal = holding || (headTag ? headTag === 'NOUN' || headTag === 'PROPN' : NOUNS.test(toks[hit.to - 1]?.norm ?? ''));
  const subj = readSubject(toks, pos, orgs, hit.from, { nominal, ipo: hit.type === 'ipo' });
  const obj = readObject(toks, pos, orgs, hit.to);
  const slots = readSlots(toks, orgs, obj.object.length > 0 ? obj.end : hit.to);
  let subject = subj.subject;
  let fromSentence = false;
  const sentenceSubject = leadingGroup(toks, pos, orgs, hit.from);
  if (subject.length === 0 && !subj.pronoun) {
    subject = sentenceSubject;
    fromSentence = subject.length > 0;
  }
  // "Vectorloom is in talks with Marlowe Stores on a partnership": "with" before the predicate.
  const leading = [...sentenceSubject];
  for (let k = 0; k < hit.from; k += 1) {
    if (toks[k]?.norm !== 'with') continue;
    const o = orgs.find((x) => x.from === k + 1 || (x.from === k + 2 && toks[k + 1]?.norm === 'the'));
    if (o && o.to <= hit.from) leading.push(o);
  }
  return {
    type: hit.type,
    kind: hit.kind,
    from: hit.from,
    to: hit.to,
    subject,
    subjectPronoun: subj.pronoun,
    subjectFromSentence: fromSentence,
    object: obj.object,
    possessor: obj.possessor,
    modifier: subj.modifier,
    selector: subj.selector,
    leading,
    slots,
    passive: isPassive(toks, hit.from, hit.to, obj.object.length > 0),
    nominal,
    // "Dorset Water, which Keble bought in 2019, ...": a subject right after "which" is a relative clause's too.
    relative:
      inRelativeClause(toks, pos, hit.from) ||
      inEarlierClause(toks, hit.from) ||
      (!fromSentence && /^(which|whom)$/.test(toks[(subject[0]?.from ?? 0) - 1]?.norm ?? '')),
    objectHead: obj.object.length === 0 ? obj.head : undefined,
    sentence,
  };
}

/** frameText renders a frame for explanations: "Halvard —to buy→ Tessel Corp (from Google)". */
export function frameText(frame: Frame, predicate: string): string {
  const names = (xs: readonly OrgSpan[]): string => xs.map((o) => o.name).join(' & ');
  const subject = frame.subject.length > 0 ? names(frame.subject) : frame.subjectPronoun ? '(it)' : '?';
  const object = frame.object.length > 0 ? names(frame.object) : frame.modifier.length > 0 ? names(frame.modifier) : (frame.objectHead ?? '');
  const extra = [...frame.slots].map(([p, xs]) => `${p} ${names(xs)}`).join(', ');
  return `${subject} —${predicate}→ ${object}${extra ? ` (${extra})` : ''}`.replace(/\s+/g, ' ').trim();
}

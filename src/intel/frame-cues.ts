// Cues a frame's words give about which side is which, beyond its slots (roles.ts reads
// them): goods named after "for", a speaker standing for "it", a unit's owner, "agrees to
// Y offer". Each reads only the frame's own sentence.

import type { Frame } from './frames.js';
import type { OrgSpan } from './orgs.js';
import { CONTRACT_GOODS } from './objects.js';
import { REFUSE_OR_GET } from './role-verbs.js';

/** goodsMaker: "deal for 20 Velden widebody jets": the organisation named right before the goods a deal is for. */
export function goodsMaker(frame: Frame): OrgSpan | undefined {
  const toks = frame.sentence.tokens;
  const at = toks[frame.to - 1]?.norm === 'for' ? frame.to : toks[frame.to]?.norm === 'for' ? frame.to + 1 : -1;
  if (at < 0) return undefined;
  for (let k = at; k < Math.min(toks.length, at + 5); k += 1) {
    const org = orgAt(frame, k);
    if (!org) continue;
    for (let j = org.to; j < Math.min(toks.length, org.to + 3); j += 1) {
      if (CONTRACT_GOODS.has(toks[j]?.norm ?? '')) return org;
      if (toks[j]?.cap || !toks[j]?.word) break;
    }
    return undefined;
  }
  return undefined;
}

// Verbs of a supplier getting a contract: "wins / lands / secures a deal for 31 drones from the army".
export const WIN_WORDS =
  /\b(?:win|wins|won|winning|land|lands|landed|secure|secures|secured|get|gets|got|bag|bags|bagged|clinch\w*|awarded|receives?|received)\b/;

/** forGoods: "deal for 31 drones": goods within a few words after the predicate's "for". */
export function forGoods(frame: Frame): boolean {
  const toks = frame.sentence.tokens;
  const at = toks[frame.to - 1]?.norm === 'for' ? frame.to : toks[frame.to]?.norm === 'for' ? frame.to + 1 : -1;
  return at >= 0 && toks.slice(at, at + 6).some((t) => CONTRACT_GOODS.has(t.norm));
}

function orgAt(frame: Frame, k: number): OrgSpan | undefined {
  for (const list of [frame.object, ...frame.slots.values()]) {
    const found = list.find((o) => o.from === k);
    if (found) return found;
  }
  return undefined;
}

// Verbs that put a speaker before what it reports: "Kinsale said (that) Oberon had agreed to buy it".
const SPEAKING: ReadonlySet<string> = new Set(['says', 'said', 'announced', 'announces', 'confirmed', 'confirms', 'disclosed', 'discloses']);

/** speakerAsIt: "Kinsale says Oberon will buy it": an "it" right after the predicate is the one speaking. */
export function speakerAsIt(frame: Frame): OrgSpan[] | undefined {
  const toks = frame.sentence.tokens;
  const first = frame.subject[0];
  if (toks[frame.to]?.norm !== 'it' || !first || frame.subjectFromSentence) return undefined;
  const speaker = frame.leading.filter((o) => o.to <= first.from && !frame.subject.includes(o));
  const last = speaker[speaker.length - 1];
  if (!last) return undefined;
  return toks.slice(last.to, first.from).some((t) => SPEAKING.has(t.norm)) ? speaker : undefined;
}

// What a company owns and may sell off: "Corrigan unit", "the unit of Corrigan".
const UNIT_NOUNS = /^(unit|units|division|divisions|arm|business|businesses|subsidiary|plants?|stores)$/;

/** namesUnit: "Corrigan unit", "Morrow Group dairy unit": the name stands before a unit of its own (up to two plain words between). */
export function namesUnit(frame: Frame, org: OrgSpan): boolean {
  const toks = frame.sentence.tokens;
  if (toks[org.to - 1]?.possessive) return false;
  for (let k = org.to; k < Math.min(toks.length, org.to + 3); k += 1) {
    const t = toks[k];
    if (UNIT_NOUNS.test(t?.norm ?? '')) return true;
    if (!t?.word || t.cap || t.digit) return false;
  }
  return false;
}

/** unitOwner: the organisation whose unit the predicate's object is, if the object is one. */
export function unitOwner(frame: Frame): readonly OrgSpan[] | undefined {
  const toks = frame.sentence.tokens;
  const last = frame.object[frame.object.length - 1];
  if (last) return frame.object.length === 1 && namesUnit(frame, last) ? [last] : undefined;
  const of = frame.slots.get('of');
  if (!of || frame.modifier.length > 0) return undefined;
  // "the aerospace unit of Corrigan": a unit noun between the predicate and "of".
  const ofAt = toks.findIndex((t, i) => i >= frame.to && t.norm === 'of');
  return ofAt > frame.to && ofAt - frame.to <= 5 && toks.slice(frame.to, ofAt).some((t) => UNIT_NOUNS.test(t.norm)) ? of : undefined;
}

/** agreesTo: "Sorrel Bank agrees to Mercer Group offer": who agrees to another's offer is bid for. */
export function agreesTo(frame: Frame): boolean {
  const toks = frame.sentence.tokens;
  const first = frame.modifier[0];
  return first !== undefined && toks[first.from - 1]?.norm === 'to' && /^agree/.test(toks[first.from - 2]?.norm ?? '');
}

/** refusedBid: "X rejects Y's offer", "X receives Y's bid": a possessor's bid made for the sentence's subject. */
export function refusedBid(frame: Frame, subject: readonly OrgSpan[]): boolean {
  const toks = frame.sentence.tokens;
  const owner = subject[0];
  if (!owner || subject.length !== 1 || !toks[owner.to - 1]?.possessive || frame.object.length > 0) return false;
  const before = toks.slice(Math.max(0, owner.from - 3), owner.from).map((t) => t.norm);
  const after = toks
    .slice(frame.from, frame.to + 3)
    .map((t) => t.norm)
    .join(' ');
  return before.some((x) => REFUSE_OR_GET.has(x)) && /\b(approach|proposal|offer|bid)\b/.test(after) && frame.leading.some((o) => o !== owner);
}

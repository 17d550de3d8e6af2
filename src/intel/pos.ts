// Part-of-speech tags from wink-nlp (wink-eng-lite-web-model), aligned to our own
// tokens. Tagging costs ~10-20 µs a sentence, so the analyzer only tags sentences
// that carry a deal cue (see analyzer.ts); everything else stays on the cheap
// capitalisation rules. Why wink and not compromise: docs/adr/0002-nlp-library.md.
//
// Headlines defeat a tagger trained on running text: in "Halvard Agrees to Buy Tessel
// Corp." every word is capitalised, and a capital reads as a proper noun. So before
// tagging a headline we "truecase" it: ordinary English words are written in lower
// case (same length, so offsets still line up), names and acronyms stay as they are.
// The tagger then sees "Halvard agrees to buy Tessel Corp." and reads grammar, not case.

import winkNLP, { type PartOfSpeech } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isCommonWord } from './common-words.js';
import type { Sentence, Token } from './text.js';

export type PosTag = PartOfSpeech;

type Wink = ReturnType<typeof winkNLP>;
let wink: Wink | undefined;

/** tagger loads the model once, on first use: analyzers that never tag never pay for it. */
function tagger(): Wink {
  // Only the POS pipe: sentence splitting, NER and sentiment are not needed and cost time.
  wink ??= winkNLP(model, ['pos']);
  return wink;
}

/** lowerAscii lower-cases A-Z only, so the text keeps its length and offsets. */
function lowerAscii(s: string): string {
  return s.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
}

/**
 * truecase writes a shouty sentence the way running text would: in an all-caps wire
 * headline every word goes lower case; in a Title Case headline only ordinary English
 * words do ("Agrees", "Buy", "Sale"), while names and acronyms keep their capitals.
 * Words in a `<TAG>` keep their case either way.
 */
export function truecase(sentence: Sentence, ordinary: (t: Token) => boolean = (t) => isCommonWord(t.norm)): string {
  if (!sentence.shouty) return sentence.text;
  const text = sentence.text;
  const letters = text.replace(/[^A-Za-z]/g, '');
  const allCaps = letters.length > 0 && letters === letters.toUpperCase();
  let out = '';
  let at = 0;
  let inTag = false;
  for (const t of sentence.tokens) {
    out += text.slice(at, t.start);
    const raw = text.slice(t.start, t.end);
    if (t.raw === '<') inTag = true;
    else if (t.raw === '>') inTag = false;
    const lower = !inTag && t.word && (allCaps || (!t.upper && ordinary(t)));
    out += lower ? lowerAscii(raw) : raw;
    at = t.end;
  }
  return out + text.slice(at);
}

/**
 * tagText tags a text and returns, for each of `tokens`, the tag of the wink token that
 * covers its first character (our "OpenAI's" is wink's "OpenAI" + "'s": it gets PROPN).
 */
export function tagText(text: string, tokens: readonly Token[]): PosTag[] {
  const nlp = tagger();
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const tags = doc.tokens().out(nlp.its.pos) as PosTag[];
  // wink gives no offsets; find each token's text in order from a moving cursor.
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = text.indexOf(v, cursor);
    starts.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + v.length;
  }
  const out: PosTag[] = [];
  let w = 0;
  for (const t of tokens) {
    while (w + 1 < starts.length && (starts[w + 1] as number) <= t.start) w += 1;
    out.push(tags[w] ?? 'X');
  }
  return out;
}

// Deal words the tagger, trained on running text, reads as plural nouns after a name in a
// headline ("Gap Partners With", "Ramp Lands $150M", "Netflix Picks Microsoft").
const HEADLINE_VERBS: ReadonlySet<string> = new Set([
  'partner',
  'partners',
  'lands',
  'land',
  'picks',
  'pick',
  'bids',
  'bid',
  'taps',
  'tap',
  'teams',
  'team',
  'nabs',
  'bags',
  'snags',
  'inks',
  'seals',
  'eyes',
  'buys',
  'sells',
  'wins',
  'closes',
  'raises',
  'merge',
  'merges',
  'license',
  'licenses',
  'orders',
  'selects',
  'signs',
  'backs',
  'leads',
  'acquires',
  'awards',
  'scraps',
  'drops',
  'ends',
  'completes',
  'forms',
  'tops',
  'outbids',
  'trumps',
  'counters',
  'invests',
  'buys',
  'takes',
  // Plural subjects ("Visa and Plaid Drop ...") and market moves ("Mobileye Rises in ...").
  'drop',
  'end',
  'scrap',
  'complete',
  'sign',
  'form',
  'seal',
  'ink',
  'abandon',
  'abandons',
  'terminate',
  'terminates',
  'finalize',
  'finalizes',
  'close',
  'win',
  'agree',
  'agrees',
  'confirm',
  'confirms',
  'reject',
  'rejects',
  'explore',
  'explores',
  'weigh',
  'weighs',
  'rises',
  'jumps',
  'soars',
  'falls',
  'surges',
  'sinks',
  'slumps',
  'plunges',
  'tumbles',
  // Headline idioms and plural subjects: "Blue Apron Goes Public", "Volvo and Uber Join Forces", "Bayer Swoops on".
  'files',
  'goes',
  'go',
  'join',
  'swoops',
  'swoop',
  'clinches',
  'clinch',
  'nears',
  'near',
  'makes',
  'make',
  'buy',
  'acquire',
  'sell',
  'invest',
  'combine',
  'combines',
  'unite',
  'unites',
]);
// Headline verbs that are no deal verbs but leave no room for another: "X Launches Partner Program".
const LAUNCH_VERBS: ReadonlySet<string> = new Set([
  'launches',
  'unveils',
  'opens',
  'expands',
  'names',
  'hires',
  'rebrands',
  'renames',
  'joins',
  'announces',
  'introduces',
]);
// Headline verbs that also end names ("Sycamore Partners to Buy"): before "to <verb>" they are the name's.
const NAME_ENDINGS: ReadonlySet<string> = new Set(['partners', 'partner', 'teams', 'leads', 'lands', 'bids', 'eyes', 'backs']);
// Verbs of headline phrasal verbs, and their particles.
const PHRASAL: ReadonlySet<string> = new Set([
  'call',
  'calls',
  'walk',
  'walks',
  'pull',
  'pulls',
  'break',
  'breaks',
  'buy',
  'buys',
  'sell',
  'sells',
  'team',
  'teams',
  'snap',
  'snaps',
  'spin',
  'spins',
  'carve',
  'carves',
  'back',
  'backs',
  // Headline idioms of buying and of rumour: "Intel Scoops Up Mobileye", "Apple Said to Buy Shazam", "Comcast Mulls Bid".
  'scoops',
  'gobbles',
  'swallows',
  'grabs',
  'said',
  'mulls',
  'weighs',
  'nears',
  'explores',
  'offers',
]);
const PARTICLES: ReadonlySet<string> = new Set(['off', 'out', 'up', 'away']);
// What may follow such a verb: a preposition, an object (a name, an amount, a determiner).
const AFTER_VERB: ReadonlySet<string> = new Set(['to', 'with', 'on', 'for', 'in', 'up', 'a', 'an', 'the', 'its', 'stake', 'deal', 'bid']);

/**
 * headlineVerbs corrects that reading: in a headline, such a word right after a capitalised
 * name and before a preposition, an amount or another name is the verb of the sentence.
 */
function headlineVerbs(sentence: Sentence, tags: PosTag[]): PosTag[] {
  const toks = sentence.tokens;
  for (let i = 1; i < toks.length - 1; i += 1) {
    const t = toks[i] as Token;
    // "Honda and Nissan Call Off Merger Talks", "Walk Away", "Pull Out": a verb and its particle.
    if (PHRASAL.has(t.norm) && PARTICLES.has(toks[i + 1]?.norm ?? '') && (toks[i - 1]?.cap || toks[i - 1]?.upper)) {
      tags[i] = 'VERB';
      continue;
    }
    if (!HEADLINE_VERBS.has(t.norm) || tags[i] === 'VERB') continue;
    const prev = toks[i - 1] as Token;
    const next = toks[i + 1] as Token;
    // The word before is a name (a headline's first word is its subject whatever the tagger says), and no
    // verb came earlier: "Kestrelink Launches Partner Program" has its verb already.
    const prevTag = tags[i - 1];
    // A name after "and" or a comma is the second of two subjects, whatever the tagger made of it ("Total", "Ford").
    const coordinated = i >= 2 && (toks[i - 2]?.norm === 'and' || toks[i - 2]?.raw === '&' || toks[i - 2]?.raw === ',');
    const afterName =
      (prev.cap || prev.upper) &&
      prev.word &&
      !prev.possessive &&
      (i - 1 === 0 || coordinated || (prevTag !== 'DET' && prevTag !== 'ADJ' && prevTag !== 'VERB'));
    // "Marwood transit agency picks Dravenport", "QuickMart owner buys Gorse": a name, a lower-case noun, then
    // such a word before another name; the name and its noun are the subject.
    const afterNamedNoun =
      !sentence.shouty && !t.cap && !prev.cap && prev.word && prevTag === 'NOUN' && toks.slice(0, i - 1).some((x) => x.cap) && next.cap && next.word;
    const verbBefore = tags.slice(1, i - 1).some((x) => x === 'VERB') || toks.slice(0, i).some((x) => LAUNCH_VERBS.has(x.norm));
    // In a sentence-case headline the verb is the lower-case word, and any noun phrase may follow it.
    const sentenceCase = !sentence.shouty && !t.cap;
    if (!sentence.shouty && t.cap) continue;
    const objectNext =
      AFTER_VERB.has(next.norm) ||
      next.raw === '$' ||
      next.digit ||
      ((next.cap || next.upper) && next.word) ||
      (sentenceCase && next.word && tags[i + 1] !== 'VERB' && tags[i + 1] !== 'AUX');
    // "Sycamore Partners to Buy Walgreens": a name ending in Partners, then its own verb.
    const nameThenVerb =
      NAME_ENDINGS.has(t.norm) && next.norm === 'to' && /^(buy|acquire|sell|merge|invest|raise|take|pay|bid|list|go)$/.test(toks[i + 2]?.norm ?? '');
    if ((afterName || afterNamedNoun) && !verbBefore && objectNext && !nameThenVerb && !['a', 'the', 'an', 'as'].includes(toks[i - 2]?.norm ?? ''))
      tags[i] = 'VERB';
  }
  return tags;
}

/** tagSentence tags one sentence (truecased first when it is a headline in Title Case or capitals). */
export function tagSentence(sentence: Sentence, ordinary?: (t: Token) => boolean, headline = sentence.shouty): PosTag[] {
  const tags = tagText(truecase(sentence, ordinary), sentence.tokens);
  return headline ? headlineVerbs(sentence, tags) : tags;
}

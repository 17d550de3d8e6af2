// Text preparation shared by matching, classification, amounts and summaries.
// Everything works on one tokenisation per story so the cost of a story is
// paid once, whatever the size of the watchlist or the lexicon.

export interface Token {
  /** Text as written (possessive stripped). */
  readonly raw: string;
  /** Lower-case, accent-free form used for lookups. */
  readonly norm: string;
  /** Crude stem of `norm`, used by the deal lexicon ("acquires" -> "acquir"). */
  readonly stem: string;
  readonly start: number;
  readonly end: number;
  /** True when the token is a word (letters/digits), false for punctuation. */
  readonly word: boolean;
  /** First letter upper-case. */
  readonly cap: boolean;
  /** Every letter upper-case (and at least one letter). */
  readonly upper: boolean;
  /** Word directly glued to the previous token by a hyphen ("meta-analysis"). */
  readonly hyphenBefore: boolean;
  /** The token carried a possessive ("OpenAI's"). */
  readonly possessive: boolean;
  /** Starts with a digit ("1.5", "40M"). */
  readonly digit: boolean;
}

export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly tokens: readonly Token[];
  /** Most words capitalised: a headline or an all-caps wire title, where capitals prove nothing. */
  readonly shouty: boolean;
}

const ACCENTS = /[\u0300-\u036f]/g;

/** foldAccents maps "Nestlé" to "Nestle" so either spelling matches. */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(ACCENTS, '');
}

/**
 * cleanText joins words hyphenated across a line break ("Open-\nAI" -> "OpenAI"),
 * turns curly quotes straight and collapses whitespace, keeping offsets simple.
 */
export function cleanText(s: string): string {
  return s
    .replace(/(\p{L})[-\u00ad]\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim();
}

const SUFFIX_RULES: readonly (readonly [string, string])[] = [
  ['ations', 'at'],
  ['ation', 'at'],
  ['ings', ''],
  ['ing', ''],
  ['ied', 'y'],
  ['ies', 'y'],
  ['ed', ''],
  ['es', ''],
  ['s', ''],
  ['e', ''],
];

/** stem is a deliberately crude suffix stripper: enough to make "merge/merged/merging" meet. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  // Fast path: every rule ends in s, n, g, d or e.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 110 && last !== 103 && last !== 100 && last !== 101) return word;
  for (const [suffix, repl] of SUFFIX_RULES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, word.length - suffix.length) + repl;
    }
  }
  return word;
}

// Words (with inner dots for "U.S." and decimals "1.5", inner & for "AT&T"),
// currency signs, and single punctuation marks.
const ABBREV_DOT =
  /^(?:[A-Z]|inc|corp|co|ltd|st|mr|mrs|ms|dr|jr|sr|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\.s|u\.k|e\.g|i\.e|plc|bhd|n\.v|s\.a|a\.g)\.$/i;

const UPPER_START = /^\p{Lu}/u;

/** isPunctCode: the single-character tokens; every other character that is not a word character separates. */
function isPunctCode(c: number): boolean {
  switch (c) {
    case 33: // !
    case 34: // "
    case 36: // $
    case 38: // &
    case 40: // (
    case 41: // )
    case 44: // ,
    case 45: // -
    case 46: // .
    case 58: // :
    case 59: // ;
    case 60: // <
    case 62: // >
    case 63: // ?
    case 0xa3: // £
    case 0xa5: // ¥
    case 0x20ac: // €
      return true;
    default:
      return false;
  }
}

/** isWordCode: ASCII letters and digits, and letters beyond Latin-1 punctuation and symbols. */
function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c < 0xc0 || c === 0xd7 || c === 0xf7) return false;
  return !(c >= 0x2000 && c <= 0x206f) && c !== 0x20ac && c !== 0x3000;
}

interface WordShape {
  /** The written form; every token of this form shares this one string. */
  readonly raw: string;
  readonly norm: string;
  readonly stem: string;
  readonly cap: boolean;
  readonly upper: boolean;
}

// News repeats its words (Zipf): each written form's shape is folded, lower-cased and stemmed once,
// then found again where the word stands in the text, by a hash of its characters. Looking it up
// in a Map instead meant slicing a fresh string per token and hashing it, which was a fifth of the
// cost of tokenising. Open addressing with linear probing; bounded, and cleared when half full.
const SHAPE_SLOTS = 1 << 16;
const SHAPE_MASK = SHAPE_SLOTS - 1;
const SHAPES_MAX = SHAPE_SLOTS >> 1;
const shapeHashes = new Int32Array(SHAPE_SLOTS);
const shapes: (WordShape | undefined)[] = new Array<WordShape | undefined>(SHAPE_SLOTS).fill(undefined);
let shapeCount = 0;

/** hashAt: FNV-1a over text[from, from + len). */
function hashAt(text: string, from: number, len: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = from; k < from + len; k += 1) h = Math.imul(h ^ text.charCodeAt(k), 16777619);
  return h;
}

/** wordShape: the shape of the word text[from, from + len), whose first character code is `first`. */
function wordShape(text: string, from: number, len: number, first: number): WordShape {
  const h = hashAt(text, from, len);
  let slot = h & SHAPE_MASK;
  for (let known = shapes[slot]; known !== undefined; known = shapes[slot]) {
    if (shapeHashes[slot] === h && known.raw.length === len && text.startsWith(known.raw, from)) return known;
    slot = (slot + 1) & SHAPE_MASK;
  }
  if (shapeCount >= SHAPES_MAX) {
    shapes.fill(undefined);
    shapeCount = 0;
    slot = h & SHAPE_MASK;
  }
  const raw = text.slice(from, from + len);
  let ascii = true;
  for (let c = 0; c < raw.length; c += 1) {
    if (raw.charCodeAt(c) > 126) {
      ascii = false;
      break;
    }
  }
  let norm = (ascii ? raw : foldAccents(raw)).toLowerCase();
  if (norm.charCodeAt(norm.length - 1) === 46) norm = norm.slice(0, -1);
  const cap = ascii ? first >= 65 && first <= 90 : UPPER_START.test(raw);
  const shape: WordShape = { raw, norm, stem: stem(norm), cap, upper: cap && raw !== norm && raw === raw.toUpperCase() };
  shapes[slot] = shape;
  shapeHashes[slot] = h;
  shapeCount += 1;
  return shape;
}

/**
 * tokenize splits a sentence into tokens; offsets are relative to `base`. It is the
 * hot path of the whole stage, so it scans characters by hand instead of running a regex.
 */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let prevEnd = -1;
  let prevRaw = '';
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (!isWordCode(first)) {
      if (first === 37) {
        // "20%" reads as "20 pct": the lexicon's stake phrases ("pct stake", "pct of") then cover both.
        out.push({ ...punctToken('%', base + i), norm: 'pct', stem: 'pct', word: true });
        prevEnd = base + i + 1;
        prevRaw = '%';
      } else if (isPunctCode(first)) {
        const ch = text.charAt(i);
        out.push(punctToken(ch, base + i));
        prevEnd = base + i + 1;
        prevRaw = ch;
      }
      i += 1;
      continue;
    }
    // A word: letters/digits with inner ".", "&" or "'" ("U.S", "AT&T", "1.5", "OpenAI's").
    let j = i + 1;
    for (;;) {
      while (j < n && isWordCode(text.charCodeAt(j))) j += 1;
      const d = text.charCodeAt(j);
      if ((d === 46 || d === 38 || d === 39) && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
        j += 2;
        continue;
      }
      break;
    }
    let end = j;
    // The word is text[i, i + len): positions, so a word seen before costs no new string.
    let len = j - i;
    // A trailing dot belongs to the word only for abbreviations ("Inc.", "U.S."), none longer than four characters.
    if (text.charCodeAt(j) === 46 && len <= 4 && ABBREV_DOT.test(text.slice(i, j + 1))) {
      len += 1;
      end = j + 1;
    }
    // Possessive: "OpenAI's", "Reuters'".
    let possessive = false;
    if (text.charCodeAt(end) === 39 && len > 1) {
      possessive = true;
      end += 1;
    } else if (len > 2) {
      const apos = i + len - 2;
      if (text.charCodeAt(apos) === 39 && (text.charCodeAt(apos + 1) | 32) === 115) {
        possessive = true;
        len -= 2;
      }
    }
    const shape = wordShape(text, i, len, first);
    const start = base + i;
    out.push({
      raw: shape.raw,
      norm: shape.norm,
      stem: shape.stem,
      start,
      end: start + len,
      word: true,
      cap: shape.cap,
      upper: shape.upper,
      hyphenBefore: prevRaw === '-' && prevEnd === start,
      possessive,
      digit: first >= 48 && first <= 57,
    });
    prevEnd = base + end;
    prevRaw = shape.raw;
    i = end;
  }
  return out;
}

function punctToken(ch: string, start: number): Token {
  return {
    raw: ch,
    norm: ch,
    stem: ch,
    start,
    end: start + 1,
    word: false,
    cap: false,
    upper: false,
    hyphenBefore: false,
    possessive: false,
    digit: false,
  };
}

// Sentence ends: terminal punctuation then space and a capital/quote/digit, or a
// run-together end such as "Azure.For" (lower-case letters, dot, capital, lower-case).
const SENTENCE_END = /([.!?]["')]?)(?:\s+(?=["'(<\p{Lu}\d])|(?=\p{Lu}\p{Ll}))|\s*\n\s*\n\s*|\n\s{3,}/gu;
const NO_SPLIT_BEFORE = /(?:\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|No|vs|U\.S|U\.K|Bhd|Plc|N\.V|S\.A|[A-Z]))\.$/;

// A wire desk's label before a headline ("UPDATE 2-", "REFILE-", "BRIEF-", "Exclusive: ") is no part of the news:
// read as words it would be a name ("UPDATE", "Exclusive") or the subject of the deal.
const DESK_LABEL =
  /^(?:(?:(?:UPDATE|WRAPUP)(?:\s+\d+)?|REFILE|CORRECTED|CORRECTION|RPT|EXCLUSIVE|BRIEF|BUZZ|BREAKING|PRESS DIGEST)\s*[-:]\s*|(?:Exclusive|Update(?:\s+\d+)?|Breaking|Refile|Corrected|Correction)\s*:\s*)+/;

/** stripDeskLabel drops a wire desk's labels from the start of a headline. */
export function stripDeskLabel(title: string): string {
  return title.replace(DESK_LABEL, '');
}

/** splitSentences cuts text into sentences, tolerating missing spaces after a full stop. */
export function splitSentences(input: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  // Most text is already single-spaced: only then can no sentence need its whitespace collapsed.
  const mayBeMessy = /[\n\t\r]| {2}/.test(input);
  let from = 0;
  for (const m of input.matchAll(SENTENCE_END)) {
    const idx = m.index ?? 0;
    const endPunct = m[1] ?? '';
    const cut = idx + endPunct.length;
    const candidate = input.slice(from, cut);
    if (endPunct.startsWith('.') && NO_SPLIT_BEFORE.test(candidate) && !/\n/.test(m[0])) continue;
    // Reject run-together splits inside dotted names like "Amazon.com" (lower-case next).
    pushSentence(out, input, from, cut, mayBeMessy);
    from = idx + m[0].length;
  }
  pushSentence(out, input, from, input.length, mayBeMessy);
  return out;
}

function pushSentence(out: { text: string; start: number }[], input: string, from: number, to: number, mayBeMessy: boolean): void {
  const raw = input.slice(from, to);
  const messy = mayBeMessy && (raw.includes('\n') || raw.includes('  ') || raw.includes('\t') || raw.includes('\r'));
  const text = (messy ? raw.replace(/\s+/g, ' ') : raw).trim();
  if (text.length > 0) out.push({ text, start: from + (raw.length - raw.trimStart().length) });
}

/** toSentences splits and tokenises in one go. */
export function toSentences(text: string): Sentence[] {
  // Clean once for the whole text; splitSentences already collapses whitespace per sentence.
  // Each pass only where its characters occur: most bodies have no line-break hyphen or curly quote.
  let prepared = text;
  if (prepared.includes('\n')) prepared = prepared.replace(/(\p{L})[-\u00ad]\s*\n\s*(\p{L})/gu, '$1$2');
  if (/[\u2018\u2019\u02bc\u201c\u201d\u2013\u2014]/.test(prepared)) {
    prepared = prepared
      .replace(/[\u2018\u2019\u02bc]/g, "'")
      .replace(/[\u201c\u201d]/g, '"')
      .replace(/[\u2013\u2014]/g, ' - ');
  }
  return splitSentences(prepared).map((s) => {
    const tokens = tokenize(s.text, 0);
    return { text: s.text, start: s.start, tokens, shouty: isShouty(tokens, 4) };
  });
}

// Short words Title Case leaves in lower case.
const TITLE_LOWER: ReadonlySet<string> = new Set(
  'a an the and or but nor for of on in at to by as up via vs with from into onto over than that amid after upon'.split(' '),
);

/** wordsAt: the tokens from k on are these words (normalised forms). A loop, not every(): it runs per token and phrase. */
export function wordsAt(toks: readonly Token[], k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i += 1) if (toks[k + i]?.norm !== words[i]) return false;
  return true;
}

/** isTitleCase: every word but the short ones Title Case leaves small is capitalised, at least two of them. */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.digit || TITLE_LOWER.has(t.norm)) continue;
    if (!t.cap) return false;
    caps += 1;
  }
  return caps >= 2;
}

/** isShouty: mostly capitalised words (wire-style headlines), among at least `minWords` real words. */
export function isShouty(tokens: readonly Token[], minWords: number): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.norm.length < 4 || t.digit) continue;
    words += 1;
    if (t.cap) caps += 1;
  }
  return words >= minWords && caps / words >= 0.6;
}

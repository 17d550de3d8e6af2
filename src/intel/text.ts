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
  ['ations', 'at'], ['ation', 'at'], ['ings', ''], ['ing', ''], ['ied', 'y'], ['ies', 'y'],
  ['ed', ''], ['es', ''], ['s', ''], ['e', ''],
];

/** stem is a deliberately crude suffix stripper: enough to make "merge/merged/merging" meet. */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  for (const [suffix, repl] of SUFFIX_RULES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, word.length - suffix.length) + repl;
    }
  }
  return word;
}

// Words (with inner dots for "U.S." and decimals "1.5", inner & for "AT&T"),
// currency signs, and single punctuation marks.
const TOKEN_RE = /[\p{L}\p{N}]+(?:[.&'][\p{L}\p{N}]+)*\.?|[$€£¥%<>,;:()"?!&-]|\./gu;
const ABBREV_DOT = /^(?:[A-Z]|inc|corp|co|ltd|st|mr|mrs|ms|dr|jr|sr|no|vs|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|u\.s|u\.k|e\.g|i\.e|plc|bhd|n\.v|s\.a|a\.g)\.$/i;

// Stems of words seen so far. A pure-function memo (same input, same output), capped so
// it cannot grow without bound; it only saves the suffix loop on the hot path.
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_MAX = 50_000;

function cachedStem(norm: string): string {
  let s = STEM_CACHE.get(norm);
  if (s === undefined) {
    s = stem(norm);
    if (STEM_CACHE.size < STEM_CACHE_MAX) STEM_CACHE.set(norm, s);
  }
  return s;
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;

function isWordChar(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

/** tokenize splits a sentence into tokens; offsets are relative to `base`. Hot path: keep regexes out. */
export function tokenize(text: string, base = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  let prevRaw = '';
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    let raw = m[0];
    const start = base + m.index;
    const first = raw.charCodeAt(0);
    const isWord = isWordChar(first, raw.charAt(0));
    let possessive = false;
    if (isWord) {
      // A trailing dot belongs to the word only for abbreviations ("Inc.", "U.S.").
      if (raw.length > 1 && raw.charCodeAt(raw.length - 1) === 46 && !ABBREV_DOT.test(raw)) raw = raw.slice(0, -1);
      const apos = raw.length > 2 ? raw.lastIndexOf("'") : -1;
      if (apos > 0 && raw.length > 2 && (apos === raw.length - 1 || (apos === raw.length - 2 && (raw.endsWith('s') || raw.endsWith('S'))))) {
        possessive = true;
        raw = raw.slice(0, apos);
      }
    }
    let norm = raw;
    let cap = false;
    let upper = false;
    if (isWord) {
      let ascii = true;
      for (let c = 0; c < raw.length; c += 1) {
        if (raw.charCodeAt(c) > 126) {
          ascii = false;
          break;
        }
      }
      norm = (ascii ? raw : foldAccents(raw)).toLowerCase();
      if (norm.charCodeAt(norm.length - 1) === 46) norm = norm.slice(0, -1);
      const c = raw.charCodeAt(0);
      cap = ascii ? c >= 65 && c <= 90 : UPPER_START.test(raw);
      upper = cap && raw === raw.toUpperCase() && raw !== norm;
    }
    out.push({
      raw,
      norm,
      stem: isWord ? cachedStem(norm) : norm,
      start,
      end: start + raw.length,
      word: isWord,
      cap,
      upper,
      hyphenBefore: isWord && prevRaw === '-' && prevEnd === start,
      possessive,
      digit: first >= 48 && first <= 57,
    });
    prevEnd = start + m[0].length;
    prevRaw = raw;
  }
  return out;
}

// Sentence ends: terminal punctuation then space and a capital/quote/digit, or a
// run-together end such as "Azure.For" (lower-case letters, dot, capital, lower-case).
const SENTENCE_END = /([.!?]["')]?)(?:\s+(?=["'(<\p{Lu}\d])|(?=\p{Lu}\p{Ll}))|\s*\n\s*\n\s*|\n\s{3,}/gu;
const NO_SPLIT_BEFORE = /(?:\b(?:Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|Jr|No|vs|U\.S|U\.K|Bhd|Plc|N\.V|S\.A|[A-Z]))\.$/;

/** splitSentences cuts text into sentences, tolerating missing spaces after a full stop. */
export function splitSentences(input: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let from = 0;
  for (const m of input.matchAll(SENTENCE_END)) {
    const idx = m.index ?? 0;
    const endPunct = m[1] ?? '';
    const cut = idx + endPunct.length;
    const candidate = input.slice(from, cut);
    if (endPunct.startsWith('.') && NO_SPLIT_BEFORE.test(candidate) && !/\n/.test(m[0])) continue;
    // Reject run-together splits inside dotted names like "Amazon.com" (lower-case next).
    pushSentence(out, input, from, cut);
    from = idx + m[0].length;
  }
  pushSentence(out, input, from, input.length);
  return out;
}

function pushSentence(out: { text: string; start: number }[], input: string, from: number, to: number): void {
  const raw = input.slice(from, to);
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length > 0) out.push({ text, start: from + (raw.length - raw.trimStart().length) });
}

/** toSentences splits and tokenises in one go. */
export function toSentences(text: string): Sentence[] {
  // Clean once for the whole text; splitSentences already collapses whitespace per sentence.
  const prepared = text
    .replace(/(\p{L})[-\u00ad]\s*\n\s*(\p{L})/gu, '$1$2')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ');
  return splitSentences(prepared).map((s) => {
    const tokens = tokenize(s.text, 0);
    return { text: s.text, start: s.start, tokens, shouty: isShouty(tokens) };
  });
}

function isShouty(tokens: readonly Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.norm.length < 4 || t.digit) continue;
    words += 1;
    if (t.cap) caps += 1;
  }
  return words >= 4 && caps / words >= 0.6;
}

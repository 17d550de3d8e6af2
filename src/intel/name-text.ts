// How a name is written: title-casing all-caps wire text, an inner capital ("eBay"), an all-caps sentence, a
// sentence with no name to find, and a name's text as written. Shared by the organisation finder and its callers.
import { isCommonWord } from './common-words.js';
import type { Sentence, Token } from './text.js';

/** hasInnerCapital: "iRobot", "eBay", "xAI" are names though their first letter is small. */
export function hasInnerCapital(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 97 || c > 122) return false;
  for (let i = 1; i < raw.length; i += 1) {
    const d = raw.charCodeAt(i);
    if (d >= 65 && d <= 90) return true;
    if (d < 97 || d > 122) return false;
  }
  return false;
}

/** titleCase turns "STONE CONTAINER CORP" into "Stone Container Corp", keeping short acronyms. */
export function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => (w.length <= 3 && !isCommonWord(w.toLowerCase()) && !/^(inc|co|ltd|and)\.?$/i.test(w) ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

/** isAllCaps: every letter upper case (a wire headline). Cheaper to compute than to cache: it stops at the first lower-case word. */
export function isAllCaps(sentence: Sentence): boolean {
  let letters = false;
  for (const t of sentence.tokens) {
    if (!t.word || t.digit || t.norm === 'pct') continue;
    letters = true;
    if (!t.upper && t.raw.length > 1) return false;
  }
  return letters;
}

/** plainSentence: nothing capitalised but an ordinary first word, no tags, no tickers: no name to find. */
export function plainSentence(toks: readonly Token[]): boolean {
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (t.raw === '<' || t.raw === '(') return false;
    if (!t.word) continue;
    if (i === 0 ? t.cap && !isCommonWord(t.norm) : t.cap || (t.norm !== t.raw && hasInnerCapital(t.raw))) return false;
  }
  return true;
}

/** spanText is the name as written, minus trailing punctuation; all-caps wire text is title-cased. */
export function spanText(sentence: Sentence, from: number, to: number): string {
  const a = sentence.tokens[from];
  const b = sentence.tokens[to - 1];
  if (!a || !b) return '';
  const raw = sentence.text.slice(a.start, b.end).replace(/\s+/g, ' ').replace(/[.,]$/, '');
  return isAllCaps(sentence) ? titleCase(raw) : raw;
}

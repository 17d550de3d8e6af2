// Short forms of watched names, for the organisations a story makes a party to its deal.
// A headline writes "Ford" for the watched "Ford Motor", "Uber" for "Uber Technologies",
// "Crestline" for "Crestline Bancorp", "PIF" for "Public Investment Fund". In a full story
// the body names the company in full first, and the company list joins the two forms; a
// headline alone has no such body, so the watchlist itself says which short forms are whose.
// Only a span the organisation recogniser already found is looked up (the watchlist never
// makes a name here), and only a short form that no two watched companies share.

import type { WatchedCompany } from '../model/deal.js';
import { isCommonWord } from './common-words.js';
import { displayName, keyWords, watchedVariants, type WatchVariants } from './companies.js';
import { DEMONYMS, GENERIC_TAILS, PLACES } from './org-words.js';

// Words a short form may leave out around the core of a name ("Coinbase Global", "Saudi Aramco").
const AROUND = new Set([...PLACES, ...DEMONYMS, 'global', 'worldwide', 'holdings', 'group']);

export type { WatchVariants } from './companies.js';

/** shortForms: the keys a name may be written by in a headline, its own key first. */
function shortForms(name: string): { exact: string; short: string[]; initials: string } {
  const words = keyWords(displayName(name));
  const exact = words.join(' ');
  const short: string[] = [];
  // "Coinbase Global" -> "coinbase": places, nationalities and generic words around the core.
  let from = 0;
  let to = words.length;
  while (to - from > 1 && AROUND.has(words[from] as string)) from += 1;
  while (to - from > 1 && AROUND.has(words[to - 1] as string)) to -= 1;
  if (to - from < words.length) short.push(words.slice(from, to).join(' '));
  // "Northfell Resources" -> "northfell", "Harbor Trust Financial" -> "harbor trust": leading words, one of
  // them only when it is a name of its own (not "General" of "General Electric", not "Saudi", not "Bank").
  for (let k = 1; k < words.length; k += 1) {
    const head = words[0] as string;
    if (k === 1 && (head.length < 3 || isCommonWord(head) || PLACES.has(head) || DEMONYMS.has(head) || /^\d/.test(head))) continue;
    short.push(words.slice(0, k).join(' '));
  }
  // "Walt Disney" -> "disney", "Alimentation Couche-Tard" -> "couche tard": the last word, when it is a name of its own.
  const parts = name.trim().split(/\s+/);
  while (parts.length > 1 && GENERIC_TAILS.has((parts[parts.length - 1] as string).toLowerCase().replace(/[.,]/g, ''))) parts.pop();
  const lastWord = parts[parts.length - 1] ?? '';
  const tail = keyWords(lastWord);
  const tailKey = tail.join(' ');
  const plain = tail.length === 1 ? (tail[0] as string) : '';
  if (
    words.length >= 2 &&
    tailKey !== exact &&
    tailKey.length >= 3 &&
    !isCommonWord(plain) &&
    !PLACES.has(plain) &&
    !DEMONYMS.has(plain) &&
    !/^\d/.test(tailKey)
  )
    short.push(tailKey);
  const letters = name.split(/[^\p{L}\p{N}]+/u).filter((x) => x.length > 0 && !['of', 'and', 'the', 'for'].includes(x.toLowerCase()));
  return { exact, short, initials: letters.length >= 2 ? letters.map((x) => (x[0] as string).toLowerCase()).join('') : '' };
}

/** compileWatchVariants indexes every watched name's short forms once per analyzer. */
export function compileWatchVariants(watchlist: readonly WatchedCompany[]): WatchVariants {
  const exact = new Map<string, WatchedCompany[]>();
  const short = new Map<string, WatchedCompany[]>();
  const initials = new Map<string, WatchedCompany[]>();
  const add = (m: Map<string, WatchedCompany[]>, k: string, c: WatchedCompany): void => {
    const seen = m.get(k) ?? [];
    if (!seen.includes(c)) seen.push(c);
    m.set(k, seen);
  };
  const forms = watchlist.flatMap((c) => [c.name, ...c.aliases].map((n) => ({ c, f: shortForms(n) })));
  for (const { c, f } of forms) if (f.exact) add(exact, f.exact, c);
  for (const { c, f } of forms) {
    for (const s of f.short) add(short, s, c);
    if (f.initials.length >= 2) add(initials, f.initials, c);
  }
  if (exact.size === 0) return () => [];
  // A short form two companies share ("Tata" of Tata Steel and Tata Motors) is neither's; two watched names of one
  // company ("Walt Disney", "The Walt Disney Company") share theirs.
  const oneCompany = (cs: readonly WatchedCompany[]): boolean => {
    const keys = cs.map((c) => keyWords(displayName(c.name)));
    return keys.every((k) => watchedVariants(k, keys[0] as readonly string[]));
  };
  const unique = (cs: readonly WatchedCompany[] | undefined): readonly WatchedCompany[] => (cs && oneCompany(cs) ? cs : []);
  const lookup = (name: string): readonly WatchedCompany[] => {
    const key = keyWords(displayName(name)).join(' ');
    const own = exact.get(key) ?? [];
    const mine = own[0] ? keyWords(displayName(own[0].name)) : undefined;
    const variantOfMine = (c: WatchedCompany): boolean => !mine || watchedVariants(mine, keyWords(displayName(c.name)));
    // "Tata" is Tata Motors' key (its generic tail dropped) and Tata Steel's short form: written short, it is neither's.
    const wordsOf = (n: string): number => n.trim().split(/\s+/).length;
    if (own[0] && wordsOf(name) < wordsOf(own[0].name) && (short.get(key) ?? []).some((c) => !own.includes(c) && !variantOfMine(c))) return [];
    // "PIF", "EA": initials only when written as initials, in capitals.
    const shorter = [...unique(short.get(key)), ...(/^[A-Z]{2,5}$/.test(name) ? unique(initials.get(key)) : [])];
    // A watched name written in full comes first; the names it is also short for only when they are its variants.
    return [...own, ...shorter.filter((c) => !own.includes(c) && variantOfMine(c))];
  };
  // The same few names come back story after story: remember recent answers.
  const cache = new Map<string, readonly WatchedCompany[]>();
  return (name: string): readonly WatchedCompany[] => {
    let hit = cache.get(name);
    if (!hit) {
      if (cache.size >= 10_000) cache.clear();
      hit = lookup(name);
      cache.set(name, hit);
    }
    return hit;
  };
}

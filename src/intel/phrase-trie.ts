// Multi-word phrase lookup over tokens. Each step matches either a word's stem
// (the default) or, for words written "=word", its exact lower-case form.
// Longest match wins, which is how look-alikes ("contract manufacturing")
// hide the deal word inside them.

import { cleanText, stem, tokenize, type Token } from './text.js';

export interface PhraseTrie<T> {
  add(phrase: string, value: T): void;
  /** Longest phrase starting at token `i`, skipping hyphens; returns its value and end index. */
  longestAt(tokens: readonly Token[], i: number): { value: T; end: number } | undefined;
}

interface Node<T> {
  /** Children keyed by exact lower-case word. */
  readonly exact: Map<string, Node<T>>;
  /** Children keyed by stem. */
  readonly stemmed: Map<string, Node<T>>;
  value: T | undefined;
}

function newNode<T>(): Node<T> {
  return { exact: new Map(), stemmed: new Map(), value: undefined };
}

/** phraseKeys turns "=pct =stake" into ["n:pct", "n:stake"] and "acquire" into ["s:acquir"]. */
export function phraseKeys(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .flatMap((w) => {
      const exact = w.startsWith('=');
      const body = exact ? w.slice(1) : w;
      return tokenize(cleanText(body))
        .filter((t) => t.word)
        .map((t) => (exact ? `n:${t.norm}` : `s:${stem(t.norm)}`));
    });
}

/** createPhraseTrie builds an empty trie; later additions of the same phrase replace earlier ones. */
export function createPhraseTrie<T>(): PhraseTrie<T> {
  const root: Node<T> = newNode();
  return {
    add(phrase: string, value: T): void {
      let node = root;
      for (const key of phraseKeys(phrase)) {
        const map = key.startsWith('n:') ? node.exact : node.stemmed;
        let child = map.get(key.slice(2));
        if (!child) {
          child = newNode();
          map.set(key.slice(2), child);
        }
        node = child;
      }
      if (node !== root) node.value = value;
    },
    longestAt(tokens: readonly Token[], i: number): { value: T; end: number } | undefined {
      return walk(root, tokens, i, i);
    },
  };
}

// walk follows both the exact and the stem branch, keeping the longest match.
function walk<T>(node: Node<T>, tokens: readonly Token[], first: number, j: number): { value: T; end: number } | undefined {
  let k = j;
  while (k > first && tokens[k]?.raw === '-') k += 1;
  const t = tokens[k];
  let best: { value: T; end: number } | undefined;
  if (t?.word) {
    const exact = node.exact.get(t.norm);
    const stemmed = node.stemmed.get(t.stem);
    if (exact) best = longer(best, walk(exact, tokens, first, k + 1) ?? valueAt(exact, k + 1));
    if (stemmed) best = longer(best, walk(stemmed, tokens, first, k + 1) ?? valueAt(stemmed, k + 1));
  }
  return best;
}

function valueAt<T>(node: Node<T>, end: number): { value: T; end: number } | undefined {
  return node.value !== undefined ? { value: node.value, end } : undefined;
}

function longer<T>(a: { value: T; end: number } | undefined, b: { value: T; end: number } | undefined): { value: T; end: number } | undefined {
  if (!b) return a;
  return !a || b.end > a.end ? b : a;
}

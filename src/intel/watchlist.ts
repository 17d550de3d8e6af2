// Watchlist compilation and matching. Every alias of every watched company is
// put in one token trie, so a story is scanned once whatever the list's size:
// at each word we follow the trie as far as the text allows.

import type { MatchMode, WatchedCompany } from '../model/deal.js';
import { isCommonWord } from './common-words.js';
import { cleanText, tokenize, toSentences, type Sentence, type Token } from './text.js';
import { ACRONYMS, CONTEXT_AFTER, CONTEXT_BEFORE, DEAL_VERBS_AFTER_TO, EXCHANGES, FUNCTION_WORDS } from './watchlist-words.js';

/** Corporate suffixes, matched optionally after a name and stripped from names. */
export const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'limited',
  'llc',
  'lp',
  'llp',
  'plc',
  'ag',
  'sa',
  's.a',
  'nv',
  'n.v',
  'gmbh',
  'se',
  'spa',
  's.p.a',
  'bv',
  'oyj',
  'ab',
  'asa',
  'kk',
  'pte',
  'pty',
  'bhd',
  'sarl',
  'sas',
  'srl',
]);

interface AliasEntry {
  readonly company: WatchedCompany;
  /** Alias tokens as written, to check capitalisation. */
  readonly tokens: readonly Token[];
  readonly commonWord: boolean;
  readonly mode: MatchMode;
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  readonly entries: AliasEntry[];
}

/** A watched company found in a sentence: token span [from, to) in `sentence.tokens`. */
export interface WatchHit {
  readonly company: WatchedCompany;
  readonly from: number;
  readonly to: number;
  readonly surface: string;
}

export interface CompiledWatchlist {
  readonly size: number;
  /** `confirmed`: companies the story's running text already named, so a headline's common words may name them too. */
  matchSentence(sentence: Sentence, confirmed?: ReadonlySet<WatchedCompany>): WatchHit[];
  matchText(text: string): string[];
}

/** nameKey turns a name into its lookup tokens: suffixes, "The" and hyphens dropped. */
export function nameTokens(name: string): Token[] {
  const toks = tokenize(cleanText(name)).filter((t) => t.word || t.raw === '&');
  while (toks.length > 1 && CORPORATE_SUFFIXES.has(toks[toks.length - 1]?.norm ?? '')) toks.pop();
  if (toks.length > 1 && toks[0]?.norm === 'the') toks.shift();
  return toks;
}

/** compileWatchlist builds the trie once; matching is then one pass per sentence. */
export function compileWatchlist(watchlist: readonly WatchedCompany[]): CompiledWatchlist {
  // Two roots: names whose first word must be capitalised (almost all of them) are only
  // looked up at capitalised words, so ordinary lower-case prose skips the big map.
  const capRoot: TrieNode = { next: new Map(), entries: [] };
  const anyRoot: TrieNode = { next: new Map(), entries: [] };
  const tickers = new Map<string, WatchedCompany>();

  const insert = (keys: readonly string[], entry: AliasEntry): void => {
    const first = entry.tokens[0];
    let node = entry.mode !== 'any' && first?.cap ? capRoot : anyRoot;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.entries.push(entry);
  };

  for (const company of watchlist) {
    for (const alias of [company.name, ...company.aliases]) {
      const toks = nameTokens(alias);
      if (toks.length === 0) continue;
      const entry: AliasEntry = {
        company,
        tokens: toks,
        commonWord: toks.every((t) => t.raw === '&' || isCommonWord(t.norm)),
        mode: company.match,
      };
      insert(
        toks.map((t) => t.norm),
        entry,
      );
      // "Coca-Cola" may also be written "CocaCola"; hyphen parts are separate tokens above.
      if (/-/.test(alias) && toks.length > 1) insert([toks.map((t) => t.norm).join('')], entry);
    }
    for (const t of company.tickers) {
      const bare = t
        .replace(/^\$/, '')
        .replace(/^[A-Za-z]+:\s*/, '')
        .toUpperCase();
      if (/^[A-Z0-9.]{1,6}$/.test(bare) && !tickers.has(bare)) tickers.set(bare, company);
    }
  }

  const matchSentence = (sentence: Sentence, confirmed?: ReadonlySet<WatchedCompany>): WatchHit[] => {
    const toks = sentence.tokens;
    const hits: WatchHit[] = [];
    // Positions of word tokens, skipping hyphens so "Coca-Cola" walks like "Coca Cola".
    let i = 0;
    while (i < toks.length) {
      const tok = toks[i] as Token;
      if (!tok.word) {
        i += 1;
        continue;
      }
      let node = (tok.cap ? capRoot.next.get(tok.norm) : undefined) ?? anyRoot.next.get(tok.norm);
      let best: { entry: AliasEntry; end: number } | undefined;
      let j = i;
      while (node) {
        for (const entry of node.entries) {
          if (accepts(entry, sentence, i, j + 1, confirmed)) {
            best = { entry, end: j + 1 };
            break;
          }
        }
        let k = j + 1;
        while (k < toks.length && toks[k]?.raw === '-') k += 1;
        const nextTok = toks[k];
        if (!nextTok || (!nextTok.word && nextTok.raw !== '&') || toks[j]?.possessive) break;
        node = node.next.get(nextTok.norm);
        j = k;
      }
      if (best) {
        const end = consumeSuffix(toks, best.end);
        hits.push({ company: best.entry.company, from: i, to: end, surface: surfaceOf(sentence, i, best.end) });
        i = end;
        continue;
      }
      const tickerCo = tickers.size > 0 ? tickerAt(toks, i, sentence.shouty, tickers) : undefined;
      if (tickerCo) hits.push({ company: tickerCo, from: i, to: i + 1, surface: tok.raw });
      i += 1;
    }
    return hits;
  };

  return Object.freeze({
    size: watchlist.length,
    matchSentence,
    matchText(text: string): string[] {
      const names = new Set<string>();
      for (const s of toSentences(text)) for (const h of matchSentence(s)) names.add(h.company.name);
      return [...names];
    },
  });
}

function surfaceOf(sentence: Sentence, from: number, to: number): string {
  const a = sentence.tokens[from];
  const b = sentence.tokens[to - 1];
  return a && b ? sentence.text.slice(a.start, b.end) : '';
}

/** consumeSuffix extends a hit over "Inc", ", Inc." and the like. */
function consumeSuffix(toks: readonly Token[], end: number): number {
  let k = end;
  if (toks[k]?.raw === ',' && CORPORATE_SUFFIXES.has(toks[k + 1]?.norm ?? '')) k += 1;
  if (CORPORATE_SUFFIXES.has(toks[k]?.norm ?? '') && !toks[k - 1]?.possessive) return k + 1;
  return end;
}

function accepts(entry: AliasEntry, sentence: Sentence, from: number, to: number, confirmed?: ReadonlySet<WatchedCompany>): boolean {
  const toks = sentence.tokens;
  if (entry.mode === 'any') return true;
  const words = toks.slice(from, to).filter((t) => t.raw !== '-');
  if (words.length !== entry.tokens.length && words.length !== 1) return false;
  if (entry.mode === 'case-sensitive') {
    return words.length === entry.tokens.length && words.every((t, n) => t.raw === entry.tokens[n]?.raw);
  }
  // auto: the text must be capitalised where the name is ("Nvidia"/"NVIDIA", not "nvidia").
  for (let n = 0; n < words.length; n += 1) {
    const w = words[n] as Token;
    const a = entry.tokens[n] ?? entry.tokens[0];
    if (!a || a.raw === '&') continue;
    if (a.cap && !w.cap) return false;
    if (!a.cap && !w.upper && w.raw[0] !== a.raw[0]) return false;
  }
  if (!entry.commonWord) return true;
  // "Cresthaven Sells Bolt Fitness to ...": a Title Case headline proves nothing by its capitals, but the
  // body's running text ("has sold Bolt Fitness, the gym chain, ...") has already shown the name is a company's.
  if (confirmed?.has(entry.company) && words.length === entry.tokens.length) return true;
  // "Department of Veterans Affairs": three or more words capitalised just as the name is written name it, even
  // at a sentence start or after "U.S."; the doubt is about one or two words ("Target", "General Motors").
  if (entry.tokens.length >= 3 && words.length === entry.tokens.length && words.every((w, n) => w.cap === (entry.tokens[n] as Token).cap)) return true;
  return commonWordEvidence(sentence, from, to);
}

/**
 * commonWordEvidence decides whether a capitalised common word ("Target", "Apple")
 * names a company: mid-sentence capitals in ordinary prose count; at a sentence
 * start or in a headline we need company context around it.
 */
function commonWordEvidence(sentence: Sentence, from: number, to: number): boolean {
  const toks = sentence.tokens;
  const last = toks[to - 1] as Token;
  const after = toks[to];
  // "Meta-analysis", "Block-chain": part of a hyphenated compound.
  if (after?.raw === '-' && after.start === last.end && toks[to + 1]?.hyphenBefore) return false;
  if (toks[from]?.hyphenBefore) return false;
  // "HUTCHISON UNIT BUYS ...": in a headline, a common word right after a name word belongs to that name.
  const prior = toks[from - 1];
  if (sentence.shouty && prior?.word && (prior.cap || prior.upper) && !prior.digit && !FUNCTION_WORDS.has(prior.norm)) return false;
  if (hasCompanyContext(toks, from, to)) return true;
  const initial = isSentenceInitial(toks, from);
  // Inside a longer proper name ("International Coffee Organization") the capital is the other name's.
  const before = toks[from - 1];
  const embedded = (before?.cap && before.word && !initial) || (after?.cap && after.word && !after.upper);
  return !initial && !sentence.shouty && !embedded;
}

function isSentenceInitial(toks: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0; k -= 1) {
    const t = toks[k] as Token;
    if (t.word) return false;
    if (!['"', '(', ':', '-'].includes(t.raw)) return false;
  }
  return true;
}

function hasCompanyContext(toks: readonly Token[], from: number, to: number): boolean {
  const last = toks[to - 1] as Token;
  const after = toks[to];
  if (last.possessive) return true;
  if (after && (CORPORATE_SUFFIXES.has(after.norm) || CONTEXT_AFTER.has(after.norm))) return true;
  if (after?.norm === 'to' && DEAL_VERBS_AFTER_TO.has(toks[to + 1]?.norm ?? '')) return true;
  // "Visa and Mastercard": coordinated with something that is plainly a name.
  const next = toks[to + 1];
  if (after && (after.norm === 'and' || after.raw === '&') && next?.cap && !isCommonWord(next.norm)) return true;
  if (after?.raw === ',' && CORPORATE_SUFFIXES.has(toks[to + 1]?.norm ?? '')) return true;
  // "<TGT>" or "(NYSE: TGT)" tags.
  if (after && (after.raw === '<' || after.raw === '(') && toks[to + 1]?.upper) return true;
  const before = toks[from - 1];
  if (before?.word && CONTEXT_BEFORE.has(before.norm) && !before.cap) return true;
  return false;
}

/** tickerAt recognises "$NVDA", "NASDAQ:NVDA", "<NVDA>", "(NYSE: NVDA)" and, outside headlines, bare "NVDA". */
function tickerAt(toks: readonly Token[], i: number, shouty: boolean, tickers: ReadonlyMap<string, WatchedCompany>): WatchedCompany | undefined {
  const tok = toks[i] as Token;
  if (!tok.upper && !tok.digit) return undefined;
  const company = tickers.get(tok.raw);
  if (!company) return undefined;
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  const next = toks[i + 1];
  if (prev?.raw === '$' && prev.end === tok.start) return company;
  if (prev?.raw === '<' && next?.raw === '>') return company;
  if (prev?.raw === ':' && prev2 && EXCHANGES.has(prev2.norm)) return company;
  if (prev?.raw === '(' && next?.raw === ')') return company;
  if (shouty || tok.raw.length < 3 || ACRONYMS.has(tok.raw) || isCommonWord(tok.norm)) return undefined;
  return company;
}

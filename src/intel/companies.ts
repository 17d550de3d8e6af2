// The story's list of organisations: every name the story gives, once, with the
// best role any frame gave it. Variants of one name are one organisation: "Sony" and
// "Sony Group", "Cisco" and "Cisco Systems Inc.", and, within one story, a first
// word standing for the full name ("Anglo" after "Anglo American").

import type { CompanyRole, DealCompany, WatchedCompany } from '../model/deal.js';
import { DEMONYMS, GENERIC_TAILS, LEGAL_SUFFIXES, PLACES } from './org-words.js';
import type { OrgSpan } from './orgs.js';
import { isCommonWord } from './common-words.js';
import { foldAccents } from './text.js';

/**
 * The watched companies a name is written for: its own first, then those it is the short form of.
 * Declared where it is used; watch-variants.ts compiles one, with this file's name helpers.
 */
export type WatchVariants = (name: string) => readonly WatchedCompany[];

const ROLE_RANK: Readonly<Record<CompanyRole, number>> = {
  acquirer: 0,
  target: 0,
  seller: 0,
  investor: 0,
  investee: 0,
  customer: 0,
  supplier: 0,
  party: 1,
  mentioned: 2,
};

interface Entry {
  name: string;
  words: readonly string[];
  /** Initials of every word, generic tails too: "General Motors" is "gm" though its key is ["general"]. */
  fullInitials: string;
  role: CompanyRole;
  watched: boolean;
  known: boolean;
  order: number;
}

/** displayName drops legal suffixes and stray punctuation: "Tapestry Inc." -> "Tapestry". */
export function displayName(name: string): string {
  let words = name
    .replace(/[,;:]+$/, '')
    .trim()
    .split(/\s+/);
  while (
    words.length > 1 &&
    LEGAL_SUFFIXES.has(
      (words[words.length - 1] as string)
        .toLowerCase()
        .replace(/[.,]/g, '')
        .replace(/^s\.?a$/, 'sa'),
    )
  ) {
    words = words.slice(0, -1);
  }
  return words.join(' ').replace(/,$/, '').replace(/'s$/, '');
}

/**
 * recentAnswers: `compute` with its recent answers remembered. The name forms below are asked for the same names
 * again and again (every mention of every story); bounded, and cleared when full.
 */
function recentAnswers<T>(compute: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    const known = cache.get(name);
    if (known !== undefined) return known;
    const answer = compute(name);
    if (cache.size >= 20_000) cache.clear();
    cache.set(name, answer);
    return answer;
  };
}

/** keyWords: folded words without "the", ".com" and generic tails ("Sony Group" -> ["sony"]). */
export const keyWords: (name: string) => readonly string[] = recentAnswers(computeKeyWords);

function computeKeyWords(name: string): string[] {
  const words = foldAccents(name)
    .toLowerCase()
    .replace(/\.com\b/g, '')
    .replace(/&/g, ' and ')
    .split(/[^a-z0-9]+/)
    .filter((x) => x.length > 0);
  if (words.length > 1 && words[0] === 'the') words.shift();
  while (words.length > 1 && GENERIC_TAILS.has(words[words.length - 1] as string)) words.pop();
  return words;
}

// Words a longer form may add around a short one: "Zhejiang Leapmotor Technology" is "Leapmotor".
const SURROUNDING = new Set([...GENERIC_TAILS, ...PLACES, ...DEMONYMS, 'global', 'worldwide', 'holdings']);

/** initials: "Public Investment Fund" -> "pif", "Associated Press" -> "ap" (not "of", "and", "the"). */
function initials(words: readonly string[]): string {
  return words
    .filter((x) => !['of', 'and', 'the', 'for'].includes(x))
    .map((x) => x.charAt(0))
    .join('');
}

/** fullInitials: initials of the whole name, generic tails included ("General Motors" -> "gm"). */
const fullInitials = recentAnswers(computeFullInitials);

function computeFullInitials(name: string): string {
  const words = foldAccents(name)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((x) => x.length > 0);
  return words.length >= 2 ? initials(words) : '';
}

/** byInitials: one name is a single word made of the other's initials ("GM", "General Motors"). */
function byInitials(a: InitialsForm, b: InitialsForm): boolean {
  return initialsOf(a, b) || initialsOf(b, a);
}

interface InitialsForm {
  readonly words: readonly string[];
  readonly fullInitials: string;
}

// Module level, not a closure in byInitials: sameOrg runs for every pair of names in a story.
function initialsOf(x: InitialsForm, y: InitialsForm): boolean {
  return x.words.length === 1 && (x.words[0] as string).length >= 2 && y.fullInitials === x.words[0];
}

function sameOrg(a: Entry, b: { words: readonly string[]; watched: boolean; name: string; fullInitials: string }): boolean {
  if (a.watched && b.watched) return a.name === b.name;
  const x = a.words.join(' ');
  const y = b.words.join(' ');
  if (x === y || a.words.join('') === b.words.join('')) return true;
  if (byInitials(a, b)) return true;
  const [short, long] = a.words.length <= b.words.length ? [a.words, b.words] : [b.words, a.words];
  if (short.length === 0 || long.length <= short.length) return false;
  // "Dunmore-Lakeway" in a headline pairs two companies; it is the short form of neither.
  if (/^[^\s-]+-[^\s-]+$/.test(a.words.length > b.words.length ? a.name : b.name)) return false;
  // Within a story a name may be shortened to its first words: "Anglo" after "Anglo American", "Tannery Row".
  if (short.every((w, i) => long[i] === w) && (short[0]?.length ?? 0) >= 3) return true;
  // ... or to its core, without a place or a generic word around it.
  const at = long.indexOf(short[0] as string);
  if (short.length === 1 && at > 0 && long.every((w, i) => i === at || SURROUNDING.has(w))) return true;
  // ... or to its last word, when that is a name: "Disney" for "Walt Disney", "Fox" for "21st Century Fox".
  if (short.length === 1 && long[long.length - 1] === short[0] && (short[0] as string).length >= 3 && !isCommonWord(short[0] as string)) return true;
  // ... or to its initials: "PIF", "AP", "EA".
  return short.length === 1 && long.length >= 2 && (short[0] as string).length >= 2 && initials(long) === short[0];
}

/** watchedVariants: two watched names that differ only by generic words, a first name or initials. */
export function watchedVariants(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.join('') === long.join('')) return true;
  if (short.length === 0 || long.length <= short.length) return false;
  const at = long.indexOf(short[0] as string);
  if (at >= 0 && short.every((w, i) => long[at + i] === w) && long.every((w, i) => (i >= at && i < at + short.length) || SURROUNDING.has(w))) return true;
  if (short.length === 1 && long[long.length - 1] === short[0] && (short[0] as string).length >= 3 && !isCommonWord(short[0] as string)) return true;
  return short.length === 1 && long.length >= 2 && (short[0] as string).length >= 2 && initials(long) === short[0];
}

/**
 * createCompanyList gathers organisations as the analyzer meets them. `variants`: a party the story
 * names by a watched company's short form ("Ford" for "Ford Motor") is that watched company.
 */
/** renameEntry: a better form of a listed company's name replaces the one it was listed under. */
function renameEntry(entry: Entry, name: string, words: readonly string[], initialsOfName: string): void {
  entry.name = name;
  entry.words = words;
  entry.fullInitials = initialsOfName;
}

export function createCompanyList(variants?: WatchVariants): {
  note(org: OrgSpan, role: CompanyRole): void;
  roleOf(org: OrgSpan): CompanyRole | undefined;
  hasRole(role: CompanyRole): boolean;
  list(): DealCompany[];
} {
  const entries: Entry[] = [];
  let order = 0;
  const noteOne = (org: OrgSpan, role: CompanyRole): void => {
    const name = org.watched ? org.name : displayName(org.name);
    const words = keyWords(name);
    if (words.length === 0) return;
    const initialsOfName = fullInitials(name);
    const found = entries.find((e) => sameOrg(e, { words, watched: org.watched, name, fullInitials: initialsOfName }));
    if (!found) {
      entries.push({ name, words, fullInitials: initialsOfName, role, watched: org.watched, known: org.known === true, order: order++ });
      return;
    }
    if (ROLE_RANK[role] < ROLE_RANK[found.role]) found.role = role;
    if (org.watched && !found.watched) {
      found.watched = true;
      renameEntry(found, name, words, initialsOfName);
    } else if (org.known && !found.known && !found.watched) {
      // A known company's own name beats a longer run around it ("Microsoft", not "Microsoft Azure").
      found.known = true;
      renameEntry(found, name, words, initialsOfName);
    } else if (!found.watched && !found.known && !org.watched && words.length > found.words.length && initials(words) !== found.words[0]) {
      // The fuller form names it best: "Sony Group" over "Sony".
      renameEntry(found, name, words, initialsOfName);
    }
  };
  return {
    note(span: OrgSpan, role: CompanyRole): void {
      // People and weak (Title Case) candidates count only as parties, never as mere mentions.
      if (role === 'mentioned' && (span.kind === 'person' || !span.strong)) return;
      // Mentions keep to the watchlist's own matches: a short form is read only for a side of the deal, and a side
      // named "Disney" is the first watched name written so. One side stays one company: listing each watched
      // name ("Disney", "Walt Disney") as a party of its own made grouping join different deals (train pairwise
      // precision 0.982 -> 0.964).
      // "Hoshimura-Elbtal recycling venture", "Crestline-Harbor Trust merger": two watched names joined are both parties.
      const pair = role === 'party' && span.kind === 'org' && variants ? span.name.split('-') : [];
      const halves = pair.length === 2 ? pair.map((x) => (variants as WatchVariants)(x.trim())[0]) : [];
      if (halves[0] && halves[1] && halves[0] !== halves[1]) {
        for (const c of halves) if (c) noteOne({ ...span, name: c.name, watched: true }, role);
        return;
      }
      const watchedAs = role !== 'mentioned' && span.kind === 'org' && variants ? variants(span.name) : [];
      const first = span.watched ? span : watchedAs[0] ? { ...span, name: watchedAs[0].name, watched: true } : span;
      noteOne(first, role);
    },
    roleOf(org: OrgSpan): CompanyRole | undefined {
      const name = org.watched ? org.name : displayName(org.name);
      const words = keyWords(name);
      return entries.find((e) => sameOrg(e, { words, watched: org.watched, name, fullInitials: fullInitials(name) }))?.role;
    },
    hasRole(role: CompanyRole): boolean {
      return entries.some((e) => e.role === role);
    },
    list(): DealCompany[] {
      // Two watched names for one company ("Amazon" and "Amazon.com") stay two entries, so each
      // routes to its watchers, but they take part in the deal alike.
      for (const a of entries) {
        if (!a.watched) continue;
        for (const b of entries) if (b !== a && b.watched && ROLE_RANK[b.role] < ROLE_RANK[a.role] && watchedVariants(a.words, b.words)) a.role = b.role;
      }
      return [...entries]
        .sort((a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || a.order - b.order)
        .map(({ name, role, watched }) => ({ name, role, watched }));
    },
  };
}

// A light organisation recogniser for names that are not on the watchlist:
// wire-style tags ("<Western Emergency Services Inc>", "CITICORP <CCI>"),
// capitalised runs ending in a corporate word ("Stone Container Corp"), and
// capitalised names sitting in a deal slot ("Acme agreed to buy Widgetco").

import { isCommonWord } from './common-words.js';
import type { Sentence, Token } from './text.js';
import { CORPORATE_SUFFIXES, type WatchHit } from './watchlist.js';

export interface OrgSpan {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly watched: boolean;
}

// Words that end an organisation's name and mark it as one ("Acme Group").
const ORG_WORDS: ReadonlySet<string> = new Set([
  'group', 'holdings', 'holding', 'bank', 'bancorp', 'partners', 'capital', 'ventures', 'technologies', 'systems',
  'industries', 'motors', 'airlines', 'airways', 'pharmaceuticals', 'therapeutics', 'labs', 'laboratories',
  'associates', 'enterprises', 'international', 'financial', 'energy', 'resources', 'petroleum', 'communications',
  'networks', 'software', 'trust', 'fund', 'securities', 'investments', 'electronics', 'foods', 'mining', 'mines',
]);
// Capitalised words that never start or make up a company name on their own.
const NOT_NAMES: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'in', 'on', 'for', 'with', 'this', 'that', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'mr',
  'mrs', 'ms', 'dr', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'reuters', 'reuter', 'but', 'and', 'or', 'as', 'at', 'by', 'from', 'to', 'of', 'after', 'under', 'while', 'when',
  'u.s', 'u.k', 'us', 'uk', 'eu', 'ceo', 'according', 'earlier', 'also', 'just', 'indeed', 'however', 'both',
  'series', 'ipo', 'inc', 'corp', 'co', 'ltd', 'ai', 'ev', 'tv', 'ceo', 'cfo', 'gdp', 'pct',
]);
// Headline words that stop a backwards walk from a ticker tag ("WASTE MANAGEMENT <WMX> BID").
const HEADLINE_STOPS: ReadonlySet<string> = new Set([
  'to', 'on', 'for', 'of', 'in', 'says', 'said', 'and', 'by', 'with', 'from', 'ends', 'sets', 'gets', 'buys', 'sells',
  'makes', 'unit', 'completes', 'bid', 'offer', 'stake', 'acquire', 'acquires', 'buy', 'sell', 'merger', 'talks',
]);

/** titleCase turns "STONE CONTAINER CORP" into "Stone Container Corp", keeping short acronyms. */
export function titleCase(s: string): string {
  return s
    .split(/\s+/)
    .map((w) => (w.length <= 3 && !isCommonWord(w.toLowerCase()) && !/^(inc|co|ltd|and)\.?$/i.test(w)
      ? w
      : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

function textOf(sentence: Sentence, from: number, to: number): string {
  const a = sentence.tokens[from];
  const b = sentence.tokens[to - 1];
  if (!a || !b) return '';
  const raw = sentence.text.slice(a.start, b.end).replace(/\s+/g, ' ').replace(/[.,]$/, '');
  return sentence.shouty && raw === raw.toUpperCase() ? titleCase(raw) : raw;
}

function isNameWord(t: Token | undefined): boolean {
  return !!t && t.word && (t.cap || t.digit) && !NOT_NAMES.has(t.norm);
}

/** capitalRuns finds maximal runs of capitalised words ("Stone Container Corp"). */
function capitalRuns(sentence: Sentence): { from: number; to: number }[] {
  const toks = sentence.tokens;
  const runs: { from: number; to: number }[] = [];
  const mixedCase = sentence.text !== sentence.text.toUpperCase();
  let i = 0;
  while (i < toks.length) {
    if (!isNameWord(toks[i]) || toks[i]?.digit) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      const t = toks[j] as Token;
      // Inside a name, acronyms are fine even when they cannot start one ("Scale AI").
      if (isNameWord(t) || CORPORATE_SUFFIXES.has(t.norm) || (t.upper && t.word && mixedCase)) {
        j += 1;
        if (t.possessive) break;
      } else if ((t.raw === '&' || t.norm === 'of') && isNameWord(toks[j + 1])) {
        j += 2;
      } else break;
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** findOrgs lists organisation spans in a sentence; watched hits win over recognised names. */
export function findOrgs(sentence: Sentence, watchHits: readonly WatchHit[], slots: readonly number[]): OrgSpan[] {
  const toks = sentence.tokens;
  // Cheap exit: no capitalised word after the first token and no tag means no unwatched name.
  if (slots.length === 0 && !toks.some((t, i) => (i > 0 && t.cap) || t.raw === '<')) {
    return watchHits.map((h) => ({ from: h.from, to: h.to, name: h.company.name, watched: true }));
  }
  const out: OrgSpan[] = watchHits.map((h) => ({ from: h.from, to: h.to, name: h.company.name, watched: true }));
  const taken = (from: number, to: number): boolean => out.some((o) => from < o.to && o.from < to);
  const add = (from: number, to: number): void => {
    if (from >= to || taken(from, to)) return;
    const name = textOf(sentence, from, to);
    if (name.length > 1) out.push({ from, to, name, watched: false });
  };

  // Wire tags: <Name Inc> is a name; NAME <TICK> names what precedes the ticker.
  for (let i = 0; i < toks.length; i += 1) {
    if (toks[i]?.raw !== '<') continue;
    let j = i + 1;
    while (j < toks.length && toks[j]?.raw !== '>') j += 1;
    if (j >= toks.length) continue;
    const inner = toks.slice(i + 1, j);
    const isTicker = inner.length === 1 && (inner[0]?.upper ?? false) && (inner[0]?.raw.length ?? 9) <= 8;
    if (!isTicker) {
      add(i + 1, j);
    } else {
      let k = i;
      while (k > 0 && i - k < 4 && toks[k - 1]?.word && !HEADLINE_STOPS.has(toks[k - 1]?.norm ?? '')) k -= 1;
      add(k, i);
    }
  }
  // In an all-caps wire headline capitals say nothing, so deal slots need mixed case.
  const allCaps = sentence.text === sentence.text.toUpperCase();
  const runs = capitalRuns(sentence);
  const slotted = new Set<number>();
  runs.forEach((run, i) => {
    if (slots.some((s) => s === run.from || s === run.to)) slotted.add(i);
  });
  // "Exxon and Mobil agree to merge": a name coordinated with a slotted name is slotted too.
  for (let i = runs.length - 2; i >= 0; i -= 1) {
    const a = runs[i] as { from: number; to: number };
    const b = runs[i + 1] as { from: number; to: number };
    const joiner = toks[a.to];
    if (slotted.has(i + 1) && b.from === a.to + 1 && joiner && (joiner.norm === 'and' || joiner.raw === ',' || joiner.raw === '&')) slotted.add(i);
  }
  for (const [i, run] of runs.entries()) {
    const last = toks[run.to - 1] as Token;
    const inSlot = slotted.has(i);
    const corporate = CORPORATE_SUFFIXES.has(last.norm) || ORG_WORDS.has(last.norm);
    if (corporate && (!sentence.shouty || run.to - run.from <= 5)) add(run.from, run.to);
    else if (inSlot && !allCaps && !(run.from === 0 && isCommonWord(toks[0]?.norm ?? ''))) add(run.from, run.to);
  }
  return out.sort((a, b) => a.from - b.from);
}

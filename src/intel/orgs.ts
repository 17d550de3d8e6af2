// The organisation recogniser, for names on the watchlist and off it. Evidence, strongest first:
// the watchlist, the list of known (SEC-listed) companies, wire tags ("<Western Emergency
// Services Inc>", "CITICORP <CCI>"), exchange tickers ("Corvane Systems (NASDAQ: CRVN)"),
// government bodies ("U.S. Army", "Australian government"), and runs of capitalised words.
//
// Capitals only prove a name in running text. In a Title Case headline every word has one,
// so there the part-of-speech tags decide: a run is cut at words the grammar reads as verbs,
// prepositions or determiners ("Halvard | Agrees to Buy | Tessel Corp."), and a run made only
// of ordinary words ("Partner Program") is kept as a weak candidate that counts only in a
// deal frame's slot. Single ordinary words ("End", "Army"), demonyms ("Australian"), places,
// currency figures ("EUR 1.1") and chat markup ("<!channel>") are never organisations.

import { isCommonWord } from './common-words.js';
import type { OrgKind, OrgSpan } from './evidence-types.js';
import {
  ACRONYMS,
  ASSET_NOUNS,
  CAPS_SUFFIXES,
  COMMODITIES,
  CURRENCY_CODES,
  DEMONYMS,
  EXCHANGE_WORDS,
  FACILITY_NOUNS,
  FIRST_NAMES,
  GOVERNMENT_WORDS,
  NAME_CONTEXT_AFTER,
  NAME_CONTEXT_BEFORE,
  NAME_STOPS,
  NOT_NAMES,
  NOT_ORGS,
  ORG_WORDS,
  PLACES,
  REGION_WORDS,
  ROLE_NOUNS,
  SITE_NOUNS,
} from './org-words.js';
import { describesNameAfter } from './name-descriptions.js';
import { hasInnerCapital, isAllCaps, plainSentence, spanText } from './name-text.js';

export { plainSentence, spanText, titleCase } from './name-text.js';
import type { PosTag } from './pos.js';
import { wordsAt, type Sentence, type Token } from './text.js';
import { dealWord, truecaseWord } from './truecase-words.js';
import { CORPORATE_SUFFIXES, type WatchHit } from './watchlist.js';

export type { OrgKind, OrgSpan } from './evidence-types.js';

export interface OrgInput {
  readonly sentence: Sentence;
  readonly pos?: readonly PosTag[] | undefined;
  readonly watchHits: readonly WatchHit[];
  /** Hits of the known-company list (unwatched). */
  readonly knownHits: readonly WatchHit[];
  /** Names the story's body wrote in running text, lower-case tokens: they hold in its headline too. */
  readonly storyNames?: readonly (readonly string[])[];
}

// Parts of speech that cannot sit inside a name: where grammar puts one, a headline run ends.
const BREAK_POS: ReadonlySet<PosTag> = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'ADV', 'INTJ', 'NUM']);
const TO_DEAL = /^(buy|acquire|sell|merge|invest|partner|raise|take|pay|list|join|form|combine|launch)$/;

function isWordLike(t: Token | undefined): t is Token {
  return !!t && t.word;
}

/** A word that may belong to a name: capitalised (or "iRobot"), or a name-like digit word ("21st", "3M", the "7" of "7-Eleven"). */
function isNameTok(t: Token | undefined, next?: Token, after?: Token): t is Token {
  if (!isWordLike(t)) return false;
  if (t.digit) return /\p{L}/u.test(t.raw) || (next?.raw === '-' && !!after?.cap && after.hyphenBefore);
  return t.cap || hasInnerCapital(t.raw);
}

interface Run {
  from: number;
  to: number;
}

/** breaksName: in a Title Case headline, grammar (not case) says where a name ends. */
function breaksName(toks: readonly Token[], pos: readonly PosTag[] | undefined, headline: boolean, i: number, from = i): boolean {
  if (!headline) return false;
  const t = toks[i] as Token;
  // "Kipling Investments", "Brae Capital": words that end names do not end them here, after a name
  // ("Battery Venture" is a venture in batteries: no word of a name before it).
  const named = (): boolean => toks.slice(from, i).some((x) => x.word && !isCommonWord(x.norm));
  if (NAME_STOPS.has(t.norm) && !(ORG_WORDS.has(t.norm) && i > 0 && toks[i - 1]?.cap && named())) return true;
  // Deal words end a headline name ("21st Century Fox | Acquisition"), unless they are how names end ("Partners");
  // "Joint Venture" is the deal, not the end of a name ("Petrochemicals Joint Venture").
  if (dealWord(t.norm) && !ORG_WORDS.has(t.norm) && !CORPORATE_SUFFIXES.has(t.norm)) return true;
  if (t.norm === 'joint' && /^ventures?$/.test(toks[i + 1]?.norm ?? '')) return true;
  if (!pos || !truecaseWord(t.norm)) return false;
  return BREAK_POS.has(pos[i] ?? 'X');
}

/** capitalRuns: maximal runs of name words, joined by "&", "of" ("Bank of America") and suffixes. */
function capitalRuns(sentence: Sentence, pos: readonly PosTag[] | undefined): Run[] {
  const toks = sentence.tokens;
  const headline = sentence.shouty;
  // In a Title Case headline, grammar (not case) says where a name ends.
  const runs: Run[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const prev = toks[i - 1];
    const markup = prev && (prev.raw === '!' || prev.raw === '@' || prev.raw === '#') && prev.end === t?.start;
    if (!isNameTok(t, toks[i + 1], toks[i + 2]) || NOT_NAMES.has(t.norm) || breaksName(toks, pos, headline, i) || markup) {
      i += 1;
      continue;
    }
    let j = i + 1;
    if (!t.possessive) {
      while (j < toks.length) {
        const n = toks[j] as Token;
        if (n.raw === '-' && isNameTok(toks[j + 1]) && toks[j + 1]?.hyphenBefore && !/^(backed|based|owned|led|listed)$/.test(toks[j + 1]?.norm ?? '')) {
          j += 2; // "Coca-Cola", "Take-Two", "Eidos-Montréal"
        } else if (
          isNameTok(n) &&
          !breaksName(toks, pos, headline, j, i) &&
          (!NOT_NAMES.has(n.norm) ||
            CORPORATE_SUFFIXES.has(n.norm) ||
            (n.upper && n.raw.length <= 4 && !n.possessive && toks[j - 1]?.cap && !toks[j - 1]?.upper))
        ) {
          j += 1;
        } else if (CORPORATE_SUFFIXES.has(n.norm) && n.word) {
          j += 1;
        } else if (
          (n.raw === '&' || n.norm === 'of') &&
          isNameTok(toks[j + 1]) &&
          !NOT_NAMES.has(toks[j + 1]?.norm ?? '') &&
          !breaksName(toks, pos, headline, j + 1)
        ) {
          j += 2;
        } else if (n.norm === 'and' && isNameTok(toks[j + 1]) && governmentAhead(toks, j + 1, pos)) {
          j += 2; // "Securities and Exchange Commission"
        } else break;
        if (toks[j - 1]?.possessive) break;
        // A legal suffix ends the name ("Anglo American Plc. Anglo's shares ..."), save "Co. Ltd."-style pairs.
        const last = toks[j - 1] as Token;
        if (
          CORPORATE_SUFFIXES.has(last.norm) &&
          !CORPORATE_SUFFIXES.has(toks[j]?.norm ?? '') &&
          !(toks[j]?.raw === ',' && CORPORATE_SUFFIXES.has(toks[j + 1]?.norm ?? ''))
        )
          break;
      }
    }
    runs.push({ from: i, to: j });
    i = j;
  }
  return runs;
}

/** governmentAhead: a capitalised run from `k` that ends in a government word ("Exchange Commission"), no verb inside ("Uber Join Forces"). */
function governmentAhead(toks: readonly Token[], k: number, pos?: readonly PosTag[]): boolean {
  for (let i = k; i < Math.min(toks.length, k + 3); i += 1) {
    const t = toks[i] as Token;
    if (!t.cap || pos?.[i] === 'VERB') return false;
    if (GOVERNMENT_WORDS.has(t.norm) || t.norm === 'board' || t.norm === 'bureau' || t.norm === 'administration') return true;
  }
  return false;
}

// "Shares of Snowflake ...", "Shareholders of Kastor Holdings voted ...".
const LEAD_STOPS: ReadonlySet<string> = new Set(
  'shares stock stocks analyst analysts report reports investors why how shareholders stockholders holders bondholders employees'.split(' '),
);

/** trimRun drops leading non-name words and trailing deal nouns ("21st Century Fox Acquisition"). */
function trimRun(toks: readonly Token[], run: Run): Run {
  let { from, to } = run;
  while (from < to && NOT_NAMES.has(toks[from]?.norm ?? '')) from += 1;
  // "Buying Guinness would ...", "Shares of Snowflake ...": an ordinary first word of the sentence is no part of a name.
  const lead = toks[from];
  if (
    lead &&
    to - from > 1 &&
    toks.slice(0, from).every((t) => !t.word) &&
    (LEAD_STOPS.has(lead.norm) || (isCommonWord(lead.norm) && (dealWord(lead.norm) || lead.norm.endsWith('ing'))))
  ) {
    from += 1;
    while (from < to && NOT_NAMES.has(toks[from]?.norm ?? '')) from += 1;
  }
  while (
    to > from &&
    ((NAME_STOPS.has(toks[to - 1]?.norm ?? '') && !(ORG_WORDS.has(toks[to - 1]?.norm ?? '') && to - from > 1)) || toks[to - 1]?.norm === 'of')
  )
    to -= 1;
  return { from, to };
}

function companyContext(toks: readonly Token[], from: number, to: number): boolean {
  const last = toks[to - 1] as Token;
  const after = toks[to];
  const before = toks[from - 1];
  if (last.possessive) return true;
  if (after && (CORPORATE_SUFFIXES.has(after.norm) || NAME_CONTEXT_AFTER.has(after.norm))) return true;
  if (after?.raw === '(' && EXCHANGE_WORDS.has(toks[to + 1]?.norm ?? '')) return true;
  // "Target to Buy ...", "Meta Agrees to Invest ...".
  if (after?.norm === 'to' && TO_DEAL.test(toks[to + 1]?.norm ?? '')) return true;
  return !!before && !before.cap && NAME_CONTEXT_BEFORE.has(before.norm);
}

/** classifyRun decides whether a capitalised run names an organisation (or a person), and how surely. */
function classifyRun(sentence: Sentence, run: Run, pos?: readonly PosTag[]): { kind: OrgKind; strong: boolean } | null {
  const toks = sentence.tokens;
  const words = toks.slice(run.from, run.to).filter((t) => t.word);
  if (words.length === 0) return null;
  const norms = words.map((t) => t.norm);
  const first = words[0] as Token;
  const last = words[words.length - 1] as Token;
  if (CURRENCY_CODES.has(first.norm) || words.every((t) => t.digit)) return null;
  const text = sentence.text.slice(toks[run.from]?.start ?? 0, toks[run.to - 1]?.end ?? 0).toLowerCase();
  // "8-K", "Covid-19", "MW", "Hart-Scott-Rodino Act", "We're": forms, diseases, units, laws and contractions.
  if (NOT_ORGS.has(text) || NOT_ORGS.has(first.norm) || (last.norm === 'act' && words.length > 1) || /['’](re|ll|ve|m|d)$|n['’]t$/.test(text)) return null;
  // "East Coast", "Abu Dhabi AI": places, and places with a sector word, are no organisations.
  if (norms.every((n) => PLACES.has(n) || DEMONYMS.has(n) || REGION_WORDS.has(n))) return null;
  if (norms.length > 1 && PLACES.has(norms[0] as string) && norms.every((n) => PLACES.has(n) || ACRONYMS.has(n) || NOT_NAMES.has(n))) return null;
  // "Pittsburgh-based": the word before "-based" is a place.
  if (toks[run.to]?.raw === '-' && toks[run.to + 1]?.norm === 'based') return null;
  const suffix = CORPORATE_SUFFIXES.has(last.norm) && words.length > 1;
  const orgWord = ORG_WORDS.has(last.norm) && words.length > 1;
  const uncommon = words.some((t) => !isCommonWord(t.norm) && !PLACES.has(t.norm) && !DEMONYMS.has(t.norm) && !t.digit);
  // "New Ohio Plant", "Texas Factory": a facility named by what and where it is, no company.
  if (
    words.length > 1 &&
    FACILITY_NOUNS.has(last.norm) &&
    words.every((t) => t === last || /^(new|first|second|largest|biggest|big|giant)$/.test(t.norm) || PLACES.has(t.norm) || DEMONYMS.has(t.norm))
  )
    return null;
  if (words.length === 1) {
    // "PL 480", "F 35": a short code before a number names a programme or a model.
    if (run.to - run.from === 1 && /^[A-Z]{1,3}$/.test(first.raw) && toks[run.to]?.digit) return null;
    // "the Army", "the Treasury": a government body needs its country to be one.
    if (ACRONYMS.has(first.norm) || DEMONYMS.has(first.norm) || GOVERNMENT_WORDS.has(first.norm)) return null;
    if (isCommonWord(first.norm) && !first.upper) {
      // A single ordinary word is a name only with company context ("Shell said", "rival Target"); in a
      // headline ("Meta Agrees to Invest") only a weak one, good for a deal frame's slot and nothing else.
      if (!companyContext(toks, run.from, run.to)) return null;
      return { kind: 'org', strong: !sentence.shouty };
    }
  }
  if (FIRST_NAMES.has(first.norm) && words.length >= 2 && words.length <= 3 && !suffix && !orgWord) {
    return { kind: 'person', strong: true };
  }
  if (suffix) return { kind: 'org', strong: true };
  // In a headline: a name with an uncommon word, or two or more words ending the way names end ("Harbor Health").
  if (sentence.shouty) return { kind: 'org', strong: uncommon || (orgWord && words.length >= 2) };
  // Running text: a capital away from the sentence start is evidence in itself.
  const initial = toks.slice(0, run.from).every((t) => !t.word);
  // "Scooter-sharing company Verdigris", "Grocery delivery startup Kiranakart": a sentence's first word that
  // describes the company named after it is no name of its own.
  // ("MUMBAI - Grocery app Kiranakart": after a dateline too.)
  if (words.length === 1 && !first.upper && (initial || afterDateline(toks, run.from)) && describesNameAfter(toks, run.to, pos)) return null;
  // A subheading glued to its paragraph ("Discussions between ...", "Withdrawal from ..."): an English noun, no name.
  if (initial && words.length === 1 && /(?:tions?|sions?|ity|ness|ments?|ance|ence|ship|ism|ings?|ers|als|als)$/.test(first.norm) && !first.upper) return null;
  return { kind: 'org', strong: !initial || uncommon || orgWord };
}

/** afterDateline: the run follows a wire dateline ("MUMBAI - ", "LONDON, June 14 - "). */
function afterDateline(toks: readonly Token[], from: number): boolean {
  if (toks[from - 1]?.raw !== '-') return false;
  for (let k = 0; k < from - 1; k += 1) {
    const t = toks[k] as Token;
    if (t.word && !t.upper && !t.digit && !t.cap) return false;
  }
  return true;
}

/** governmentSpan: "U.S. Army", "the U.S. government", "Australian government", "Ministry of Defence". */
function governmentSpan(toks: readonly Token[], i: number): Run | null {
  const t = toks[i] as Token;
  if (!GOVERNMENT_WORDS.has(t.norm)) return null;
  let from = i;
  const prev = toks[i - 1];
  const prev2 = toks[i - 2];
  if (prev && (prev.norm === 'u.s' || prev.norm === 'us' || prev.norm === 'uk' || DEMONYMS.has(prev.norm) || PLACES.has(prev.norm)) && (prev.cap || prev.upper))
    from = i - 1;
  else if (prev?.norm === 'air' && prev2 && (prev2.norm === 'u.s' || DEMONYMS.has(prev2.norm))) from = i - 2;
  else if (prev?.norm === 'air' && t.norm === 'force' && prev.cap) from = i - 1;
  let to = i + 1;
  // "Ministry of Defence", "Department of Defense".
  if (toks[to]?.norm === 'of' && toks[to + 1]?.cap) to += 2;
  if (from === i && !(t.cap && (to > i + 1 || t.norm === 'pentagon' || t.norm === 'nhs'))) return null;
  return { from, to };
}

/** findOrgs lists organisation spans in a sentence, left to right; watched names win over every other reading. */
function spansTicker(inTicker: ReadonlySet<number>, run: Run): boolean {
  if (inTicker.size === 0) return false;
  for (let k = run.from; k < run.to; k += 1) if (inTicker.has(k)) return true;
  return false;
}

function overlaps(out: readonly OrgSpan[], from: number, to: number): boolean {
  for (const o of out) if (from < o.to && o.from < to) return true;
  return false;
}

function addSpan(out: OrgSpan[], sentence: Sentence, from: number, to: number, kind: OrgKind = 'org', strong = true): void {
  if (from >= to || overlaps(out, from, to)) return;
  const name = spanText(sentence, from, to);
  if (name.length > 1) out.push({ from, to, name, watched: false, kind, strong });
}

/**
 * longerRun: a longer name that starts with a name on a list is that longer name ("Helios Grid" is not "Helios");
 * a legal suffix or a hyphened second name ("Crestline-Harbor Trust") does not make one.
 */
function longerRun(toks: readonly Token[], runs: readonly Run[], h: { from: number; to: number }): Run | undefined {
  return runs
    .map((r) => trimRun(toks, r))
    .find((r) => r.from === h.from && r.to > h.to && toks[h.to]?.raw !== '-' && !toks.slice(h.to, r.to).some((t) => CORPORATE_SUFFIXES.has(t.norm)));
}

export function findOrgs(input: OrgInput): OrgSpan[] {
  const { sentence, pos } = input;
  const toks = sentence.tokens;
  const plain = input.knownHits.length === 0 && !input.storyNames && plainSentence(toks);
  // Runs are needed for the names found here, or for a watched name a capitalised word follows in a headline (where
  // capitals alone cannot tell "Costa | Buys" from "Costa Coffee"; running text has the plain-sentence shortcut).
  const watchNext = sentence.shouty && input.watchHits.some((h) => toks[h.to]?.cap && toks[h.to]?.word);
  const runs = isAllCaps(sentence) || (plain && !watchNext) ? [] : capitalRuns(sentence, pos);
  // A watched name keeps the span the name around it has ("Costa" of "Costa Coffee"), so that who is watched
  // changes no reading of the sentence, only which company the span is.
  const out: OrgSpan[] = input.watchHits.map((h) => ({
    from: h.from,
    to: (sentence.shouty ? longerRun(toks, runs, h)?.to : undefined) ?? h.to,
    name: h.company.name,
    watched: true,
    kind: 'org',
    strong: true,
  }));
  // Most body sentences name nobody: skip the work for them.
  if (plain) return out;
  // Known names first, unless a longer name starts with them.
  for (const h of input.knownHits) {
    // "90 CTS", "1.00 DLRS/SHR": wire units that share a listed company's ticker-like name.
    if (h.to - h.from === 1 && (NOT_ORGS.has(toks[h.from]?.norm ?? '') || toks[h.from - 1]?.digit)) continue;
    if (runs.some((r) => r.from === h.from && r.to > h.to && !toks.slice(h.to, r.to).some((t) => CORPORATE_SUFFIXES.has(t.norm)))) continue;
    if (!overlaps(out, h.from, h.to))
      out.push({ from: h.from, to: h.to, name: spanText(sentence, h.from, h.to), watched: false, kind: 'org', strong: true, known: true });
  }
  const allCaps = isAllCaps(sentence);
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i] as Token;
    if (t.raw === '<') {
      let j = i + 1;
      while (j < toks.length && toks[j]?.raw !== '>') j += 1;
      if (j >= toks.length) continue;
      const inner = toks.slice(i + 1, j);
      if (inner.length === 0 || !inner.every((x) => x.word || x.raw === '&') || !inner[0]?.cap) continue;
      if (inner.length === 1 && inner[0]?.upper && (inner[0]?.raw.length ?? 9) <= 8) {
        // "CITICORP <CCI>": the ticker names what precedes it.
        let k = i;
        while (
          k > 0 &&
          i - k < 4 &&
          toks[k - 1]?.word &&
          !NOT_NAMES.has(toks[k - 1]?.norm ?? '') &&
          !/^(stake|shares|unit|deal|merger|talks|offer|bid|sale|ceo|chief|holder|holders|buys?|sells?|acquires?|says|sets|gets|completes|ends|makes|unit|bid|offer|talks|rejects|seeks|raises|lifts|boosts|ups|cuts|trims|lowers|reduces|increases|has|holds|takes)$/.test(
            toks[k - 1]?.norm ?? '',
          )
        )
          k -= 1;
        addSpan(out, sentence, k, i);
      } else addSpan(out, sentence, i + 1, j);
    }
  }
  if (input.storyNames) {
    for (const name of input.storyNames) {
      const first = name[0];
      for (let i = 0; i + name.length <= toks.length; i += 1) {
        // The first word before the whole name: a headline is walked once per name the body gave.
        if (toks[i]?.norm === first && wordsAt(toks, i, name) && !overlaps(out, i, i + name.length)) addSpan(out, sentence, i, i + name.length);
      }
    }
  }
  // Tickers in parentheses are not names of their own: skip "(NASDAQ: CRVN)".
  const inTicker = new Set<number>();
  for (let i = 0; i < toks.length; i += 1) {
    if (EXCHANGE_WORDS.has(toks[i]?.norm ?? '') && toks[i + 1]?.raw === ':') for (let k = i; k < Math.min(toks.length, i + 3); k += 1) inTicker.add(k);
  }
  for (let i = 0; i < toks.length; i += 1) {
    const gov = governmentSpan(toks, i);
    if (gov) addSpan(out, sentence, gov.from, gov.to);
  }
  // All-caps wire headlines: capitals prove nothing, so only the evidence above counts there,
  // and a legal suffix with the words grammar lets into its name ("ROSPATCH CORP REJECTS OFFER").
  if (allCaps) {
    for (let i = 1; i < toks.length; i += 1) {
      if (!CAPS_SUFFIXES.has(toks[i]?.norm ?? '')) continue;
      let from = i;
      while (from > 0 && i - from < 4) {
        const p = toks[from - 1] as Token;
        // "FINE ART ACQUISITIONS LTD": a deal word right before the suffix is part of the name.
        const partOfName = from === i && (dealWord(p.norm) || NAME_STOPS.has(p.norm));
        if (
          !p.word ||
          NOT_NAMES.has(p.norm) ||
          ((NAME_STOPS.has(p.norm) || dealWord(p.norm)) && !partOfName) ||
          CAPS_SUFFIXES.has(p.norm) ||
          BREAK_POS.has(pos?.[from - 1] ?? 'X')
        )
          break;
        from -= 1;
      }
      if (from < i) addSpan(out, sentence, from, i + 1);
    }
    return out.sort((a, b) => a.from - b.from);
  }
  for (const whole of runs) {
    // "Electric Truck Startup Rivian", "Fortnite Maker Epic Games": in a headline a role noun splits a
    // description from the company it describes; the description is a name only with an uncommon word.
    const role = sentence.shouty ? toks.findIndex((t, k) => k > whole.from && k < whole.to - 1 && ROLE_NOUNS.has(t.norm)) : -1;
    const pieces =
      role < 0
        ? [whole]
        : [
            { from: whole.from, to: role },
            { from: role + 1, to: whole.to },
          ];
    for (const raw of pieces) {
      const run = trimRun(toks, raw);
      // "Intel's Smartphone Modem Business": what a named owner owns is no company of its own.
      if (ASSET_NOUNS.has(toks[run.to]?.norm ?? '') && toks[run.from - 1]?.possessive) continue;
      if (run.from >= run.to || spansTicker(inTicker, run)) continue;
      // "the Belcourt gold mine", "Laurentian project": a named site is an asset, no company.
      if (SITE_NOUNS.test(toks[run.to]?.norm ?? '') || (COMMODITIES.test(toks[run.to]?.norm ?? '') && SITE_NOUNS.test(toks[run.to + 1]?.norm ?? ''))) continue;
      const verdict = classifyRun(sentence, run, pos);
      if (verdict && (raw === whole || raw.from > whole.from || toks.slice(run.from, run.to).some((t) => !isCommonWord(t.norm))))
        addSpan(out, sentence, run.from, run.to, verdict.kind, verdict.strong);
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

// What one deal story says that decides which deal it belongs to: the type, the status,
// the parties (as comparable keys), the target, the amount, the years it names, words like
// "another round", a regulatory step, and a fingerprint of its title and lead for stories
// whose parties are unclear. Pure.
import type { DealAmount, DealCompany, DealStatus, DealType } from '../model/deal.js';

/** How far along a deal is; the intel stage supplies it with every analysis. */
export type EventStatus = DealStatus;

/** A step a regulator took: antitrust clearance, or a block or a suit to block. */
export type RegulatoryStep = 'cleared' | 'blocked';

export interface StoryFacts {
  readonly type: DealType;
  readonly status: EventStatus;
  /** Party keys (every role but `mentioned`), from canonical names: "sony group corp" → "sony". */
  readonly parties: readonly string[];
  /** The acquisition's target, when the frame named one. */
  readonly target: string | null;
  /** Every target the story names: a brand and its owner ("7-Eleven", "Seven & i") are one target. */
  readonly targets: readonly string[];
  /** Every acquirer the story names: a parent and the unit that buys ("Alphabet's Google") are one buyer. Rival bidders are different deals. */
  readonly buyers: readonly string[];
  /** In a money deal, who raises or receives the money, and who puts it in. */
  readonly investee: string | null;
  readonly investors: readonly string[];
  readonly amount: DealAmount | null;
  readonly publishedAt: number;
  /** Years the title and lead name (2016, 2024): another deal between the same pair years apart. */
  readonly years: readonly number[];
  /** "Series B", "second round": which round of funding this is. */
  readonly round: string | null;
  /** "another", "additional", "new bid", "fresh offer": a deal after an earlier one. */
  readonly repeat: boolean;
  readonly regulatory: RegulatoryStep | null;
  /** Shareholders voted on the deal ("shareholders approve the merger"): a step of a pending deal. */
  readonly vote: boolean;
  /** Word 3-shingles of the title and lead, hashed: near-identical wording shares most of them. */
  readonly shingles: ReadonlySet<number>;
  /**
   * What the deal is about: the title's and lead's content words, without party names and
   * deal vocabulary ("fuel", "cells"). Two alliances between one pair about different things
   * are different deals.
   */
  readonly topics: readonly string[];
}

const SUFFIX =
  /\b(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|se|nv|bv|gmbh|spa|ab|asa|oyj|holdings?|group|technologies|international|the)\b\.?/g;

/** partyKey makes "Sony Group Corp.", "Sony" and "SONY" one key. */
export function partyKey(name: string): string {
  const key = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\.com\b/g, '')
    // Dotted initials are one word: "S.A." is "sa", "U.S." is "us".
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .replace(/[^\p{L}\p{N}&\s]/gu, ' ')
    .replace(SUFFIX, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key === '' ? name.toLowerCase().trim() : key;
}

/** Runs of single letters are one word: "u s steel" is "us steel". */
function words(key: string): string[] {
  const out: string[] = [];
  let letters = '';
  for (const w of key.split(' ')) {
    if (w.length === 1 && /\p{L}/u.test(w)) letters += w;
    else {
      if (letters) out.push(letters);
      letters = '';
      out.push(w);
    }
  }
  if (letters) out.push(letters);
  return out;
}

/**
 * matchesFrom says whether the short name's words match the long name's from `start`, each
 * word either equal or the initials of a run of words ("mgm" = "metro goldwyn mayer").
 */
function matchesFrom(short: readonly string[], long: readonly string[], start: number): boolean {
  let j = start;
  for (const word of short) {
    if (long[j] === word) {
      j++;
      continue;
    }
    let initials = '';
    let k = j;
    while (k < long.length && initials.length < word.length) initials += long[k++]![0];
    if (word.length < 2 || k - j < 2 || initials !== word) return false;
    j = k;
  }
  return true;
}

/**
 * Two party keys name the same organisation: equal, one made of whole words of the other
 * ("bhp" / "bhp billiton", "fox" / "21st century fox", "mgm" / "mgm studios"), or one that
 * abbreviates the other's words ("u s steel" / "united states steel", "mgm" / "metro goldwyn mayer").
 */
export function samePartyKey(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Every way two keys can match starts the short one at the start of one of the long one's
  // words, so most pairs of different names are told apart here, without the memo's key string.
  if (!startsAWord(long, short.charCodeAt(0))) return false;
  // Grouping compares every story's parties with every candidate's, and the same busy names
  // come back feed after feed: the answer is remembered (bench:scale, 5,000 feeds).
  const pair = `${short}\u0000${long}`;
  const known = sameKeyMemo.get(pair);
  if (known !== undefined) return known;
  if (sameKeyMemo.size >= SAME_KEY_MEMO) sameKeyMemo.clear();
  const same = sameKeyUncached(short, long);
  sameKeyMemo.set(pair, same);
  return same;
}

/** startsAWord: some word of `key` (its start, or after a space) begins with the character code `c`. */
function startsAWord(key: string, c: number): boolean {
  if (key.charCodeAt(0) === c) return true;
  for (let i = key.indexOf(' '); i !== -1; i = key.indexOf(' ', i + 1)) if (key.charCodeAt(i + 1) === c) return true;
  return false;
}

const SAME_KEY_MEMO = 50_000;
const sameKeyMemo = new Map<string, boolean>();

function sameKeyUncached(short: string, long: string): boolean {
  if (short.replace(/ /g, '').length < 3) return false;
  if (` ${long} `.includes(` ${short} `)) return true;
  const s = words(short);
  const l = words(long);
  if (s.length > l.length) return false;
  for (let start = 0; start < l.length; start++) if (matchesFrom(s, l, start)) return true;
  return false;
}

// Words too common in company names to find a deal by: each would bring back hundreds.
const GENERIC_NAME_WORDS = new Set(
  'and bank capital energy financial global group health holding industries international investment investments media motors partners pharmaceuticals resources services systems technology ventures'.split(
    ' ',
  ),
);

/**
 * lookupKeys are what a deal is found by when a new story may report it: each party key
 * whole, its distinctive words ("w:couche", "w:tard"), and its initials ("i:mgm" for "metro
 * goldwyn mayer", and for a short one-word key such as "mgm"). Stored for each deal and looked
 * up for each story, so a party named another way still finds its deal; samePartyKey decides.
 */
export function lookupKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) {
    out.add(key);
    const ws = words(key);
    for (const w of ws) if (w.length >= 3 && !GENERIC_NAME_WORDS.has(w) && !/^\d+$/.test(w)) out.add(`w:${w}`);
    if (ws.length >= 2) out.add(`i:${ws.map((w) => w[0]).join('')}`);
    else if (ws.length === 1 && ws[0]!.length <= 5) out.add(`i:${ws[0]}`);
  }
  return [...out];
}

// Words that say a deal happened, or that any business story uses: they tell no two deals apart.
const NOT_TOPICS = new Set(
  (
    'about after again agree agreed agreement agrees ahead also alliance announce announced announces approach around back based because become been before being billion bought build building business buy buys cash collaboration companies company ' +
    'complete completed completes contract could deal deals december during each early end ends expand expanded first from further given have help here including inside investment invest invests joint later latest launch ' +
    'lead leading made make makes march million more most move much news part partner partners partnership people plan plans quarter report reported reports said says sign signed signs some source sources stake ' +
    'talks team terms than that their them then there these they this three through times together told tuesday monday wednesday thursday friday saturday sunday under venture well were what when where which while ' +
    'will with within work working would year years january february april june july august september october november percent share shares shareholders offer bid value valued worth close closed closing'
  ).split(' '),
);

/** topicWords: the content words of a title and lead, without the parties' names. */
export function topicWords(head: string, partyKeys: readonly string[]): string[] {
  const names = new Set(partyKeys.flatMap((k) => k.split(' ')));
  const out = new Set<string>();
  for (const raw of head.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    // A crude stem, so "cells" meets "cell" and "vehicles" meets "vehicle".
    const w = raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw;
    if (w.length < 4 || /^\d+$/.test(w) || NOT_TOPICS.has(w) || NOT_TOPICS.has(raw) || names.has(w) || names.has(raw)) continue;
    out.add(w);
  }
  return [...out];
}

// "Another round", "a further $35 million", "a fresh bid": a deal after an earlier one. "New" and
// "fresh" funding is how a round's own announcement names it ("raises $40M in new funding"), so
// they mark a repeat only for a bid or an offer.
const REPEAT =
  /\b(?:(?:another|additional|second|third|renewed|revived|follow-on|further)\s+(?:round|bid|offer|proposal|investment|stake|funding|raise|tranche|approach|attempt|deal)|(?:new|fresh)\s+(?:bid|offer|proposal|approach|attempt)|(?:another|additional|a further)\s+(?:[$€£¥]|(?:us|c|a|hk)\$|\d))/i;
const ROUND = /\b(series\s+[a-j]\b|seed\s+round|pre-seed|series\s+[a-j]-?\d?|(?:first|second|third|fourth)\s+round)/i;
const CLEARED =
  /\b(?:cleared|clears|approv(?:e|es|ed|al|ing)|wins?\s+(?:\w+\s+)?(?:nod|go-ahead)|green[- ]lights?|wins?\s+(?:antitrust|regulatory)\s+(?:approval|clearance)|unconditional(?:ly)?\s+approv|signs?\s+off|sanction(?:s|ed)\s+(?:the\s+)?(?:scheme|deal|merger|takeover|acquisition))\b/i;
const BLOCKED =
  /\b(?:blocks?|blocked|sues?\s+to\s+block|moves?\s+to\s+block|challenges?\s+(?:the\s+)?(?:deal|merger|acquisition|takeover)|prohibit(?:s|ed)?|vetoe?s|vetoed)\b/i;
const REGULATOR =
  /\b(?:regulators?|antitrust|competition|ftc|doj|department of justice|cma|european commission|brussels|samr|cfius|ofcom|bundeskartellamt|cartel\s+office|competition\s+bureau|accc|authority|commission|watchdog|(?:high\s+)?court)\b/i;

// Shareholders voting on a deal: a step of a pending deal, often months after it was agreed.
const VOTE =
  /\b(?:(?:share|stock|unit|policy)holders?|investors)\s+(?:of\s+\p{Lu}[\p{L}&.' -]*?\s+)?(?:have\s+|had\s+)?(?:vote[sd]?|approv(?:e|es|ed)|back(?:s|ed)?|endorse[sd]?|reject(?:s|ed)?|overwhelmingly\s+\w+)\b|\b(?:wins?|won|gets?|got|receives?|received|secures?|secured|obtains?|obtained)\s+(?:\w+\s+)?(?:share|stock)holder\s+(?:approval|backing|support|nod)\b/iu;
// A condition the announcement sets ("subject to regulatory approval", "pending shareholder
// approval") names a step still to come, not one taken.
const CONDITION =
  /\b(?:subject\s+to|pending(?=\s+(?:\w+\s+)?(?:approvals?|clearances?|reviews?|votes?|consents?)\b)|awaiting|conditional\s+(?:on|upon)|requires?|requiring|needs?|would\s+need|seek(?:s|ing)?)\b[^.;]*/gi;

function hashWord(text: string): number {
  // FNV-1a, 32 bits: fast, and collisions only blur a similarity estimate.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** shingles hashes each run of three words, lower-case, letters and digits only. */
export function shingles(text: string): Set<number> {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  const out = new Set<number>();
  for (let i = 0; i + 2 < words.length; i++) out.add(hashWord(`${words[i]} ${words[i + 1]} ${words[i + 2]}`));
  if (words.length > 0 && words.length < 3) out.add(hashWord(words.join(' ')));
  return out;
}

/** jaccard is the share of shingles two stories have in common. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) common++;
  return common / (a.size + b.size - common);
}

/** The first sentence or so of a body: with the title, what a story is about. */
export function lead(text: string): string {
  const head = text.slice(0, 400);
  const end = head.search(/[.!?](\s|$)/);
  return end > 40 ? head.slice(0, end + 1) : head;
}

export interface StoryInput {
  readonly type: DealType;
  readonly status: EventStatus | null;
  readonly companies: readonly DealCompany[];
  readonly amount: DealAmount | null;
  readonly title: string;
  readonly text: string;
  readonly publishedAt: number;
}

/** storyFacts reads the facts grouping needs from a deal story and its analysis. */
export function storyFacts(story: StoryInput): StoryFacts {
  const head = `${story.title}. ${lead(story.text)}`;
  const parties = [...new Set(story.companies.filter((c) => c.role !== 'mentioned').map((c) => partyKey(c.name)))];
  const target = story.companies.find((c) => c.role === 'target');
  const investee = story.companies.find((c) => c.role === 'investee');
  const taken = head.replace(CONDITION, ' ');
  const years = [...new Set([...head.matchAll(/\b(19[89]\d|20[0-4]\d)\b/g)].map((m) => Number(m[1])))];
  const regulatoryContext = REGULATOR.test(taken);
  return {
    type: story.type,
    status: story.status ?? 'announced',
    parties,
    target: target ? partyKey(target.name) : null,
    targets: [...new Set(story.companies.filter((c) => c.role === 'target').map((c) => partyKey(c.name)))],
    buyers: [...new Set(story.companies.filter((c) => c.role === 'acquirer').map((c) => partyKey(c.name)))],
    investee: investee ? partyKey(investee.name) : null,
    investors: [...new Set(story.companies.filter((c) => c.role === 'investor').map((c) => partyKey(c.name)))],
    amount: story.amount,
    publishedAt: story.publishedAt,
    years,
    round: ROUND.exec(head)?.[1]?.toLowerCase().replace(/\s+/g, ' ') ?? null,
    repeat: REPEAT.test(head),
    regulatory: regulatoryContext ? (BLOCKED.test(taken) ? 'blocked' : CLEARED.test(taken) ? 'cleared' : null) : null,
    vote: VOTE.test(taken),
    shingles: shingles(head),
    // The parties' own names say nothing about what the deal is; other names (a regulator) may.
    topics: topicWords(head, parties),
  };
}

// Feed dates: RFC 822/2822 (RSS), ISO 8601 / RFC 3339 (Atom, JSON Feed), and the broken
// variants real feeds publish. Hand-written so the result never depends on the machine's
// time zone, which Date.parse uses for strings without a zone. Impossible dates (30 Feb,
// hour 24) are rejected, never rolled over: a wrong date is worse than first-seen time.

// Full month names in the languages seen in feeds, with the spellings feeds use without accents.
// A month word is read as the month whose name it is, or an unambiguous prefix of (3 letters or
// more): "Sept", "juil", "févr" and "Okt" work, "jui" (juin or juillet?) does not.
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['january', 'januar', 'jänner', 'janner', 'janvier'],
  ['february', 'februar', 'février', 'fevrier'],
  ['march', 'märz', 'maerz', 'marz', 'mars'],
  ['april', 'avril'],
  ['may', 'mai'],
  ['june', 'juni', 'juin'],
  ['july', 'juli', 'juillet'],
  ['august', 'août', 'aout'],
  ['september', 'septembre'],
  ['october', 'oktober', 'octobre'],
  ['november', 'novembre'],
  ['december', 'dezember', 'décembre', 'decembre'],
];
// Abbreviations that are not a prefix of their month's name.
const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = { mrz: 2 };

// Zone abbreviations in minutes east of UTC. RFC 822 defines the US ones; the rest are common in feeds.
// Ambiguous ones (IST, CST as China) take the reading RSS generators most often mean.
const ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  IST: 330,
  WEST: 60,
  CET: 60,
  MET: 60,
  CEST: 120,
  MEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  AST: -240,
  ADT: -180,
  NZST: 720,
  NZDT: 780,
  AEST: 600,
  AEDT: 660,
  ACST: 570,
  AWST: 480,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  WIB: 420,
};

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

// [day-name[,]] day month year [time] [zone], with the zone as +hhmm, GMT+hh[:mm] or a name.
const RFC822 =
  /^(?:\p{L}{2,}\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+(\p{L}{3,})\.?[\s,-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?)?\s*(.*)$/iu;

// [day-name] month day[,] year [time] [zone]: JavaScript's toString and US-style feeds.
const MONTH_FIRST =
  /^(?:\p{L}{2,}\.?,?\s*)?(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(\d{4})\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?\s*(\d{4})?\s*(.*)$/iu;

// Real zones run from UTC-12:00 to UTC+14:00.
const MAX_OFFSET_MINUTES = 14 * 60;

function zoneOffset(zone: string): number | null {
  const text = zone.trim().replace(/^\((.*)\)$/, '$1');
  if (text === '') return 0;
  // +0200, -05:00, GMT+2, UTC+02:00, GMT+0200 (with an optional "(Central European...)" tail).
  const numeric = /^(?:GMT|UTC|UT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?:\s*\(.*\))?$/i.exec(text);
  if (numeric) {
    const extraMinutes = Number(numeric[3] ?? 0);
    const minutes = Number(numeric[2]) * 60 + extraMinutes;
    if (extraMinutes > 59 || minutes > MAX_OFFSET_MINUTES) return null;
    return numeric[1] === '-' ? -minutes : minutes;
  }
  const named = /^([A-Za-z]{1,5})(?:\s*\(.*\))?$/.exec(text);
  const offset = named?.[1] ? ZONES[named[1].toUpperCase()] : undefined;
  return offset ?? null;
}

function fullYear(year: string): number {
  const value = Number(year);
  if (year.length === 4) return value;
  // RFC 2822 section 4.3: two-digit years below 50 are 20xx.
  if (year.length <= 2) return value < 50 ? 2000 + value : 1900 + value;
  return value + 1900;
}

/** hours24 reads an hour, on the 12-hour clock when am/pm is given; NaN when it cannot be one. */
function hours24(hour: string | undefined, meridiem: string | undefined): number {
  const value = Number(hour ?? 0);
  if (!meridiem) return value;
  // 0 is not on a 12-hour clock, but "00:30 AM" is unambiguous; 13 PM is not.
  if (value > 12) return Number.NaN;
  const pm = meridiem.toLowerCase() === 'pm';
  return (value % 12) + (pm ? 12 : 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  return month === 1 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month]!;
}

/**
 * build checks every field before Date.UTC, which would silently roll 30 Feb over to 2 Mar and
 * hour 24 to the next day. Second 60 is accepted as a leap second (RFC 3339 allows it) and read
 * as :59, since Date cannot hold it; anything else out of range gives null.
 */
function build(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): Date | null {
  if (![year, month, day, hour, minute, second, ms].every(Number.isInteger)) return null;
  if (year < 1900 || year > 2200 || month < 0 || month > 11) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return null;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** monthIndex reads a month word (see MONTH_NAMES); undefined when it is no month or could be two. */
export function monthIndex(word: string): number | undefined {
  const name = word.normalize('NFC').toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return undefined;
  const abbreviation = MONTH_ABBREVIATIONS[name];
  if (abbreviation !== undefined) return abbreviation;
  let found: number | undefined;
  for (const [month, names] of MONTH_NAMES.entries()) {
    if (!names.some((full) => full.startsWith(name))) continue;
    if (found !== undefined) return undefined;
    found = month;
  }
  return found;
}

function parseIso(text: string): Date | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const zone = m[8];
  // No zone: RFC 3339 requires one; UTC is the least surprising guess and keeps results machine-independent.
  const offset = zone ? zoneOffset(/^[+-]\d{2}$/.test(zone) ? `${zone}00` : zone) : 0;
  if (offset === null) return null;
  // Fractions are truncated to milliseconds, digit by digit: no float rounding up into the next second.
  const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
  return build(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0), ms, offset);
}

function parseRfc822(text: string): Date | null {
  const m = RFC822.exec(text);
  if (!m) return null;
  const month = monthIndex(m[2] ?? '');
  const offset = zoneOffset(m[8] ?? '');
  if (month === undefined || offset === null) return null;
  return build(fullYear(m[3] ?? ''), month, Number(m[1]), hours24(m[4], m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
}

function parseMonthFirst(text: string): Date | null {
  const m = MONTH_FIRST.exec(text);
  if (!m) return null;
  const month = monthIndex(m[1] ?? '');
  const year = m[3] ?? m[8];
  const offset = zoneOffset(m[9] ?? '');
  if (month === undefined || !year || offset === null) return null;
  return build(Number(year), month, Number(m[2]), hours24(m[4], m[7]), Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
}

/**
 * parseFeedDate reads a feed date in any common form. Strings without a zone are taken as UTC.
 * Returns null for anything it cannot read with confidence: years outside 1900-2200, days the
 * month does not have (30 Feb, 29 Feb 2023), hours over 23, minutes over 59, seconds over 60,
 * offsets beyond ±14:00, and month words that are no month or could be two ("jui").
 */
export function parseFeedDate(value: string | null): Date | null {
  // NFC first: a decomposed "März" (a + U+0308) is not three letters to the month pattern.
  const text = value?.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (!text) return null;
  // Unix timestamps in seconds or milliseconds (some JSON generators); before ISO, whose basic form is also all digits.
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    return new Date(ms);
  }
  if (/^\d{4}-?\d{2}-?\d{2}/.test(text)) return parseIso(text);
  return parseRfc822(text) ?? parseMonthFirst(text);
}

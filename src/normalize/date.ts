// Feed dates: RFC 822/2822 (RSS), ISO 8601 / RFC 3339 (Atom, JSON Feed), and the broken
// variants real feeds publish. Hand-written so the result never depends on the machine's
// time zone, which Date.parse uses for strings without a zone.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  // German and French abbreviations that differ, seen in European feeds.
  mär: 2, mrz: 2, mai: 4, okt: 9, dez: 11, fév: 1, fev: 1, avr: 3, jui: 5, aoû: 7, aou: 7, déc: 11,
};

// Zone abbreviations in minutes east of UTC. RFC 822 defines the US ones; the rest are common in feeds.
// Ambiguous ones (IST, CST as China) take the reading RSS generators most often mean.
const ZONES: Readonly<Record<string, number>> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, BST: 60, IST: 330, WEST: 60, CET: 60, MET: 60, CEST: 120, MEST: 120, EET: 120, EEST: 180,
  MSK: 180, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NZST: 720, NZDT: 780, AEST: 600, AEDT: 660, ACST: 570, AWST: 480,
  JST: 540, KST: 540, HKT: 480, SGT: 480, WIB: 420,
};

const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;

// [day-name[,]] day month year [time] [zone], with the zone as +hhmm, GMT+hh[:mm] or a name.
const RFC822 = /^(?:[a-z]{2,}\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-zéû]{3,})\.?[\s,-]+(\d{2,4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm)?)?\s*(.*)$/iu;

// [day-name] month day[,] year [time] [zone]: JavaScript's toString and US-style feeds.
const MONTH_FIRST = /^(?:[a-z]{2,}\.?,?\s*)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:(\d{4})\s*)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?\s*(\d{4})?\s*(.*)$/i;

function zoneOffset(zone: string): number | null {
  const text = zone.trim().replace(/^\((.*)\)$/, '$1');
  if (text === '') return 0;
  // +0200, -05:00, GMT+2, UTC+02:00, GMT+0200 (with an optional "(Central European...)" tail).
  const numeric = /^(?:GMT|UTC|UT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?(?:\s*\(.*\))?$/i.exec(text);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
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

function hours24(hour: string | undefined, meridiem: string | undefined): number {
  const value = Number(hour ?? 0);
  if (!meridiem) return value;
  const pm = meridiem.toLowerCase() === 'pm';
  return (value % 12) + (pm ? 12 : 0);
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): Date | null {
  if (month < 0 || month > 11 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  if (year < 1900 || year > 2200) return null;
  const time = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), ms) - offsetMinutes * 60_000;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? null : date;
}

function monthIndex(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

function parseIso(text: string): Date | null {
  const m = ISO.exec(text);
  if (!m) return null;
  const zone = m[8];
  // No zone: RFC 3339 requires one; UTC is the least surprising guess and keeps results machine-independent.
  const offset = zone ? zoneOffset(/^[+-]\d{2}$/.test(zone) ? `${zone}00` : zone) : 0;
  if (offset === null) return null;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
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
 * Returns null for anything it cannot read with confidence, including years outside 1900-2200.
 */
export function parseFeedDate(value: string | null): Date | null {
  const text = value?.trim().replace(/\s+/g, ' ');
  if (!text) return null;
  // Unix timestamps in seconds or milliseconds (some JSON generators); before ISO, whose basic form is also all digits.
  if (/^\d{10}(\d{3})?$/.test(text)) {
    const ms = text.length === 10 ? Number(text) * 1000 : Number(text);
    return new Date(ms);
  }
  if (/^\d{4}-?\d{2}-?\d{2}/.test(text)) return parseIso(text);
  return parseRfc822(text) ?? parseMonthFirst(text);
}

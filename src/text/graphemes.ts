// Grapheme-safe truncation, shared by every module that shortens text for a limit
// (item caps, summaries, Slack and Discord fields). Cutting by UTF-16 units or even by code
// points can split a flag, a ZWJ family or a letter from its accent; a cut here only ever
// falls on an extended grapheme cluster boundary (UAX #29, via Intl.Segmenter).

/** How a limit counts length: Discord counts UTF-16 code units, Slack counts characters (code points). */
export type LengthUnit = 'code-units' | 'code-points';

export interface TruncateOptions {
  /** Appended when the text was cut; counted inside the limit. Default "…". */
  readonly ellipsis?: string;
  /** Default 'code-units' (JavaScript string length). */
  readonly unit?: LengthUnit;
}

const DEFAULT_ELLIPSIS = '…';
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** codePointLength counts code points (a lone surrogate counts as one), without building an array. */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** lengthIn measures text in the given unit. */
export function lengthIn(text: string, unit: LengthUnit): number {
  return unit === 'code-units' ? text.length : codePointLength(text);
}

/** codeUnitIndexOfCodePoint returns the UTF-16 index where code point number `count` starts (or text.length). */
function codeUnitIndexOfCodePoint(text: string, count: number): number {
  let index = 0;
  for (let seen = 0; seen < count && index < text.length; seen++) {
    const unit = text.charCodeAt(index);
    const pair = unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length && text.charCodeAt(index + 1) >= 0xdc00 && text.charCodeAt(index + 1) <= 0xdfff;
    index += pair ? 2 : 1;
  }
  return index;
}

/**
 * graphemeBoundaryAtOrBefore returns the largest grapheme cluster boundary <= index.
 * Boundaries up to `index` depend only on the text up to it (UAX #29 rules look left, plus the
 * one character right of the boundary), so only that prefix is segmented: the cost is the
 * prefix length, never the whole (possibly huge) string.
 */
export function graphemeBoundaryAtOrBefore(text: string, index: number): number {
  if (index <= 0) return 0;
  if (index >= text.length) return text.length;
  // Two more units so the character right of the boundary is whole even when it is a surrogate pair.
  const prefix = text.slice(0, index + 2);
  return segmenter.segment(prefix).containing(index)?.index ?? index;
}

/**
 * truncateGraphemes returns `text` unchanged when it fits `max` (in `unit`), else its longest
 * prefix that ends on a grapheme boundary and, with trailing whitespace dropped and the
 * ellipsis appended, still fits. If the ellipsis alone does not fit, the cut has none.
 * A first grapheme longer than the limit yields just the ellipsis (or '').
 */
export function truncateGraphemes(text: string, max: number, options: TruncateOptions = {}): string {
  const unit = options.unit ?? 'code-units';
  const limit = Math.max(0, Math.floor(max));
  // A string's code point count never exceeds its length, so this is an exact fast path for both units.
  if (text.length <= limit || lengthIn(text, unit) <= limit) return text;
  let ellipsis = options.ellipsis ?? DEFAULT_ELLIPSIS;
  if (lengthIn(ellipsis, unit) > limit) ellipsis = '';
  const budget = limit - lengthIn(ellipsis, unit);
  const end = unit === 'code-units' ? budget : codeUnitIndexOfCodePoint(text, budget);
  const head = text.slice(0, graphemeBoundaryAtOrBefore(text, end));
  // Trimming only removes whole whitespace characters, so the head still ends on a boundary.
  return ellipsis === '' ? head : head.trimEnd() + ellipsis;
}

/** truncateCodeUnits fits text in `max` UTF-16 code units (Discord's and JavaScript's length). */
export function truncateCodeUnits(text: string, max: number, ellipsis = DEFAULT_ELLIPSIS): string {
  return truncateGraphemes(text, max, { ellipsis, unit: 'code-units' });
}

/** truncateCodePoints fits text in `max` code points (Slack's "characters"). */
export function truncateCodePoints(text: string, max: number, ellipsis = DEFAULT_ELLIPSIS): string {
  return truncateGraphemes(text, max, { ellipsis, unit: 'code-points' });
}

// Work per item (issue 9 point 2): the text fields a feed controls are cut to sane maxima
// before anything expensive (HTML to text, the analyzer, storage) sees them. Cuts fall on
// grapheme boundaries and end with "…", so no emoji or accented letter is split.
import type { RawItem } from '../model/feed.js';
import { truncateCodeUnits } from '../text/graphemes.js';

/** Maxima in UTF-16 code units (JavaScript string length), applied to the raw fields. */
export interface ItemTextLimits {
  /** Title, and author, which are one line each. */
  readonly titleChars: number;
  /** contentHtml and summaryHtml each, as markup: the plain text is at most this long too. */
  readonly contentChars: number;
  /** Categories kept per item; each is cut like a title. */
  readonly maxCategories: number;
}

export const DEFAULT_ITEM_TEXT_LIMITS: ItemTextLimits = Object.freeze({
  titleChars: 1_000,
  contentChars: 100_000,
  maxCategories: 50,
});

function cap(value: string | null, max: number): string | null {
  return value === null || value.length <= max ? value : truncateCodeUnits(value, max);
}

/**
 * capItemText returns the item with its title, author, content, summary and categories cut to
 * `limits`; the same object when nothing needed cutting. Markup cut mid-tag is fine: HTML to
 * text falls back to its full parser for broken markup.
 */
export function capItemText(raw: RawItem, limits: ItemTextLimits = DEFAULT_ITEM_TEXT_LIMITS): RawItem {
  const { titleChars, contentChars, maxCategories } = limits;
  const fits = (value: string | null, max: number) => value === null || value.length <= max;
  if (
    fits(raw.title, titleChars) &&
    fits(raw.author, titleChars) &&
    fits(raw.contentHtml, contentChars) &&
    fits(raw.summaryHtml, contentChars) &&
    raw.categories.length <= maxCategories &&
    raw.categories.every((category) => category.length <= titleChars)
  ) {
    return raw;
  }
  return {
    ...raw,
    title: cap(raw.title, titleChars),
    author: cap(raw.author, titleChars),
    contentHtml: cap(raw.contentHtml, contentChars),
    summaryHtml: cap(raw.summaryHtml, contentChars),
    categories: raw.categories.slice(0, maxCategories).map((category) => cap(category, titleChars)!),
  };
}

// The normalize stage: RawItem to NormalizedItem. Pure and cheap; runs once per item per poll.
import type { NormalizedItem, RawItem } from '../model/feed.js';
import { graphemeBoundaryAtOrBefore } from '../text/graphemes.js';
import { parseFeedDate } from './date.js';
import { capItemText, DEFAULT_ITEM_TEXT_LIMITS, type ItemTextLimits } from './text-limits.js';
import { cleanTitle, htmlToPlainText } from './text.js';
import { canonicalizeUrl, resolveUrl } from './url.js';

export interface NormalizeContext {
  /** The feed's link, else the feed URL: base for relative item links. */
  readonly baseUrl: string | null;
  /** Maxima for the raw text fields; default DEFAULT_ITEM_TEXT_LIMITS. */
  readonly textLimits?: ItemTextLimits;
}

const TITLE_FALLBACK_CHARS = 80;

/** fallbackTitle is the start of the text, cut at a word boundary, for items without a title. */
function fallbackTitle(text: string): string {
  const line = text.replace(/\n/g, ' ');
  if (line.length <= TITLE_FALLBACK_CHARS) return line;
  // On a grapheme boundary, so a text without spaces (CJK, a run of emoji) is never cut mid-character.
  const cut = line.slice(0, graphemeBoundaryAtOrBefore(line, TITLE_FALLBACK_CHARS));
  const space = cut.lastIndexOf(' ');
  return `${(space > TITLE_FALLBACK_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function cleanOrNull(value: string | null): string | null {
  if (value === null) return null;
  const text = cleanTitle(value);
  return text === '' ? null : text;
}

export interface ItemKeys {
  readonly guid: string | null;
  readonly url: string | null;
  readonly canonicalUrl: string | null;
}

/**
 * itemKeys is the cheap part of normalizing: the guid and links that decide an item's
 * identity. The pipeline dedupes on these first, so only new items pay for HTML to text.
 */
export function itemKeys(raw: RawItem, ctx: NormalizeContext): ItemKeys {
  const guid = raw.guid?.trim() || null;
  // An RSS guid is a permalink by default; use it when the item has no link.
  const url = resolveUrl(raw.link, ctx.baseUrl) ?? (guid && /^https?:\/\//i.test(guid) ? resolveUrl(guid, null) : null);
  return { guid, url, canonicalUrl: url === null ? null : canonicalizeUrl(url) };
}

/**
 * normalizeItem turns a RawItem into plain text with absolute links and a parsed date. The text
 * fields are first cut to ctx.textLimits (capItemText), so one huge item costs bounded work.
 */
export function normalizeItem(input: RawItem, ctx: NormalizeContext, keys: ItemKeys = itemKeys(input, ctx)): NormalizedItem {
  const { guid, url, canonicalUrl } = keys;
  const raw = capItemText(input, ctx.textLimits ?? DEFAULT_ITEM_TEXT_LIMITS);
  const content = raw.contentHtml ? htmlToPlainText(raw.contentHtml) : '';
  const text = content !== '' ? content : raw.summaryHtml ? htmlToPlainText(raw.summaryHtml) : '';
  const title = cleanOrNull(raw.title) ?? fallbackTitle(text);
  const categories: string[] = [];
  for (const category of raw.categories) {
    const clean = cleanOrNull(category);
    if (clean && !categories.includes(clean)) categories.push(clean);
  }
  return {
    guid,
    url,
    canonicalUrl,
    title,
    text,
    publishedAt: parseFeedDate(raw.published),
    author: cleanOrNull(raw.author),
    categories,
  };
}

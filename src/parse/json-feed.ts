// JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). rss-parser does not read JSON,
// and the format is small enough to map by hand.
import type { RawItem } from '../model/feed.js';
import { ParseError, firstLine } from './errors.js';
import { selectNewest, type LimitedFeed } from './item-limit.js';
import { escapeHtml } from './xml-feed.js';
import { resolveAgainst } from './xml-node.js';

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

// content_text and summary are plain text; escape them so the normalize stage's HTML-to-text keeps them verbatim.
function textAsHtml(value: unknown): string | null {
  const text = str(value);
  return text === null ? null : escapeHtml(text).replace(/\r?\n/g, '<br>');
}

function authorName(item: Json, feed: Json): string | null {
  const authors = Array.isArray(item['authors']) ? item['authors'] : [item['author']];
  for (const author of authors) if (isObject(author) && str(author['name'])) return str(author['name']);
  // 1.1 lets items inherit the feed's authors.
  const feedAuthors = Array.isArray(feed['authors']) ? feed['authors'] : [feed['author']];
  for (const author of feedAuthors) if (isObject(author) && str(author['name'])) return str(author['name']);
  return null;
}

function itemDate(item: Json): string | null {
  return str(item['date_published']) ?? str(item['date_modified']);
}

function toRawItem(item: Json, feed: Json): RawItem {
  const tags = Array.isArray(item['tags']) ? item['tags'] : [];
  return {
    guid: str(item['id']),
    link: str(item['url']) ?? str(item['external_url']),
    title: str(item['title']),
    contentHtml: str(item['content_html']) ?? textAsHtml(item['content_text']),
    summaryHtml: textAsHtml(item['summary']),
    published: itemDate(item),
    author: authorName(item, feed),
    categories: tags.map(str).filter((tag): tag is string => tag !== null),
  };
}

/**
 * readJsonFeed parses a JSON Feed document, mapping only the `maxItems` newest items (see
 * selectNewest); throws ParseError when it is not JSON or not a JSON Feed.
 */
export function readJsonFeed(text: string, documentUrl: string | null, maxItems = Infinity): LimitedFeed {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    throw new ParseError('malformed', `invalid JSON: ${firstLine(error instanceof Error ? error.message : String(error))}`, { cause: error });
  }
  const version = isObject(doc) ? str(doc['version']) : null;
  const isJsonFeed = version !== null && /^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/.test(version);
  // A document without the version but with an items array is read anyway: many generators omit it.
  if (!isObject(doc) || (!isJsonFeed && !Array.isArray(doc['items']))) {
    throw new ParseError('not-a-feed', 'not a feed (JSON, but not a JSON Feed: no jsonfeed.org version and no items)');
  }
  const entries = Array.isArray(doc['items']) ? doc['items'].filter(isObject) : [];
  // Chosen on the raw objects, so items past the cap are never mapped (or escaped, or stored).
  const { kept, dropped } = selectNewest(entries, maxItems, itemDate);
  const link = str(doc['home_page_url']);
  return {
    format: 'json',
    title: str(doc['title']),
    link: link ? resolveAgainst(link, documentUrl) : null,
    ttlMinutes: null,
    items: kept.map((item) => toRawItem(item, doc)),
    droppedItems: dropped,
  };
}

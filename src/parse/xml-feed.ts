// Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 through rss-parser, then maps its output
// (plus a few raw elements it drops) onto RawItem. A small subclass hooks rss-parser's
// per-item builders because they throw on things real feeds contain (an Atom date that
// is not a date, a <link> without attributes) and because they discard the raw element.
import Parser from 'rss-parser';
import rssUtils from 'rss-parser/lib/utils.js';
import type { ParsedFeed, RawItem } from '../model/feed.js';
import { ParseError } from './errors.js';
import { selectNewest, type LimitedFeed } from './item-limit.js';
import { readXmlTree } from './xml-tree.js';
import { attr, children, firstText, isElement, resolveAgainst, stringOrNull, textOf, type XmlElement, type XmlValue } from './xml-node.js';

type Format = ParsedFeed['format'];
type LooseItem = Record<string, unknown>;

interface RssParserInternals {
  buildAtomFeed(xmlObj: XmlElement): LooseItem;
  buildRSS0_9(xmlObj: XmlElement): LooseItem;
  buildRSS1(xmlObj: XmlElement): LooseItem;
  buildRSS2(xmlObj: XmlElement): LooseItem;
}

/** The part of xml2js's Parser that rss-parser calls. */
interface XmlStringParser {
  parseString(xml: string, callback: (error: Error | null, result: XmlElement | null) => void): void;
}

const base = Parser.prototype as unknown as RssParserInternals;

/** FeedReader is one rss-parser instance per document: it records format and xml:base while building. */
class FeedReader extends Parser {
  format: Format = 'rss';
  feedBase: string | null;
  feedLink: string | null = null;
  droppedItems = 0;

  constructor(
    readonly documentUrl: string | null,
    readonly maxItems: number,
  ) {
    // defaultRSS: an <rss> root without a version attribute is read as RSS 2.0 instead of rejected.
    super({ defaultRSS: 2 });
    this.feedBase = documentUrl;
    // rss-parser parses with its xml2js parser; the saxes fast path gives the same tree, and
    // hands whatever it cannot read exactly to xml2js (see xml-tree.ts).
    const internals = this as unknown as { xmlParser: XmlStringParser };
    const xml2js = internals.xmlParser;
    internals.xmlParser = {
      parseString(xml, callback) {
        const fast = readXmlTree(xml);
        if (fast.kind === 'unreadable') xml2js.parseString(xml, callback);
        else callback(null, fast.tree);
      },
    };
  }

  /**
   * limit keeps the newest `maxItems` raw entries before rss-parser builds (and snippets, and
   * iTunes-decorates) an item for each. xml2js has already built the tree: that cost is bounded
   * by the body cap, not by us.
   */
  limit(entries: XmlValue, dateOf: (entry: XmlValue) => string | null): XmlValue {
    if (!Array.isArray(entries) || entries.length <= this.maxItems) return entries;
    const { kept, dropped } = selectNewest(entries, this.maxItems, dateOf);
    this.droppedItems = dropped;
    return kept;
  }

  buildAtomFeed(xmlObj: XmlElement): LooseItem {
    this.format = 'atom';
    const feed = xmlObj['feed'];
    const xmlBase = attr(feed, 'xml:base');
    if (xmlBase) this.feedBase = resolveAgainst(xmlBase, this.documentUrl);
    const link = atomLink(children(feed, 'link'));
    this.feedLink = link ? resolveAgainst(link, this.feedBase) : null;
    // rss-parser reads link.$.rel and crashes on a bare <link>; we have taken the link already.
    const entry = isElement(feed) ? this.limit(feed['entry'], atomEntryDate) : undefined;
    const safe: Record<string, unknown> = { ...xmlObj, feed: { ...(feed as object), link: undefined, entry } };
    return base.buildAtomFeed.call(this, safe);
  }

  // rss-parser indexes channel[0] unchecked; a clear message beats "Cannot read properties of undefined".
  buildRSS0_9(xmlObj: XmlElement): LooseItem {
    this.format = 'rss';
    requireChannel(xmlObj['rss']);
    return base.buildRSS0_9.call(this, this.limitChannelItems(xmlObj, 'rss'));
  }

  buildRSS1(xmlObj: XmlElement): LooseItem {
    this.format = 'rdf';
    requireChannel(xmlObj['rdf:RDF']);
    // RSS 1.0 items are siblings of <channel>, not children.
    const root = xmlObj['rdf:RDF'] as XmlElement;
    const item = this.limit(root['item'], rssItemDate);
    return base.buildRSS1.call(this, item === root['item'] ? xmlObj : { ...xmlObj, 'rdf:RDF': { ...root, item } });
  }

  buildRSS2(xmlObj: XmlElement): LooseItem {
    this.format = 'rss';
    requireChannel(xmlObj['rss']);
    return base.buildRSS2.call(this, this.limitChannelItems(xmlObj, 'rss'));
  }

  /** A copy of the document whose first <channel> holds only the kept items (rss-parser reads channel[0]). */
  limitChannelItems(xmlObj: XmlElement, rootName: string): XmlElement {
    const root = xmlObj[rootName] as XmlElement;
    const [channel, ...rest] = children(root, 'channel');
    if (!isElement(channel)) return xmlObj;
    const item = this.limit(channel['item'], rssItemDate);
    if (item === channel['item']) return xmlObj;
    return { ...xmlObj, [rootName]: { ...root, channel: [{ ...channel, item }, ...rest] } };
  }

  parseItemRss(xmlItem: XmlValue, itemFields: unknown): LooseItem {
    const item = rssItemFields(xmlItem, itemFields);
    const raw: RawItem = {
      guid: stringOrNull(item['guid']) ?? attr(xmlItem, 'rdf:about'),
      link: stringOrNull(item['link']) ?? atomLink(children(xmlItem, 'atom:link')),
      title: stringOrNull(item['title']) ?? firstText(xmlItem, 'title'),
      contentHtml: stringOrNull(item['content:encoded']),
      summaryHtml: stringOrNull(item['content']) ?? stringOrNull(item['summary']),
      published: rssItemDate(xmlItem),
      author: stringOrNull(item['creator']) ?? stringOrNull(item['author']) ?? firstText(xmlItem, 'author'),
      categories: categoriesOf(xmlItem),
    };
    // decorateItunes writes onto the returned object later, so hand back a plain mutable copy.
    return { ...raw };
  }

  parseItemAtom(entry: XmlValue): LooseItem {
    const item = atomItemFields(entry);
    const entryBase = attr(entry, 'xml:base');
    const itemBase = entryBase ? resolveAgainst(entryBase, this.feedBase) : this.feedBase;
    const link = atomLink(children(entry, 'link'));
    const raw: RawItem = {
      guid: firstText(entry, 'id'),
      link: link ? resolveAgainst(link, itemBase) : null,
      title: stringOrNull(item['title']) ?? firstText(entry, 'title'),
      contentHtml: atomContent(entry, 'content', stringOrNull(item['content'])),
      summaryHtml: atomContent(entry, 'summary', stringOrNull(item['summary'])),
      published: atomEntryDate(entry),
      author: firstText(children(entry, 'author')[0], 'name') ?? firstText(entry, 'dc:creator') ?? firstText(entry, 'author'),
      categories: categoriesOf(entry),
    };
    return { ...raw };
  }
}

/** rss-parser's item fields without their snippet option: we never use contentSnippet, and it is a quarter of the cost of an item. */
const withoutSnippets = new WeakMap<object, unknown[]>();
function fieldsWithoutSnippets(itemFields: unknown): unknown[] {
  if (!Array.isArray(itemFields)) return [];
  let fields = withoutSnippets.get(itemFields);
  if (!fields) {
    fields = itemFields.map((f: unknown) => (Array.isArray(f) && f.length > 2 ? [f[0], f[1]] : f));
    withoutSnippets.set(itemFields, fields);
  }
  return fields;
}

/**
 * rssItemFields reads an RSS item as rss-parser's parseItemRss does (copyFromXML, the
 * description through getContent, the guid's text), minus what we drop anyway: the
 * HTML-stripped snippets and the ISO date.
 */
function rssItemFields(xmlItem: XmlValue, itemFields: unknown): LooseItem {
  const item: LooseItem = {};
  if (!isElement(xmlItem)) return item;
  rssUtils.copyFromXML(xmlItem, item, fieldsWithoutSnippets(itemFields));
  const description = xmlItem['description'];
  if (Array.isArray(description) && description.length > 0) item['content'] = rssUtils.getContent(description[0]);
  const guid = xmlItem['guid'];
  if (Array.isArray(guid) && guid.length > 0) {
    const first = guid[0] as unknown;
    item['guid'] = first !== null && typeof first === 'object' && typeof (first as { _?: unknown })._ === 'string' ? (first as { _: string })._ : first;
  }
  return item;
}

/** atomItemFields reads an entry's title, content and summary as rss-parser's parseItemAtom does, without snippets. */
function atomItemFields(entry: XmlValue): LooseItem {
  const item: LooseItem = {};
  if (!isElement(entry)) return item;
  const title = entry['title'];
  if (Array.isArray(title)) {
    let text = (title[0] as unknown) ?? '';
    if (text !== null && typeof text === 'object' && typeof (text as { _?: unknown })._ === 'string') text = (text as { _: string })._;
    if (text) item['title'] = text;
  }
  for (const name of ['content', 'summary'] as const) {
    const value = entry[name];
    if (Array.isArray(value) && value.length > 0) item[name] = rssUtils.getContent(value[0]);
  }
  return item;
}

/** The date string of an RSS item, as RawItem.published takes it; also what the per-poll cap ranks by. */
function rssItemDate(xmlItem: XmlValue): string | null {
  return (
    firstText(xmlItem, 'pubDate') ??
    firstText(xmlItem, 'dc:date') ??
    firstText(xmlItem, 'dcterms:modified') ??
    firstText(xmlItem, 'a10:updated') ??
    firstText(xmlItem, 'atom:updated')
  );
}

/** The date string of an Atom entry; Atom 0.3 used issued/modified/created. */
function atomEntryDate(entry: XmlValue): string | null {
  return (
    firstText(entry, 'published') ??
    firstText(entry, 'updated') ??
    firstText(entry, 'issued') ??
    firstText(entry, 'modified') ??
    firstText(entry, 'created') ??
    firstText(entry, 'dc:date')
  );
}

function requireChannel(root: XmlValue): void {
  if (children(root, 'channel').length === 0) throw new ParseError('malformed', 'no <channel> element');
}

/** atomLink picks rel=alternate (or no rel, which means alternate), preferring HTML, else the first link. */
function atomLink(links: readonly XmlValue[]): string | null {
  let fallback: string | null = null;
  let alternate: string | null = null;
  for (const link of links) {
    const href = attr(link, 'href') ?? stringOrNull(link)?.trim() ?? null;
    if (!href) continue;
    fallback ??= href;
    const rel = attr(link, 'rel');
    if (rel === null || rel === 'alternate') {
      const type = attr(link, 'type');
      if (!type || /html/i.test(type)) return href;
      alternate ??= href;
    }
  }
  return alternate ?? fallback;
}

/** atomContent returns Atom content as HTML: type="text" is escaped so later HTML-to-text keeps it verbatim. */
function atomContent(entry: XmlValue, name: string, parsed: string | null): string | null {
  if (parsed === null) return null;
  const element = children(entry, name)[0];
  // <content src="..."/> points elsewhere; rss-parser would hand back the element itself as markup.
  if (isElement(element) && element._ === undefined && Object.keys(element).every((key) => key === '$')) return null;
  const type = attr(element, 'type');
  if ((type === 'text' || type === 'text/plain') && attr(element, 'mode') !== 'escaped') return escapeHtml(parsed);
  return parsed;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function categoriesOf(node: XmlValue): string[] {
  const out: string[] = [];
  for (const element of [...children(node, 'category'), ...children(node, 'dc:subject')]) {
    const value = attr(element, 'label') ?? attr(element, 'term') ?? textOf(element);
    const trimmed = value?.trim();
    if (trimmed && !out.includes(trimmed)) out.push(trimmed);
  }
  return out;
}

/**
 * readXmlFeed parses an XML feed string, building items for only the `maxItems` newest entries
 * (see selectNewest); it rejects with whatever rss-parser/sax threw.
 */
export async function readXmlFeed(xml: string, documentUrl: string | null, maxItems = Infinity): Promise<LimitedFeed> {
  const reader = new FeedReader(documentUrl, maxItems);
  const output = (await reader.parseString(xml)) as unknown as LooseItem;
  const items = Array.isArray(output['items']) ? (output['items'] as RawItem[]) : [];
  const link = reader.format === 'atom' ? reader.feedLink : (stringOrNull(output['link'])?.trim() ?? null);
  const ttl = Number.parseInt(stringOrNull(output['ttl']) ?? '', 10);
  return {
    format: reader.format,
    title: stringOrNull(output['title'])?.trim() ?? textOf(output['title']) ?? null,
    link: link ? resolveAgainst(link, documentUrl) : null,
    ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
    items: items.map(toRawItem),
    droppedItems: reader.droppedItems,
  };
}

// Drops anything rss-parser decorated the item with (itunes) and fixes the shape.
function toRawItem(item: RawItem): RawItem {
  return {
    guid: item.guid,
    link: item.link,
    title: item.title,
    contentHtml: item.contentHtml,
    summaryHtml: item.summaryHtml,
    published: item.published,
    author: item.author,
    categories: item.categories,
  };
}

// The parse stage: feed bytes in, ParsedFeed out. Pure apart from CPU; throws only ParseError.
import { gunzipSync } from 'node:zlib';
import { DEFAULT_MAX_BODY_BYTES, tooLargeMessage } from '../fetch/limits.js';
import { decodeBody } from './charset.js';
import { ParseError, firstLine } from './errors.js';
import type { LimitedFeed } from './item-limit.js';
import { readJsonFeed } from './json-feed.js';
import { repairXml, stripControlChars, unprefixAtom } from './repair.js';
import { feedLinksInHtml, rootElementName, sniffBody } from './sniff.js';
import { readXmlFeed } from './xml-feed.js';

export { ParseError, type ParseErrorCode } from './errors.js';
export { DEFAULT_MAX_ITEMS_PER_POLL, limitItems, selectNewest, type LimitedFeed, type Selection } from './item-limit.js';

export interface ParseMeta {
  readonly contentType: string | null;
  /** The URL the body came from; base for relative links and for HTML alternate links. */
  readonly url?: string;
  /**
   * Cap on the bytes a gzip body may inflate to; pass the fetcher's `maxBodyBytes`
   * (config `fetch.max_body_bytes`). Default DEFAULT_MAX_BODY_BYTES, the fetcher's default.
   */
  readonly maxBytes?: number;
  /**
   * Read at most this many items, the newest (see selectNewest); the rest are counted in
   * `droppedItems`. Default: all; the pipeline is meant to pass DEFAULT_MAX_ITEMS_PER_POLL (or config).
   */
  readonly maxItems?: number;
}

const NOT_RECOGNIZED = /not recognized as RSS/i;

/**
 * parseFeed reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.x from raw bytes.
 * It tries strict XML first, then once more after lenient repairs (see repair.ts).
 * Throws ParseError: 'empty', 'not-a-feed' (HTML, other XML, plain text), 'malformed', or
 * 'too-large' (a gzip body inflating past `meta.maxBytes`).
 */
export async function parseFeed(body: Buffer, meta: ParseMeta): Promise<LimitedFeed> {
  try {
    return await parseBody(body, meta);
  } catch (error) {
    // The contract is "only ParseError": anything else is a bug in a dependency meeting odd input.
    if (error instanceof ParseError) throw error;
    throw new ParseError('malformed', `malformed feed: ${messageOf(error)}`, { cause: error });
  }
}

async function parseBody(body: Buffer, meta: ParseMeta): Promise<LimitedFeed> {
  // A .gz file served without Content-Encoding still reaches us compressed.
  const bytes = isGzip(body) ? gunzipCapped(body, meta) : body;
  // One layer only: gzip inside gzip is no feed anyone publishes, and inflating it again could multiply the cap.
  if (bytes !== body && isGzip(bytes)) throw new ParseError('not-a-feed', 'not a feed (gzip inside gzip)');
  if (bytes.length === 0) throw new ParseError('empty', 'empty body');
  const { text } = decodeBody(bytes, meta.contentType);
  const url = meta.url ?? null;
  const maxItems = meta.maxItems ?? Infinity;
  switch (sniffBody(text, meta.contentType)) {
    case 'empty':
      throw new ParseError('empty', 'empty body (only whitespace)');
    case 'json':
      return readJsonFeed(text, url, maxItems);
    case 'html':
      throw htmlError(text, meta.url);
    case 'unknown':
      throw new ParseError('not-a-feed', `not a feed (neither XML nor JSON; starts with ${JSON.stringify(text.trim().slice(0, 20))})`);
    case 'xml': {
      const root = rootElementName(text);
      if (root?.toLowerCase() === 'html') throw htmlError(text, meta.url);
      // Control characters are stripped even when sax would accept them: they are never content.
      const clean = stripControlChars(text.trimStart());
      const xml = root && /^([\w.-]+:)?feed$/.test(root) ? unprefixAtom(clean) : clean;
      return parseXml(xml, url, maxItems);
    }
  }
}

async function parseXml(xml: string, url: string | null, maxItems: number): Promise<LimitedFeed> {
  try {
    return await readXmlFeed(xml, url, maxItems);
  } catch (strictError) {
    if (isNotRecognized(strictError)) throw notAFeedXml(xml, strictError);
    try {
      return await readXmlFeed(repairXml(xml), url, maxItems);
    } catch (lenientError) {
      if (isNotRecognized(lenientError)) throw notAFeedXml(xml, lenientError);
      // Report the strict error: it points at the real defect, not at our repair.
      throw new ParseError('malformed', `malformed feed: ${messageOf(strictError)}`, { cause: strictError });
    }
  }
}

function isNotRecognized(error: unknown): boolean {
  return error instanceof Error && NOT_RECOGNIZED.test(error.message);
}

function notAFeedXml(xml: string, cause: unknown): ParseError {
  const root = rootElementName(xml);
  if (root?.toLowerCase() === 'html') return htmlError(xml, undefined);
  const what = root ? `XML whose root element <${root}> is not rss, rdf:RDF or feed` : 'XML without a feed root element';
  return new ParseError('not-a-feed', `not a feed (${what})`, { cause });
}

function htmlError(html: string, url: string | undefined): ParseError {
  const links = feedLinksInHtml(html, url);
  const advert = links.length > 0 ? `; it advertises ${links.join(', ')}` : '';
  return new ParseError('not-a-feed', `not a feed (looks like an HTML page${advert})`);
}

function messageOf(error: unknown): string {
  return firstLine(error instanceof Error ? error.message : String(error));
}

function isGzip(bytes: Buffer): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * gunzipCapped inflates with zlib's maxOutputLength, which stops inflating (and allocating) as
 * soon as the output passes the cap. The cap counts the output of all concatenated gzip members
 * together, so splitting a bomb into many members gains nothing.
 */
function gunzipCapped(body: Buffer, meta: ParseMeta): Buffer {
  const maxBytes = meta.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ParseError('too-large', tooLargeMessage(hostOf(meta.url), maxBytes, 'once gunzipped'), { cause: error });
    }
    throw new ParseError('malformed', `corrupt gzip body: ${messageOf(error)}`, { cause: error });
  }
}

function hostOf(url: string | undefined): string | null {
  if (url === undefined) return null;
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

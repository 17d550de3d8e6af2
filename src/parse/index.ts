// The parse stage: feed bytes in, ParsedFeed out. Pure apart from CPU; throws only ParseError.
import { gunzipSync } from 'node:zlib';
import type { ParsedFeed } from '../model/feed.js';
import { decodeBody } from './charset.js';
import { ParseError, firstLine } from './errors.js';
import { readJsonFeed } from './json-feed.js';
import { repairXml, stripControlChars, unprefixAtom } from './repair.js';
import { feedLinksInHtml, rootElementName, sniffBody } from './sniff.js';
import { readXmlFeed } from './xml-feed.js';

export { ParseError, type ParseErrorCode } from './errors.js';

export interface ParseMeta {
  readonly contentType: string | null;
  /** The URL the body came from; base for relative links and for HTML alternate links. */
  readonly url?: string;
}

const NOT_RECOGNIZED = /not recognized as RSS/i;

/**
 * parseFeed reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.x from raw bytes.
 * It tries strict XML first, then once more after lenient repairs (see repair.ts).
 * Throws ParseError: 'empty', 'not-a-feed' (HTML, other XML, plain text) or 'malformed'.
 */
export async function parseFeed(body: Buffer, meta: ParseMeta): Promise<ParsedFeed> {
  try {
    return await parseBody(body, meta);
  } catch (error) {
    // The contract is "only ParseError": anything else is a bug in a dependency meeting odd input.
    if (error instanceof ParseError) throw error;
    throw new ParseError('malformed', `malformed feed: ${messageOf(error)}`, { cause: error });
  }
}

async function parseBody(body: Buffer, meta: ParseMeta): Promise<ParsedFeed> {
  // A .gz file served without Content-Encoding still reaches us compressed.
  const bytes = body[0] === 0x1f && body[1] === 0x8b ? gunzipOrThrow(body) : body;
  if (bytes.length === 0) throw new ParseError('empty', 'empty body');
  const { text } = decodeBody(bytes, meta.contentType);
  const url = meta.url ?? null;
  switch (sniffBody(text, meta.contentType)) {
    case 'empty':
      throw new ParseError('empty', 'empty body (only whitespace)');
    case 'json':
      return readJsonFeed(text, url);
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
      return parseXml(xml, url);
    }
  }
}

async function parseXml(xml: string, url: string | null): Promise<ParsedFeed> {
  try {
    return await readXmlFeed(xml, url);
  } catch (strictError) {
    if (isNotRecognized(strictError)) throw notAFeedXml(xml, strictError);
    try {
      return await readXmlFeed(repairXml(xml), url);
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

function gunzipOrThrow(body: Buffer): Buffer {
  try {
    return gunzipSync(body);
  } catch (error) {
    throw new ParseError('malformed', `corrupt gzip body: ${messageOf(error)}`, { cause: error });
  }
}

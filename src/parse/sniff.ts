// Cheap look at the start of a decoded body to pick a parser before running one,
// so HTML pages and JSON get a clear error or the right reader.

export type BodyKind = 'empty' | 'json' | 'html' | 'xml' | 'unknown';

const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;

/** stripProlog drops leading whitespace, processing instructions and comments. */
function stripProlog(head: string): string {
  const match = PROLOG.exec(head);
  return match ? head.slice(match[0].length) : head;
}

/** sniffBody classifies a decoded body from its first few kilobytes. */
export function sniffBody(text: string, contentType: string | null): BodyKind {
  const head = stripProlog(text.slice(0, 4096));
  if (head.trim() === '') return text.trim() === '' ? 'empty' : 'unknown';
  const first = head[0];
  if (first === '{') return 'json';
  if (first !== '<') {
    return contentType && /json/i.test(contentType) ? 'json' : 'unknown';
  }
  if (/^<!doctype\s+html/i.test(head) || /^<(?:html|head|body)[\s>]/i.test(head)) return 'html';
  // XHTML: an XML doctype for html, or a root <html xmlns=...> after a DOCTYPE.
  if (/^<!doctype\s+[^>]*\bxhtml/i.test(head)) return 'html';
  return 'xml';
}

/** rootElementName returns the name of the first element of an XML body, or null. */
export function rootElementName(text: string): string | null {
  let head = stripProlog(text.slice(0, 8192));
  const doctype = /^<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>/i.exec(head);
  if (doctype) head = stripProlog(head.slice(doctype[0].length));
  const match = /^<([A-Za-z_][\w:.-]*)/.exec(head);
  return match?.[1] ?? null;
}

const FEED_TYPES = /^application\/(?:rss\+xml|atom\+xml|rdf\+xml|feed\+json)$/i;

/** feedLinksInHtml returns the absolute URLs of `<link rel="alternate">` feeds an HTML page advertises. */
export function feedLinksInHtml(html: string, pageUrl: string | undefined): string[] {
  const headEnd = html.search(/<\/head\s*>|<body[\s>]/i);
  const head = headEnd === -1 ? html.slice(0, 65536) : html.slice(0, headEnd);
  const baseHref = /<base\b[^>]*\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(head)?.[1];
  const base = resolveOrNull(baseHref ?? '', pageUrl) ?? pageUrl;
  const found: string[] = [];
  for (const tag of head.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag[0]);
    const rel = (attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    const type = (attrs.get('type') ?? '').trim();
    const href = attrs.get('href');
    if (!rel.includes('alternate') || !FEED_TYPES.test(type) || !href) continue;
    const absolute = resolveOrNull(href, base) ?? href;
    if (!found.includes(absolute)) found.push(absolute);
  }
  return found;
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = match[1];
    if (name) attrs.set(name.toLowerCase(), decodeAttr(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return attrs;
}

// Only the entities that matter inside URLs in attributes.
function decodeAttr(value: string): string {
  return value
    .replace(/&amp;/gi, '&')
    .replace(/&#38;/g, '&')
    .replace(/&quot;/gi, '"')
    .trim();
}

function resolveOrNull(href: string, base: string | undefined): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

// Lenient repairs for the second parse attempt. Real feeds are often almost-XML:
// HTML entities, bare ampersands, stray control bytes, a CDATA section never closed.
// Each repair is small and only changes what strict XML would reject.
import { decodeHTMLStrict } from 'entities';

const XML_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

// C0 controls other than tab, LF and CR, plus the two non-characters, are illegal in XML 1.0.
// Matching control characters is the point here, hence the lint exception.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
// An `&` that does not start a well-formed reference, or starts a named one.
const AMPERSAND = /&(?:(#\d+;|#x[0-9a-fA-F]+;)|([A-Za-z][A-Za-z0-9]*);)?/g;
const CDATA = /<!\[CDATA\[[\s\S]*?\]\]>/g;

/** stripControlChars removes characters XML 1.0 forbids anywhere. */
export function stripControlChars(xml: string): string {
  return xml.replace(CONTROL_CHARS, '');
}

/**
 * repairEntities escapes bare `&` and replaces HTML named entities XML does not define
 * with the characters they stand for (re-escaped if they are markup characters).
 * Unknown names become literal text (`&amp;name;`).
 */
export function repairEntities(text: string): string {
  return text.replace(AMPERSAND, (whole, numeric: string | undefined, name: string | undefined) => {
    if (numeric) return whole;
    if (!name) return '&amp;';
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = decodeHTMLStrict(whole);
    if (decoded === whole) return `&amp;${name};`;
    return decoded.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch] ?? ch);
  });
}

/** closeCdata closes a CDATA section left open, just before the end tag of the element holding it. */
export function closeCdata(xml: string): string {
  const open = xml.lastIndexOf('<![CDATA[');
  if (open === -1 || xml.indexOf(']]>', open) !== -1) return xml;
  const before = xml.slice(Math.max(0, open - 2048), open);
  const parent = [...before.matchAll(/<([A-Za-z_][\w:.-]*)[^<>]*>/g)].pop()?.[1];
  let endTag = parent ? xml.indexOf(`</${parent}`, open + 9) : -1;
  if (endTag === -1) endTag = xml.indexOf('</', open + 9);
  if (endTag === -1) return `${xml}]]>`;
  return `${xml.slice(0, endTag)}]]>${xml.slice(endTag)}`;
}

/** repairXml applies every repair, leaving CDATA contents alone (they are literal text already). */
export function repairXml(xml: string): string {
  let out = stripControlChars(xml);
  // Close unclosed sections one at a time from the end, so earlier complete ones are untouched.
  for (let guard = 0; guard < 16; guard++) {
    const next = closeCdata(out);
    if (next === out) break;
    out = next;
  }
  let result = '';
  let last = 0;
  for (const match of out.matchAll(CDATA)) {
    const index = match.index;
    result += repairEntities(out.slice(last, index)) + match[0];
    last = index + match[0].length;
  }
  return result + repairEntities(out.slice(last));
}

const ATOM_NAMESPACES = ['http://www.w3.org/2005/Atom', 'http://purl.org/atom/ns#'];

/**
 * unprefixAtom rewrites `<a:entry>` to `<entry>` when an Atom document binds the Atom namespace
 * to a prefix: rss-parser matches element names literally. Only for Atom roots, because RSS
 * feeds use `atom:link` next to their own `link`, and renaming it would clobber that.
 */
export function unprefixAtom(xml: string): string {
  let out = xml;
  for (const ns of ATOM_NAMESPACES) {
    if (!out.includes(ns)) continue;
    const declared = new RegExp(`xmlns:([A-Za-z_][\\w.-]*)\\s*=\\s*["']${ns.replace(/[.#/]/g, '\\$&')}["']`, 'g');
    for (const match of [...out.matchAll(declared)]) {
      const prefix = match[1];
      if (!prefix) continue;
      out = out.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
    }
  }
  return out;
}

// A fast path under rss-parser: the same object tree xml2js builds for it (rss-parser's default
// options: every child element an array, attributes under `$`, text under `_`, text-only
// elements as strings), built from saxes events. sax, xml2js's tokenizer, is most of the cost
// of a parse (bench:ingest: 84 of 135 ms a pass over the feed corpus; saxes tokenizes the same
// documents in 24 ms). saxes is a strict XML parser: readXmlTree gives up at the first
// well-formedness error, and the caller then parses the document the old way, so a document
// either gets exactly the tree xml2js would build or goes down xml2js's own path
// (tests/unit/parse/xml-tree.test.ts checks both on every document we have).
import sax from 'sax';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ParseError } from './errors.js';
import type { XmlElement } from './xml-node.js';

/** What xml2js keeps per open element: its text so far and whether any of it was CDATA. */
interface OpenElement {
  readonly name: string;
  readonly node: Record<string, unknown>;
  text: string;
  cdata: boolean;
}

// sax (so xml2js) decodes HTML's named entities in strict mode too (&nbsp;, &eacute;), which
// feeds use although XML does not define them; saxes knows only XML's five unless told.
const ENTITIES: Readonly<Record<string, string>> = Object.freeze({ ...sax.ENTITIES });

// Documents saxes and sax read differently keep the old path (false alarms only cost speed):
// - a carriage return: XML's end-of-line rule makes saxes turn "\r\n" into "\n", sax keeps it;
// - a tab or newline inside a quoted attribute value: saxes turns it into a space (XML's
//   attribute-value rule), sax keeps it. The pattern finds every such value, and some text
//   that only looks like one.
const CARRIAGE_RETURN = /\r/;
const SPACED_ATTRIBUTE = /=[ \t\n]*(?:"[^"<]*[\t\n]|'[^'<]*[\t\n])/;

/**
 * readXmlTree returns xml2js's tree for the document, rooted as xml2js roots it (`{ rss: … }`;
 * null for a blank document), or `unreadable` with the reason for anything saxes rejects or
 * would read differently from sax; the caller then parses the document with xml2js.
 */
export function readXmlTree(xml: string): XmlTreeResult {
  try {
    return { kind: 'tree', tree: buildTree(xml) };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

export type XmlTreeResult = { readonly kind: 'tree'; readonly tree: XmlElement | null } | { readonly kind: 'unreadable'; readonly reason: string };

/** A reason to leave the document to xml2js; thrown from saxes' handlers, caught in readXmlTree. */
const unreadable = (reason: string) => new ParseError('malformed', `${reason}: read by xml2js`);

function buildTree(xml: string): XmlElement | null {
  const unmarked = xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml;
  if (unmarked.trim() === '') return null;
  // sax reads an XML declaration after leading whitespace; XML (and saxes) wants it first.
  // Whitespace outside the root is not part of the tree.
  const text = unmarked.replace(/^[ \t\n]+/, '');
  if (CARRIAGE_RETURN.test(text) || SPACED_ATTRIBUTE.test(text)) throw unreadable('a carriage return or a spaced attribute value');
  const parser = new SaxesParser({ xmlns: false, position: false });
  // saxes only reads the table: one shared copy serves every document.
  parser.ENTITIES = ENTITIES;
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;

  parser.on('opentag', (tag: SaxesTagPlain) => {
    // xml2js's key order (text first, then attributes, then children) shows when rss-parser
    // rebuilds markup from the tree with xml2js's builder.
    const node = Object.create(null) as Record<string, unknown>;
    node['_'] = '';
    let attributes: Record<string, string> | null = null;
    for (const key in tag.attributes) {
      attributes ??= Object.create(null) as Record<string, string>;
      attributes[key] = tag.attributes[key]!;
    }
    if (attributes) node['$'] = attributes;
    stack.push({ name: tag.name, node, text: '', cdata: false });
  });
  const onText = (chunk: string) => {
    const top = stack[stack.length - 1];
    if (top) top.text += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', (chunk: string) => {
    const top = stack[stack.length - 1];
    if (!top) return;
    top.text += chunk;
    top.cdata = true;
  });
  parser.on('closetag', () => {
    const open = stack.pop()!;
    const node = open.node;
    let value: unknown = node;
    // xml2js: whitespace-only text is dropped unless it came from CDATA; an element left with
    // nothing becomes that whitespace (usually ''), one with only text becomes the text.
    if (/^\s*$/.test(open.text) && !open.cdata) {
      delete node['_'];
      if (Object.keys(node).length === 0) value = open.text;
    } else {
      node['_'] = open.text;
      if (Object.keys(node).length === 1) value = open.text;
    }
    const parent = stack[stack.length - 1];
    if (!parent) {
      if (root) throw unreadable('a second root element');
      const rooted = Object.create(null) as Record<string, unknown>;
      rooted[open.name] = value;
      root = rooted as XmlElement;
      return;
    }
    // A child named like the text or attribute key garbles xml2js's tree; leave it to xml2js.
    if (open.name === '_' || open.name === '$') throw unreadable(`an element named ${open.name}`);
    const siblings = parent.node[open.name];
    if (Array.isArray(siblings)) siblings.push(value);
    else parent.node[open.name] = [value];
  });
  parser.write(text).close();
  return root;
}

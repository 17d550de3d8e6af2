// The saxes fast path must build exactly the tree xml2js builds for rss-parser, key order
// included (rss-parser rebuilds markup from it), and must refuse every document it cannot read
// exactly, so that xml2js reads it as before. Each case is compared with xml2js itself.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import Parser from 'rss-parser';
import { decodeBody } from '../../../src/parse/charset.js';
import { readXmlTree } from '../../../src/parse/xml-tree.js';
import { describeShared, sharedPath } from '../../helpers/shared-data.js';

interface Xml2jsParser {
  parseString(xml: string, callback: (error: Error | null, tree: unknown) => void): void;
}

/** rss-parser's own xml2js parser (a fresh instance's, so not the fast path): the tree or the error message. */
function viaXml2js(xml: string): Promise<{ tree: unknown } | { error: string }> {
  const { xmlParser } = new Parser() as unknown as { xmlParser: Xml2jsParser };
  return new Promise((resolve) => {
    xmlParser.parseString(xml, (error, tree) => resolve(error ? { error: error.message } : { tree }));
  });
}

function treeOf(xml: string): unknown {
  const fast = readXmlTree(xml);
  if (fast.kind === 'unreadable') throw new Error(`refused: ${fast.reason}`);
  return fast.tree;
}

/** Both sides as JSON text, so that key order counts as well as content. */
const asJson = (tree: unknown): string => JSON.stringify(tree);

const rss = (items: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;

describe('readXmlTree builds the tree xml2js builds', () => {
  it.each([
    ['a plain item', rss('<item><title>Deal</title><link>https://x.example/a</link></item>')],
    ['repeated children', rss('<item><category>a</category><category>b</category></item><item><title>2</title></item>')],
    ['attributes and text', rss('<item><guid isPermaLink="false">id-1</guid><enclosure url="https://x.example/a.mp3" length="1" type="audio/mpeg"/></item>')],
    ['CDATA with markup', rss('<item><description><![CDATA[<p>Acme <b>buys</b> Beta</p>]]></description></item>')],
    ['whitespace-only CDATA is kept', rss('<item><description><![CDATA[  ]]></description></item>')],
    ['text around CDATA', rss('<item><description>before <![CDATA[inside]]> after</description></item>')],
    ['mixed content: text and child elements', rss('<item><description>Hello <b>world</b> again <i>and</i> more</description></item>')],
    ['empty and self-closing elements', rss('<item><title></title><comments/><author>   </author></item>')],
    [
      'an element with attributes and only whitespace',
      '<feed xmlns="http://www.w3.org/2005/Atom"><link rel="alternate" href="https://x.example/">  </link></feed>',
    ],
    [
      'namespaced names kept as written',
      rss('<item xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ann</dc:creator><atom:link href="h" rel="self"/></item>'),
    ],
    ['XML and numeric entities', rss('<item><title>A &amp; B &lt;3 &#8217; &#x2014; &quot;q&quot; &apos;s</title></item>')],
    ['HTML named entities, which sax decodes in strict mode', rss('<item><title>Caf&eacute;&nbsp;deal &copy; &hellip;</title></item>')],
    ['entities in attribute values', rss('<item><link href="https://x.example/?a=1&amp;b=2"/></item>')],
    ['a byte-order mark', `\uFEFF${rss('<item><title>BOM</title></item>')}`],
    ['whitespace before the XML declaration', `\n  ${rss('<item><title>late declaration</title></item>')}`],
    [
      'Atom xhtml content',
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One</p><p>Two <em>x</em></p></div></content></entry></feed>',
    ],
    ['a root with only text', '<rss>just text</rss>'],
    [
      'comments, processing instructions and a doctype',
      '<?xml version="1.0"?><!DOCTYPE rss><!-- c --><rss version="2.0"><?pi x?><channel><!-- inside --><title>T</title></channel></rss>',
    ],
    ['element names that are Object.prototype keys', rss('<item><constructor>c</constructor><toString>t</toString><__proto__>p</__proto__></item>')],
  ])('%s', async (_label, xml) => {
    const expected = await viaXml2js(xml);
    if (!('tree' in expected)) throw new Error(`xml2js rejected the case: ${expected.error}`);
    expect(asJson(treeOf(xml))).toBe(asJson(expected.tree));
  });

  it('gives null for a blank document, where xml2js gives no result', async () => {
    expect(readXmlTree(' \n ')).toEqual({ kind: 'tree', tree: null });
    expect(await viaXml2js(' \n ')).toEqual({ tree: null });
  });
});

describe('readXmlTree refuses what it cannot read exactly, leaving it to xml2js', () => {
  it.each([
    ['carriage returns, which XML turns into newlines and sax keeps', rss('<item><title>a\r\nb</title></item>')],
    ['a newline inside an attribute value, which XML turns into a space', rss('<item><link href="https://x.example/\n"/></item>')],
    ['a tab inside an attribute value', rss("<item><link href='a\tb'/></item>")],
    ['an unclosed element', '<rss version="2.0"><channel><title>T</title>'],
    ['a mismatched close tag', '<rss version="2.0"><channel></item></channel></rss>'],
    ['an undefined entity', rss('<item><title>&bogus;</title></item>')],
    ['a bare ampersand', rss('<item><title>AT&T buys</title></item>')],
    ['text after the root', `${rss('')}trailing`],
    ['a second root element', `${rss('')}<rss/>`],
    ['a child named like the text key', rss('<item><_>x</_></item>')],
    ['a control character', rss('<item><title>a\u0001b</title></item>')],
    ['a non-breaking space before the root, which sax rejects', `\u00A0${rss('')}`],
  ])('%s', (_label, xml) => {
    expect(readXmlTree(xml)).toMatchObject({ kind: 'unreadable', reason: expect.any(String) });
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

describeShared('readXmlTree on the feed corpus', () => {
  it('gives xml2js’s tree for every document it accepts, accepts none that xml2js rejects, and accepts most', async () => {
    const files = walk(sharedPath('corpus/feeds')).filter((f) => /\.(xml|rss|atom|rdf|gz)$/i.test(f));
    let accepted = 0;
    for (const file of files) {
      const raw = readFileSync(file);
      const { text } = decodeBody(raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw, null);
      const fast = readXmlTree(text);
      if (fast.kind === 'unreadable') continue;
      const tree = fast.tree;
      accepted++;
      const expected = await viaXml2js(text);
      expect('tree' in expected ? undefined : expected.error, file).toBeUndefined();
      if ('tree' in expected) expect(asJson(tree), file).toBe(asJson(expected.tree));
    }
    // 114 of 124 at the time of writing; a fast path that refused everything would pass the rest.
    expect(accepted / files.length).toBeGreaterThan(0.85);
  });
});

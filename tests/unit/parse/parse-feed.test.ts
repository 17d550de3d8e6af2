import iconv from 'iconv-lite';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ParseError, parseFeed } from '../../../src/parse/index.js';

const utf8 = (text: string): Buffer => Buffer.from(text, 'utf8');

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>Deals</title><link>https://news.example.com/</link><ttl>30</ttl>
<atom:link href="https://news.example.com/feed" rel="self"/>
<item><title>Acme buys Widget</title><link>/a/1</link><guid isPermaLink="false">id-1</guid>
<description>&lt;p&gt;Short&lt;/p&gt;</description><content:encoded><![CDATA[<p>Full <b>story</b></p>]]></content:encoded>
<pubDate>Tue, 03 Jun 2003 09:39:21 GMT</pubDate><dc:creator>Jane</dc:creator>
<category domain="x">M&amp;A</category><category>Tech</category></item>
</channel></rss>`;

const RSS091 = `<rss version="0.91"><channel><title>Old</title><link>http://old.example.com/</link>
<item><title>One</title><link>http://old.example.com/1</link><description>First</description></item></channel></rss>`;

const RSS092 = `<rss version="0.92"><channel><title>Old</title><item><description>No title here</description></item></channel></rss>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://rdf.example.com/"><title>RDF</title><link>http://rdf.example.com/</link></channel>
<item rdf:about="http://rdf.example.com/1"><title>R1</title><link>http://rdf.example.com/1</link>
<description>Desc</description><dc:date>2017-06-15T17:29:47Z</dc:date><dc:creator>Ann</dc:creator><dc:subject>Bio</dc:subject></item>
</rdf:RDF>`;

const ATOM10 = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example.com/blog/">
<title>Atom</title><link rel="self" href="https://atom.example.com/feed.xml"/><link href="https://atom.example.com/"/>
<entry><title type="html">A &amp;lt;b&amp;gt;bold&amp;lt;/b&amp;gt; move</title>
<link rel="replies" href="/comments/1"/><link rel="alternate" type="text/html" href="posts/1"/>
<id>urn:uuid:1</id><updated>2024-01-02T03:04:05Z</updated><published>not a date</published>
<author><name>Bob</name></author><category term="deals" label="Deals"/><category term="tech"/>
<summary>Plain &lt;summary&gt;</summary><content type="html">&lt;p&gt;Body&lt;/p&gt;</content></entry>
</feed>`;

const ATOM03 = `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
<link rel="alternate" type="text/html" href="http://a03.example.com/"/>
<entry><title>E1</title><link rel="alternate" type="text/html" href="http://a03.example.com/1"/><id>tag:1</id>
<issued>2003-12-13T08:29:29-04:00</issued><content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content></entry></feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON',
  home_page_url: 'https://json.example.com/',
  authors: [{ name: 'Feed Author' }],
  items: [
    {
      id: 1,
      url: 'https://json.example.com/1',
      title: 'J1',
      content_html: '<p>Hello</p>',
      summary: 'Sum',
      date_published: '2020-01-24T23:46:57Z',
      tags: ['a', 'b'],
    },
    { id: '2', external_url: 'https://ext.example.com/2', content_text: 'a < b', author: { name: 'Old Style' } },
  ],
});

describe('parseFeed formats', () => {
  it.each([
    ['RSS 2.0', RSS2, 'rss', 1],
    ['RSS 0.91', RSS091, 'rss', 1],
    ['RSS 0.92 without titles', RSS092, 'rss', 1],
    ['RSS 1.0 (RDF)', RDF, 'rdf', 1],
    ['Atom 1.0', ATOM10, 'atom', 1],
    ['Atom 0.3', ATOM03, 'atom', 1],
    ['JSON Feed 1.1', JSON_FEED, 'json', 2],
  ] as const)('%s', async (_name, body, format, count) => {
    const feed = await parseFeed(utf8(body), { contentType: null });
    expect(feed.format).toBe(format);
    expect(feed.items).toHaveLength(count);
  });

  it('maps RSS 2.0 fields', async () => {
    const feed = await parseFeed(utf8(RSS2), { contentType: 'application/rss+xml' });
    expect(feed).toMatchObject({ title: 'Deals', link: 'https://news.example.com/', ttlMinutes: 30 });
    expect(feed.items[0]).toEqual({
      guid: 'id-1',
      link: '/a/1',
      title: 'Acme buys Widget',
      contentHtml: '<p>Full <b>story</b></p>',
      summaryHtml: '<p>Short</p>',
      published: 'Tue, 03 Jun 2003 09:39:21 GMT',
      author: 'Jane',
      categories: ['M&A', 'Tech'],
    });
  });

  it('maps RDF fields (dc:date, dc:creator, dc:subject, rdf:about)', async () => {
    const item = (await parseFeed(utf8(RDF), { contentType: null })).items[0];
    expect(item).toMatchObject({ guid: 'http://rdf.example.com/1', published: '2017-06-15T17:29:47Z', author: 'Ann', categories: ['Bio'] });
  });

  it('maps Atom fields: rel=alternate link resolved against xml:base, bad published falls back', async () => {
    const feed = await parseFeed(utf8(ATOM10), { contentType: null });
    expect(feed.link).toBe('https://atom.example.com/');
    expect(feed.items[0]).toEqual({
      guid: 'urn:uuid:1',
      link: 'https://atom.example.com/blog/posts/1',
      title: 'A &lt;b&gt;bold&lt;/b&gt; move',
      contentHtml: '<p>Body</p>',
      summaryHtml: 'Plain <summary>',
      published: 'not a date',
      author: 'Bob',
      categories: ['Deals', 'tech'],
    });
  });

  it('maps Atom 0.3 issued and escaped content', async () => {
    const item = (await parseFeed(utf8(ATOM03), { contentType: null })).items[0];
    expect(item).toMatchObject({ link: 'http://a03.example.com/1', published: '2003-12-13T08:29:29-04:00', contentHtml: '<p>Hi</p>' });
  });

  it('reads an Atom feed that binds the Atom namespace to a prefix', async () => {
    const body = `<a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:title>P</a:title><a:entry><a:title>E</a:title><a:id>1</a:id></a:entry></a:feed>`;
    const feed = await parseFeed(utf8(body), { contentType: null });
    expect(feed.items.map((item) => item.title)).toEqual(['E']);
  });

  it('maps JSON Feed fields, escaping content_text', async () => {
    const feed = await parseFeed(utf8(JSON_FEED), { contentType: 'application/feed+json' });
    expect(feed).toMatchObject({ title: 'JSON', link: 'https://json.example.com/', ttlMinutes: null });
    expect(feed.items[0]).toEqual({
      guid: '1',
      link: 'https://json.example.com/1',
      title: 'J1',
      contentHtml: '<p>Hello</p>',
      summaryHtml: 'Sum',
      published: '2020-01-24T23:46:57Z',
      author: 'Feed Author',
      categories: ['a', 'b'],
    });
    expect(feed.items[1]).toMatchObject({ guid: '2', link: 'https://ext.example.com/2', title: null, contentHtml: 'a &lt; b', author: 'Old Style' });
  });

  it('reads JSON Feed 1.0 by content-type even with leading whitespace', async () => {
    const body = `\n  ${JSON.stringify({ version: 'https://jsonfeed.org/version/1', items: [{ id: 'x', title: 'T' }] })}`;
    const feed = await parseFeed(utf8(body), { contentType: 'application/json' });
    expect(feed.items[0]?.title).toBe('T');
  });

  it('gunzips a gzip body', async () => {
    const feed = await parseFeed(gzipSync(utf8(RSS2)), { contentType: null });
    expect(feed.items).toHaveLength(1);
  });
});

describe('parseFeed charsets', () => {
  const rssWith = (encoding: string | null, title: string): string =>
    `${encoding ? `<?xml version="1.0" encoding="${encoding}"?>` : ''}<rss version="2.0"><channel><title>c</title><item><title>${title}</title></item></channel></rss>`;
  const title = async (body: Buffer, contentType: string | null): Promise<string | null> => (await parseFeed(body, { contentType })).items[0]?.title ?? null;

  it.each([
    ['ISO-8859-1 from the XML declaration', iconv.encode(rssWith('ISO-8859-1', 'Förderung café'), 'latin1'), null, 'Förderung café'],
    ['windows-1251 from the XML declaration', iconv.encode(rssWith('windows-1251', 'Новости'), 'win1251'), null, 'Новости'],
    ['windows-1251 from the content-type header', iconv.encode(rssWith(null, 'Новости'), 'win1251'), 'text/xml; charset=windows-1251', 'Новости'],
    ['koi8-r from the header over a missing declaration', iconv.encode(rssWith(null, 'Привет'), 'koi8-r'), 'application/rss+xml; charset="KOI8-R"', 'Привет'],
    ['windows-1252 curly quotes', iconv.encode(rssWith('windows-1252', '“Deal” – done'), 'win1252'), null, '“Deal” – done'],
    ['UTF-8 BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(rssWith('utf-8', 'Ünïcode'))]), null, 'Ünïcode'],
    ['UTF-16LE BOM', iconv.encode(rssWith('utf-16', 'Ünïcode'), 'utf-16le', { addBOM: true }), null, 'Ünïcode'],
    ['UTF-16BE BOM', iconv.encode(rssWith('utf-16', 'Ünïcode'), 'utf-16be', { addBOM: true }), null, 'Ünïcode'],
    ['BOM wins over a wrong header', iconv.encode(rssWith(null, 'Ünïcode'), 'utf-16le', { addBOM: true }), 'text/xml; charset=iso-8859-1', 'Ünïcode'],
    ['header says UTF-8, bytes are windows-1252 as declared', iconv.encode(rssWith('windows-1252', 'café'), 'win1252'), 'text/xml; charset=utf-8', 'café'],
    ['header says UTF-8, bytes are Latin-1, nothing declared', iconv.encode(rssWith(null, 'café'), 'latin1'), 'text/xml; charset=utf-8', 'café'],
    ['header says ISO-8859-1, declaration and bytes are UTF-8', utf8(rssWith('utf-8', 'café')), 'text/xml; charset=iso-8859-1', 'café'],
    ['unknown header charset falls through to the declaration', iconv.encode(rssWith('iso-8859-1', 'café'), 'latin1'), 'text/xml; charset=x-bogus', 'café'],
  ] as const)('%s', async (_name, body, contentType, expected) => {
    expect(await title(body, contentType)).toBe(expected);
  });

  it('tolerates whitespace and a BOM before <?xml', async () => {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8(`\n\n   \t${rssWith('utf-8', 'ok')}`)]);
    expect(await title(body, null)).toBe('ok');
  });
});

describe('parseFeed lenient retry', () => {
  const withTitle = (raw: string): Buffer =>
    utf8(`<rss version="2.0"><channel><title>c</title><item><title>${raw}</title><description>d</description></item></channel></rss>`);

  it.each([
    ['bare ampersand', 'Smith & Sons', 'Smith & Sons'],
    ['ampersand in a query string', 'a?x=1&y=2', 'a?x=1&y=2'],
    ['HTML named entities', 'caf&eacute; &mdash; &hellip; &copy;', 'café — … ©'],
    ['an HTML entity that decodes to markup', 'a &LT; b', 'a < b'],
    ['an unknown entity kept as text', 'x &bogus; y', 'x &bogus; y'],
    ['control characters', 'ok\u0001\u0008\u000b', 'ok'],
    ['numeric references untouched', '&#233;&#xE9;', 'éé'],
  ] as const)('%s', async (_name, raw, expected) => {
    const feed = await parseFeed(withTitle(raw), { contentType: null });
    expect(feed.items[0]?.title).toBe(expected);
  });

  it('closes an unclosed CDATA section', async () => {
    const body = utf8('<rss version="2.0"><channel><title>c</title><item><title>t</title><description><![CDATA[<p>x</p></description></item></channel></rss>');
    const feed = await parseFeed(body, { contentType: null });
    expect(feed.items[0]?.summaryHtml).toBe('<p>x</p>');
  });

  it('leaves CDATA contents alone while repairing the rest', async () => {
    const body = utf8(
      '<rss version="2.0"><channel><title>A & B</title><item><title>t</title><description><![CDATA[x &amp; y &nbsp;]]></description></item></channel></rss>',
    );
    const feed = await parseFeed(body, { contentType: null });
    expect(feed.title).toBe('A & B');
    expect(feed.items[0]?.summaryHtml).toBe('x &amp; y &nbsp;');
  });

  it('gives up with a one-line malformed error from the strict parser', async () => {
    const error = await parseFeed(utf8('<rss version="2.0"><channel><title>t</title><item></channel>'), { contentType: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ code: 'malformed' });
    expect((error as ParseError).message).toMatch(/^malformed feed: /);
    expect((error as ParseError).message).not.toContain('\n');
  });
});

describe('parseFeed errors', () => {
  const failure = async (body: Buffer, meta: { contentType: string | null; url?: string }): Promise<ParseError> => {
    const error = await parseFeed(body, meta).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ParseError);
    return error as ParseError;
  };

  it.each([
    ['empty body', Buffer.alloc(0), 'empty', /^empty body/],
    ['whitespace only', utf8(' \n\t '), 'empty', /^empty body/],
    ['plain text', utf8('hello world'), 'not-a-feed', /^not a feed \(neither XML nor JSON/],
    ['other XML', utf8('<?xml version="1.0"?><catalog><book/></catalog>'), 'not-a-feed', /^not a feed \(XML whose root element <catalog>/],
    ['JSON that is not a feed', utf8('{"hello": 1}'), 'not-a-feed', /^not a feed \(JSON/],
    ['RSS without a channel', utf8('<rss version="2.0"/>'), 'malformed', /^malformed feed: no <channel> element$/],
    [
      'RDF without a channel',
      utf8('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"></rdf:RDF>'),
      'malformed',
      /^malformed feed: no <channel> element$/,
    ],
    ['broken JSON', utf8('{"version": "https://jsonfeed.org/version/1", '), 'malformed', /^invalid JSON/],
    [
      'HTML page',
      utf8('<!DOCTYPE html><html><head><title>x</title></head><body><p>hi</body></html>'),
      'not-a-feed',
      /^not a feed \(looks like an HTML page\)$/,
    ],
    ['HTML without doctype', utf8('<html><body>hi</body></html>'), 'not-a-feed', /^not a feed \(looks like an HTML page\)$/],
    [
      'XHTML with an XML declaration',
      utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head/><body/></html>'),
      'not-a-feed',
      /^not a feed \(looks like an HTML page\)$/,
    ],
  ] as const)('%s', async (_name, body, code, message) => {
    const error = await failure(body, { contentType: null });
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('names the feeds an HTML page advertises, as absolute URLs', async () => {
    const html = `<!doctype html><html><head>
      <link rel="stylesheet" href="/style.css">
      <link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
      <link type="application/atom+xml" rel="alternate" href='https://cdn.example.com/atom.xml'>
      <link rel="alternate" type="application/feed+json" href="feed.json">
      <link rel="alternate" hreflang="de" href="/de/">
    </head><body><link rel="alternate" type="application/rss+xml" href="/not-in-head.xml"></body></html>`;
    const error = await failure(utf8(html), { contentType: 'text/html', url: 'https://example.com/blog/' });
    expect(error.message).toBe(
      'not a feed (looks like an HTML page; it advertises https://example.com/feed.xml, https://cdn.example.com/atom.xml, https://example.com/blog/feed.json)',
    );
  });
});

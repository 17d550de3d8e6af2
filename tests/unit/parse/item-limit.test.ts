import { InvalidOptionError } from '../../../src/model/errors.js';
import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../../src/model/feed.js';
import { DEFAULT_MAX_ITEMS_PER_POLL, limitItems, parseFeed, selectNewest } from '../../../src/parse/index.js';

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const raw = (guid: string, published: string | null): RawItem => ({
  guid,
  link: null,
  title: guid,
  contentHtml: null,
  summaryHtml: null,
  published,
  author: null,
  categories: [],
});
const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toUTCString();
const guids = (items: readonly { guid: string | null }[]) => items.map((item) => item.guid);

describe('limitItems / selectNewest', () => {
  it('keeps everything under the cap', () => {
    const items = [raw('a', null), raw('b', null)];
    expect(limitItems(items, 2)).toEqual({ items, dropped: 0 });
    expect(DEFAULT_MAX_ITEMS_PER_POLL).toBe(500);
    expect(limitItems(Array.from({ length: 500 }, (_, i) => raw(`i${i}`, null))).dropped).toBe(0);
    expect(limitItems(Array.from({ length: 501 }, (_, i) => raw(`i${i}`, null))).dropped).toBe(1);
  });

  it('keeps the newest by date, in feed order, even when the feed lists oldest first', () => {
    const oldestFirst = Array.from({ length: 10 }, (_, i) => raw(`d${i}`, day(i)));
    const { items, dropped } = limitItems(oldestFirst, 3);
    expect(guids(items)).toEqual(['d7', 'd8', 'd9']);
    expect(dropped).toBe(7);
  });

  it('dates in mixed formats are compared as instants', () => {
    const items = [raw('iso', '2024-03-01T00:00:00+05:00'), raw('rfc', 'Thu, 29 Feb 2024 20:00:00 GMT'), raw('old', '2020-01-01')];
    // 2024-03-01T00:00+05:00 is 29 Feb 19:00 UTC, an hour before "rfc".
    expect(guids(limitItems(items, 1).items)).toEqual(['rfc']);
    expect(guids(limitItems(items, 2).items)).toEqual(['iso', 'rfc']);
  });

  it('without dates keeps the first items: feeds list newest first', () => {
    const items = Array.from({ length: 6 }, (_, i) => raw(`u${i}`, i % 2 ? 'not a date' : null));
    expect(guids(limitItems(items, 2).items)).toEqual(['u0', 'u1']);
  });

  it('an undated item counts as new as the nearest dated item above it; items above every dated one as newest', () => {
    const items = [
      raw('top', null), // above every dated item: newest
      raw('d5', day(5)),
      raw('after-d5', null), // as new as d5, and below it
      raw('d1', day(1)),
      raw('after-d1', null),
      raw('d9', day(9)),
    ];
    expect(guids(limitItems(items, 1).items)).toEqual(['top']);
    expect(guids(limitItems(items, 2).items)).toEqual(['top', 'd9']);
    expect(guids(limitItems(items, 4).items)).toEqual(['top', 'd5', 'after-d5', 'd9']);
  });

  it('equal dates go to the item higher up in the feed', () => {
    const items = [raw('a', day(1)), raw('b', day(1)), raw('c', day(1))];
    expect(guids(limitItems(items, 2).items)).toEqual(['a', 'b']);
  });

  it('impossible dates count as no date', () => {
    const items = [raw('bogus', 'Fri, 30 Feb 2024 10:00:00 GMT'), raw('real', day(3))];
    // "bogus" is above every dated item, so it is newest, not read as 1 March.
    expect(guids(limitItems(items, 1).items)).toEqual(['bogus']);
  });

  it('accepts 0 and Infinity, refuses anything else', () => {
    const items = [raw('a', null), raw('b', null)];
    expect(limitItems(items, 0)).toEqual({ items: [], dropped: 2 });
    expect(limitItems(items, Infinity)).toEqual({ items, dropped: 0 });
    for (const bad of [-1, 1.5, Number.NaN]) expect(() => selectNewest(items, bad, () => null)).toThrow(InvalidOptionError);
  });
});

function jsonFeed(count: number): string {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `item-${i}`,
    url: `https://example.com/${i}`,
    title: `Item ${i}`,
    content_text: 'x',
    date_published: new Date(Date.UTC(2024, 0, 1) + i * 1000).toISOString(),
  }));
  return JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'big', items });
}

describe('parseFeed with maxItems', () => {
  it('reads all items and reports none dropped when no cap is given', async () => {
    const feed = await parseFeed(utf8(jsonFeed(700)), { contentType: 'application/feed+json' });
    expect(feed.items).toHaveLength(700);
    expect(feed.droppedItems).toBe(0);
  });

  it('a 4.5 MB JSON Feed with 300,000 items yields 500 and counts the rest', async () => {
    // The shape from issue 9: tiny items, no dates, so the first 500 are the newest.
    const items = Array.from({ length: 300_000 }, (_, i) => `{"id":"${i}"}`).join(',');
    const body = utf8(`{"version":"https://jsonfeed.org/version/1","title":"big","items":[${items}]}`);
    expect(body.length).toBeLessThan(5 * 1024 * 1024);
    const started = performance.now();
    const feed = await parseFeed(body, { contentType: 'application/feed+json', maxItems: DEFAULT_MAX_ITEMS_PER_POLL });
    const ms = performance.now() - started;
    expect(feed.items).toHaveLength(500);
    expect(feed.droppedItems).toBe(299_500);
    expect(guids([feed.items[0]!, feed.items[499]!])).toEqual(['0', '499']);
    console.info(`[item-limit] ${(body.length / 1024 / 1024).toFixed(1)} MB JSON Feed, 300,000 items: 500 kept in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(5_000);
  });

  it('a JSON Feed listed oldest first yields its newest items, in document order', async () => {
    const feed = await parseFeed(utf8(jsonFeed(20_000)), { contentType: 'application/feed+json', maxItems: 500 });
    expect(feed.items).toHaveLength(500);
    expect(feed.droppedItems).toBe(19_500);
    expect(guids([feed.items[0]!, feed.items[499]!])).toEqual(['item-19500', 'item-19999']);
  });

  const rssItem = (i: number) => `<item><guid>r${i}</guid><title>R${i}</title><description>d</description><pubDate>${day(i)}</pubDate></item>`;

  it('RSS 2.0 (with iTunes decoration) keeps the newest items', async () => {
    const items = Array.from({ length: 40 }, (_, i) => rssItem(i)).join('');
    const body = `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>t</title>${items}</channel></rss>`;
    const feed = await parseFeed(utf8(body), { contentType: null, maxItems: 3 });
    expect(guids(feed.items)).toEqual(['r37', 'r38', 'r39']);
    expect(feed.droppedItems).toBe(37);
    expect(feed.items[0]).toMatchObject({ title: 'R37', summaryHtml: 'd', published: day(37) });
  });

  it('RSS 0.91 and RSS 1.0 (items beside the channel) keep the newest items', async () => {
    const items = Array.from({ length: 10 }, (_, i) => rssItem(i)).join('');
    const rss091 = await parseFeed(utf8(`<rss version="0.91"><channel><title>t</title>${items}</channel></rss>`), { contentType: null, maxItems: 2 });
    expect(guids(rss091.items)).toEqual(['r8', 'r9']);
    const rdfItems = Array.from(
      { length: 10 },
      (_, i) => `<item rdf:about="https://example.com/${i}"><title>R${i}</title><dc:date>2024-01-${String(i + 1).padStart(2, '0')}</dc:date></item>`,
    ).join('');
    const rdf = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>t</title></channel>${rdfItems}</rdf:RDF>`;
    const feed = await parseFeed(utf8(rdf), { contentType: null, maxItems: 2 });
    expect(feed.items.map((item) => item.title)).toEqual(['R8', 'R9']);
    expect(feed.droppedItems).toBe(8);
  });

  it('Atom keeps the newest entries, and entries without dates keep feed order', async () => {
    const entries = Array.from(
      { length: 10 },
      (_, i) => `<entry><id>e${i}</id><title>E${i}</title><updated>2024-01-${String(10 - i).padStart(2, '0')}T00:00:00Z</updated></entry>`,
    ).join('');
    const feed = await parseFeed(utf8(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${entries}</feed>`), { contentType: null, maxItems: 3 });
    expect(guids(feed.items)).toEqual(['e0', 'e1', 'e2']);
    expect(feed.droppedItems).toBe(7);
    const undated = Array.from({ length: 5 }, (_, i) => `<entry><id>u${i}</id><title>U${i}</title></entry>`).join('');
    const plain = await parseFeed(utf8(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>${undated}</feed>`), { contentType: null, maxItems: 2 });
    expect(guids(plain.items)).toEqual(['u0', 'u1']);
  });

  it('the cap also holds on the lenient second try', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `<item><guid>r${i}</guid><title>R${i} &nbsp; &</title></item>`).join('');
    const feed = await parseFeed(utf8(`<rss version="2.0"><channel><title>t</title>${items}</channel></rss>`), { contentType: null, maxItems: 4 });
    expect(guids(feed.items)).toEqual(['r0', 'r1', 'r2', 'r3']);
    expect(feed.droppedItems).toBe(6);
  });
});

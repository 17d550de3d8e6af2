import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../../src/model/feed.js';
import { normalizeItem } from '../../../src/normalize/index.js';

const raw = (overrides: Partial<RawItem>): RawItem => ({
  guid: null,
  link: null,
  title: null,
  contentHtml: null,
  summaryHtml: null,
  published: null,
  author: null,
  categories: [],
  ...overrides,
});

describe('normalizeItem', () => {
  it('normalizes a full item', () => {
    const item = normalizeItem(
      raw({
        guid: ' id-1 ',
        link: '/2024/deal?utm_source=rss&id=7#top',
        title: '  Acme &amp; <b>Widget</b>\n agree  ',
        contentHtml: '<p>Acme agreed to buy <a href="/w">Widget</a>.</p><script>x()</script><p>More.</p>',
        summaryHtml: 'ignored when content is present',
        published: 'Tue, 03 Jun 2003 09:39:21 GMT',
        author: ' Jane &amp; John ',
        categories: ['M&amp;A', 'Tech', 'Tech', ' '],
      }),
      { baseUrl: 'https://news.example.com/feed/' },
    );
    expect(item).toEqual({
      guid: 'id-1',
      url: 'https://news.example.com/2024/deal?utm_source=rss&id=7#top',
      canonicalUrl: 'https://news.example.com/2024/deal?id=7',
      title: 'Acme & Widget agree',
      text: 'Acme agreed to buy Widget.\nMore.',
      publishedAt: new Date('2003-06-03T09:39:21Z'),
      author: 'Jane & John',
      categories: ['M&A', 'Tech'],
    });
  });

  it.each([
    ['summary when there is no content', raw({ summaryHtml: '<p>Sum &eacute;</p>' }), 'Sum é'],
    ['summary when content is only markup', raw({ contentHtml: '<img src="x.png">', summaryHtml: 'Sum' }), 'Sum'],
    ['empty when neither', raw({}), ''],
  ] as const)('text: %s', (_name, input, expected) => {
    expect(normalizeItem(input, { baseUrl: null }).text).toBe(expected);
  });

  it('falls back to the first ~80 characters of text for a missing title, cut at a word', () => {
    const text = 'Acme Corporation has agreed to acquire Widget Industries for four billion dollars in cash and stock, the companies said.';
    const item = normalizeItem(raw({ title: '  ', summaryHtml: text }), { baseUrl: null });
    expect(item.title).toBe('Acme Corporation has agreed to acquire Widget Industries for four billion…');
    expect(item.title.length).toBeLessThanOrEqual(81);
    expect(normalizeItem(raw({ summaryHtml: 'Short one' }), { baseUrl: null }).title).toBe('Short one');
    expect(normalizeItem(raw({}), { baseUrl: null }).title).toBe('');
  });

  it.each([
    ['absolute link kept', raw({ link: 'https://a.com/x' }), 'https://b.com/', 'https://a.com/x'],
    ['relative link resolved against the base', raw({ link: 'x/y' }), 'https://b.com/news/', 'https://b.com/news/x/y'],
    ['relative link without a base is dropped', raw({ link: '/x' }), null, null],
    ['permalink guid used when there is no link', raw({ guid: 'https://a.com/p/1' }), null, 'https://a.com/p/1'],
    ['non-URL guid is not a link', raw({ guid: 'tag:a.com,2024:1' }), 'https://a.com/', null],
  ] as const)('url: %s', (_name, input, baseUrl, expected) => {
    const item = normalizeItem(input, { baseUrl });
    expect(item.url).toBe(expected);
    expect(item.canonicalUrl).toBe(expected);
  });

  it('gives a null date for an unparseable one', () => {
    expect(normalizeItem(raw({ published: 'yesterday-ish' }), { baseUrl: null }).publishedAt).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { RawItem } from '../../../src/model/feed.js';
import { capItemText, DEFAULT_ITEM_TEXT_LIMITS, normalizeItem } from '../../../src/normalize/index.js';

const raw = (overrides: Partial<RawItem>): RawItem => ({
  guid: 'g',
  link: 'https://example.com/a',
  title: 'Title',
  contentHtml: null,
  summaryHtml: null,
  published: null,
  author: null,
  categories: [],
  ...overrides,
});
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ctx = { baseUrl: null };

describe('capItemText', () => {
  it('leaves an item within the limits alone (same object)', () => {
    const item = raw({ contentHtml: '<p>short</p>', categories: ['M&A'] });
    expect(capItemText(item)).toBe(item);
  });

  it('cuts title, author, content, summary and categories to the defaults, on grapheme boundaries', () => {
    const { titleChars, contentChars, maxCategories } = DEFAULT_ITEM_TEXT_LIMITS;
    expect([titleChars, contentChars, maxCategories]).toEqual([1_000, 100_000, 50]);
    // An emoji straddles each cut point.
    const item = raw({
      title: `${'t'.repeat(titleChars - 2)}😀😀😀`,
      author: 'a'.repeat(5_000),
      contentHtml: `<p>${'c'.repeat(contentChars - 5)}👨‍👩‍👧‍👦 tail</p>`,
      summaryHtml: 's'.repeat(contentChars * 3),
      categories: Array.from({ length: 80 }, (_, i) => (i === 0 ? 'x'.repeat(2_000) : `cat ${i}`)),
    });
    const out = capItemText(item);
    for (const [value, max] of [
      [out.title, titleChars],
      [out.author, titleChars],
      [out.contentHtml, contentChars],
      [out.summaryHtml, contentChars],
    ] as const) {
      expect(value!.length).toBeLessThanOrEqual(max);
      expect(value!.endsWith('…')).toBe(true);
      expect(LONE_SURROGATE.test(value!)).toBe(false);
    }
    expect(out.title).toBe(`${'t'.repeat(titleChars - 2)}…`);
    expect(out.contentHtml).toBe(`<p>${'c'.repeat(contentChars - 5)}…`);
    expect(out.categories).toHaveLength(maxCategories);
    expect(out.categories[0]).toHaveLength(titleChars);
    expect(out.categories[1]).toBe('cat 1');
    expect([out.guid, out.link, out.published]).toEqual([item.guid, item.link, item.published]);
  });

  it('takes custom limits', () => {
    const out = capItemText(raw({ title: 'Acme buys Widget', contentHtml: 'abcdefghij' }), { titleChars: 8, contentChars: 5, maxCategories: 1 });
    expect(out.title).toBe('Acme bu…');
    expect(out.contentHtml).toBe('abcd…');
  });
});

describe('normalizeItem applies the text limits', () => {
  it('a 4 MB content item becomes at most 100,000 characters of text, quickly', () => {
    const paragraph = '<p>Acme <b>agrees</b> to buy Widget &amp; Co. for $2bn 🎉</p>\n';
    const contentHtml = paragraph.repeat(Math.ceil((4 * 1024 * 1024) / paragraph.length));
    const started = performance.now();
    const item = normalizeItem(raw({ title: `${'T'.repeat(50_000)}`, contentHtml }), ctx);
    const ms = performance.now() - started;
    expect(item.text.length).toBeLessThanOrEqual(DEFAULT_ITEM_TEXT_LIMITS.contentChars);
    expect(item.text.startsWith('Acme agrees to buy Widget & Co. for $2bn 🎉\n')).toBe(true);
    expect(LONE_SURROGATE.test(item.text)).toBe(false);
    expect(item.title.length).toBeLessThanOrEqual(DEFAULT_ITEM_TEXT_LIMITS.titleChars);
    expect(ms).toBeLessThan(2_000);
  });

  it('ctx.textLimits overrides the defaults', () => {
    const item = normalizeItem(raw({ title: 'A long title here', summaryHtml: 'one two three four' }), {
      baseUrl: null,
      textLimits: { titleChars: 7, contentChars: 8, maxCategories: 5 },
    });
    expect(item.title).toBe('A long…');
    expect(item.text).toBe('one two…');
  });

  it('the fallback title never splits an emoji or a ZWJ sequence', () => {
    for (let pad = 70; pad <= 80; pad++) {
      const text = `${'x'.repeat(pad)}${'👨‍👩‍👧‍👦'.repeat(3)}${'y'.repeat(40)}`;
      const item = normalizeItem(raw({ title: null, summaryHtml: text }), ctx);
      expect(LONE_SURROGATE.test(item.title)).toBe(false);
      expect(item.title.endsWith('…')).toBe(true);
      expect(text.startsWith(item.title.slice(0, -1))).toBe(true);
      const kept = item.title.slice(0, -1);
      // Only whole families: the kept part past the x's is a multiple of the family's 11 units.
      expect((kept.length - Math.min(kept.length, pad)) % 11).toBe(0);
    }
  });
});

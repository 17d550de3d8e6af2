import { describe, expect, it } from 'vitest';
import { DEAL_COLOURS, EMBED_LIMITS, dealEmbed, dealMessage, embedLength } from '../../../src/chat/discord/discord-embed.js';
import { cut, escapeAndCut, escapeFeedText } from '../../../src/chat/discord/discord-text.js';
import { LINK_LIMITS, safeLink } from '../../../src/chat/link-policy.js';
import { DEAL_TYPES } from '../../../src/model/deal.js';
import { sampleDeal } from '../../helpers/fake-discord.js';

describe('escapeFeedText', () => {
  it.each([
    { name: 'masked link', input: '[Click](https://evil.example)', expected: '\\[Click\\](https://evil.example)' },
    {
      name: 'two masked links on one line',
      input: '[a](https://x.example) [b](https://y.example)',
      expected: '\\[a\\](https://x.example) \\[b\\](https://y.example)',
    },
    { name: 'bold and italics', input: '**big** _it_ *it*', expected: '\\*\\*big\\*\\* \\_it\\_ \\*it\\*' },
    { name: 'heading', input: '# Title', expected: '\\# Title' },
    { name: 'bulleted list', input: '- one\n* two', expected: '\\- one\n\\* two' },
    { name: 'numbered list', input: '1. first', expected: '1\\. first' },
    { name: 'code block', input: '```js\nx\n```', expected: '\\`\\`\\`js\nx\n\\`\\`\\`' },
    { name: 'inline code', input: 'a `b` c', expected: 'a \\`b\\` c' },
    { name: 'spoiler and strike', input: '||s|| ~~d~~', expected: '\\|\\|s\\|\\| \\~\\~d\\~\\~' },
    { name: 'block quote', input: '> quoted', expected: '\\> quoted' },
    { name: 'subtext', input: '-# small', expected: '\\-# small' },
    { name: 'backslash', input: 'a\\b', expected: 'a\\\\b' },
    { name: '@everyone', input: 'hi @everyone', expected: 'hi @\u200beveryone' },
    { name: '@here', input: '@here now', expected: '@\u200bhere now' },
    { name: 'user mention', input: '<@123>', expected: '<\u200b@123>' },
    { name: 'role mention', input: '<@&9>', expected: '<\u200b@&9>' },
    { name: 'a run escapeMarkdown misses', input: '****', expected: '\\*\\*\\*\\*' },
    { name: 'lone tilde and pipe', input: '~a |b', expected: '\\~a \\|b' },
    { name: 'plain text', input: 'OpenAI buys Foo for $1bn', expected: 'OpenAI buys Foo for $1bn' },
  ])('escapes $name', ({ input, expected }) => {
    expect(escapeFeedText(input)).toBe(expected);
  });
});

describe('cut and escapeAndCut', () => {
  it.each([
    { input: 'short', max: 10, expected: 'short' },
    { input: 'exactly10!', max: 10, expected: 'exactly10!' },
    { input: 'this is too long', max: 10, expected: 'this is t…' },
    { input: 'ab😀cd', max: 4, expected: 'ab…' },
  ])('cut($input, $max) = $expected', ({ input, max, expected }) => {
    const out = cut(input, max);
    expect(out).toBe(expected);
    expect(out.length).toBeLessThanOrEqual(max);
  });

  it('never leaves an escape dangling before the ellipsis', () => {
    for (let max = 2; max < 40; max++) {
      const out = escapeAndCut('*'.repeat(50), max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out.endsWith('…')).toBe(true);
      expect(out.slice(0, -1)).toMatch(/^(\\\*)*$/);
    }
  });
});

describe('the link policy, as embeds use it', () => {
  it.each([
    { url: 'https://a.example/x', ok: true },
    { url: 'http://a.example/', ok: true },
    { url: 'javascript:alert(1)', ok: false },
    { url: 'data:text/html,x', ok: false },
    { url: 'not a url', ok: false },
    { url: 'https://news.example.com@evil.example/', ok: false },
    { url: 'https://user:pw@a.example/', ok: false },
    { url: `https://a.example/${'x'.repeat(2100)}`, ok: false },
    { url: null, ok: false },
  ])('$url → $ok', ({ url, ok }) => {
    expect(safeLink(url, LINK_LIMITS.discordEmbedUrl) !== null).toBe(ok);
  });
});

describe('dealEmbed', () => {
  it('renders title, link, summary, fields, colour, footer and timestamp', () => {
    const embed = dealEmbed(sampleDeal());
    expect(embed).toEqual({
      title: 'Microsoft invests $10 billion in OpenAI',
      url: 'https://news.example/openai-microsoft',
      description: 'Microsoft will invest $10 billion in OpenAI, extending their partnership.',
      color: DEAL_COLOURS.investment,
      fields: [
        { name: 'Parties', value: 'Microsoft (investor), OpenAI (investee)', inline: false },
        { name: 'Type', value: 'Investment', inline: true },
        { name: 'Amount', value: '$10 billion', inline: true },
      ],
      footer: { text: 'Example News' },
      timestamp: '2026-01-23T14:00:00.000Z',
    });
  });

  it.each([...DEAL_TYPES, null])('gives type %s its own colour', (type) => {
    const embed = dealEmbed(sampleDeal({ type }));
    expect(embed.color).toBe(DEAL_COLOURS[type ?? 'none']);
  });

  it('has distinct colours per type', () => {
    expect(new Set(Object.values(DEAL_COLOURS)).size).toBe(Object.keys(DEAL_COLOURS).length);
  });

  it.each([
    { name: 'javascript: URL', url: 'javascript:alert(1)' },
    { name: 'no URL', url: null },
  ])('leaves the title unlinked for $name', ({ url }) => {
    expect(dealEmbed(sampleDeal({ url })).url).toBeUndefined();
  });

  it.each([
    { name: 'no amount', deal: sampleDeal({ amount: null }), field: 'Amount', value: 'not disclosed' },
    { name: 'no parties', deal: sampleDeal({ companies: [{ name: 'X', role: 'mentioned', watched: true }] }), field: 'Parties', value: 'n/a' },
    { name: 'no source', deal: sampleDeal({ source: null }), field: null, value: null },
  ])('handles $name', ({ deal, field, value }) => {
    const embed = dealEmbed(deal);
    if (field) expect(embed.fields!.find((f) => f.name === field)!.value).toBe(value);
    else expect(embed.footer!.text).toBe('unknown source');
  });

  it('keeps every field within its limit and the whole within 6000 for huge inputs', () => {
    const huge = 'x*'.repeat(10_000);
    const embed = dealEmbed(
      sampleDeal({
        title: huge,
        summary: huge,
        source: huge,
        amount: { value: 1, currency: 'USD', text: huge },
        companies: Array.from({ length: 500 }, (_, i) => ({ name: `Company ${i} ${huge.slice(0, 50)}`, role: 'party' as const, watched: true })),
      }),
    );
    expect(embed.title!.length).toBeLessThanOrEqual(EMBED_LIMITS.title);
    expect(embed.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.footer!.text.length).toBeLessThanOrEqual(EMBED_LIMITS.footer);
    expect(embed.fields!.length).toBeLessThanOrEqual(EMBED_LIMITS.fields);
    for (const f of embed.fields!) {
      expect(f.name.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldName);
      expect(f.value.length).toBeLessThanOrEqual(EMBED_LIMITS.fieldValue);
    }
    expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(embed.title!.endsWith('…')).toBe(true);
    expect(embed.description!.endsWith('…')).toBe(true);
    expect(embed.fields![0]!.value.endsWith('…')).toBe(true);
  });

  it('collapses whitespace in the title and neutralizes mentions in the footer', () => {
    const embed = dealEmbed(sampleDeal({ title: 'A\n\nB   C', source: '@everyone news' }));
    expect(embed.title).toBe('A B C');
    expect(embed.footer!.text).toBe('@\u200beveryone news');
  });

  it.each(['[a](', 'x*', '__x', '_a', '~', '|'])('stays fast on 50 kB of %j', (unit) => {
    const text = unit.repeat(Math.ceil(50_000 / unit.length));
    const started = performance.now();
    const embed = dealEmbed(sampleDeal({ title: text, summary: text, amount: { value: null, currency: null, text } }));
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(embedLength(embed)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });
});

describe('dealMessage', () => {
  it('always has exactly one embed and empty allowed_mentions', () => {
    const message = dealMessage(sampleDeal({ title: '@everyone' }));
    expect(message.embeds).toHaveLength(1);
    expect(message.allowed_mentions).toEqual({ parse: [] });
    expect(message.content).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import type { Reply, ReplyBlock } from '../../../src/commands/command-types.js';
import type { FeedRecord, WatchEntry } from '../../../src/model/records.js';
import { MAX_LIST_ROWS, decodeSlackText, renderReply, textReply } from '../../../src/deliver/slack/index.js';
import { makeDeal } from './fixtures.js';
import { limitProblems } from './limits.js';

const reply = (visibility: Reply['visibility'], ...blocks: ReplyBlock[]): Reply => ({ visibility, blocks });

function feed(id: number, overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    id,
    url: `https://feeds.example.com/${id}.xml`,
    name: `Feed ${id}`,
    source: 'config',
    trusted: true,
    backfill: 0,
    etag: null,
    lastModified: null,
    firstPolledAt: null,
    lastAttemptAt: null,
    lastSuccessAt: null,
    errorCount: 0,
    lastError: null,
    lastErrorCode: null,
    nextPollAt: new Date(0),
    minIntervalSeconds: null,
    disabledReason: null,
    ...overrides,
  };
}

const watch = (name: string, aliases: string[] = []): WatchEntry => ({ name, aliases, tickers: [], match: 'auto', source: 'config' });

describe('renderReply', () => {
  it.each([
    ['ephemeral', 'ephemeral'],
    ['public', 'in_channel'],
  ] as const)('visibility %s → response_type %s', (visibility, responseType) => {
    expect(renderReply(reply(visibility, { kind: 'text', text: 'hi' })).response_type).toBe(responseType);
  });

  it.each<[string, ReplyBlock, string]>([
    ['heading', { kind: 'heading', text: 'Deals <!channel>' }, 'header'],
    ['text', { kind: 'text', text: 'Added <@U123> & co' }, 'section'],
    ['usage', { kind: 'usage', text: 'Usage: /deals search <text>' }, 'section'],
    ['error', { kind: 'error', text: 'Only admins <!here>' }, 'section'],
  ])('renders %s escaped', (_name, block, type) => {
    const out = renderReply(reply('ephemeral', block));
    expect(out.blocks[0]!.type).toBe(type);
    const json = JSON.stringify(out);
    expect(json).not.toMatch(/<!channel>|<@U123>|<!here>|<text>/);
    expect(out.text.length).toBeGreaterThan(0);
    expect(limitProblems(out)).toEqual([]);
  });

  it('renders deals as linked, escaped rows, at most 10, with the more hint', () => {
    const deals = Array.from({ length: 12 }, (_, i) => makeDeal({ id: i, title: `Deal ${i} <!channel>`, url: `https://n.example.com/${i}?a=1&b=2` }));
    const out = renderReply(reply('public', { kind: 'deals', deals, more: true, moreHint: 'Showing 10 of 12: try /deals search <text>' }));
    expect(out.response_type).toBe('in_channel');
    const sections = out.blocks.filter((b) => b.type === 'section');
    expect(sections).toHaveLength(MAX_LIST_ROWS);
    const first = (sections[0] as { text: { text: string } }).text.text;
    expect(first).toContain('*<https://n.example.com/0?a=1&amp;b=2|Deal 0 &lt;!channel&gt;>*');
    expect(first).toContain('Acquisition · $3bn · OpenAI, Windsurf · Example News');
    const hint = out.blocks.at(-1) as { type: string; elements: { text: string }[] };
    expect(hint.type).toBe('context');
    expect(hint.elements[0]!.text).toBe('Showing 10 of 12: try /deals search &lt;text&gt;');
    expect(limitProblems(out)).toEqual([]);
  });

  it('does not link a deal with an unsafe URL', () => {
    const out = renderReply(reply('ephemeral', { kind: 'deals', deals: [makeDeal({ url: 'javascript:alert(1)' })], more: false, moreHint: null }));
    expect(JSON.stringify(out)).not.toContain('javascript:');
  });

  it.each<[string, ReplyBlock, string]>([
    ['deals', { kind: 'deals', deals: [], more: false, moreHint: null }, 'No deals found.'],
    ['watchlist', { kind: 'watchlist', entries: [], more: false, moreHint: null }, 'The watchlist is empty.'],
    ['feeds', { kind: 'feeds', feeds: [], more: false, moreHint: null }, 'No feeds.'],
  ])('says so when %s is empty', (_name, block, text) => {
    expect(JSON.stringify(renderReply(reply('ephemeral', block)))).toContain(text);
  });

  it('renders the watchlist with aliases, escaped, capped at 10', () => {
    const entries = Array.from({ length: 15 }, (_, i) => watch(`Co ${i} <@U1>`, ['Alias & Co']));
    const out = renderReply(reply('ephemeral', { kind: 'watchlist', entries, more: true, moreHint: '5 more' }));
    const text = (out.blocks[0] as { text: { text: string } }).text.text;
    expect(text.split('\n')).toHaveLength(10);
    expect(text).toContain('• *Co 0 &lt;@U1&gt;* (aliases: Alias &amp; Co)');
    expect(JSON.stringify(out.blocks.at(-1))).toContain('5 more');
  });

  it('renders feeds with their state and stays within limits even with huge rows', () => {
    const feeds = [
      feed(1),
      feed(2, { errorCount: 3, lastError: 'HTTP 503 <!channel>' }),
      feed(3, { disabledReason: 'gone (410)' }),
      ...Array.from({ length: 20 }, (_, i) => feed(10 + i, { name: 'N'.repeat(2000), url: `https://e.example.com/${'p'.repeat(2500)}`, lastError: 'E'.repeat(3000), errorCount: 1 })),
    ];
    const out = renderReply(reply('ephemeral', { kind: 'feeds', feeds, more: true, moreHint: null }));
    const text = (out.blocks[0] as { text: { text: string } }).text.text;
    expect(text).toContain('`#1` <https://feeds.example.com/1.xml|Feed 1> · ok');
    expect(text).toContain('failing ×3: HTTP 503 &lt;!channel&gt;');
    expect(text).toContain('disabled: gone (410)');
    expect(limitProblems(out)).toEqual([]);
  });

  it('renders status as fields', () => {
    const out = renderReply(
      reply('ephemeral', {
        kind: 'status',
        healthy: 5,
        backingOff: [feed(2, { errorCount: 2 })],
        disabled: [],
        lastCycle: { id: 1, startedAt: new Date('2025-01-01T00:00:00Z'), finishedAt: new Date('2025-01-01T00:00:05Z'), feedsPolled: 6, notModified: 2, failed: 1, newItems: 4, alerts: 1 },
        pending: { 'deals-slack': 3 },
      }),
    );
    const json = JSON.stringify(out);
    expect(json).toContain('*Healthy feeds*\\n5');
    expect(json).toContain('6 polled, 1 failed, 4 new, 1 alerts');
    expect(json).toContain('deals-slack: 3');
    expect(limitProblems(out)).toEqual([]);
  });

  it('textReply is ephemeral', () => {
    expect(textReply('Working on it…')).toMatchObject({ response_type: 'ephemeral', text: 'Working on it…' });
  });
});

describe('decodeSlackText', () => {
  it.each([
    ['search AT&amp;T', 'search AT&T'],
    ['add &lt;https://x.example/feed&gt;', 'add <https://x.example/feed>'],
    ['&amp;lt;', '&lt;'],
    ['plain', 'plain'],
  ])('%j → %j', (input, expected) => {
    expect(decodeSlackText(input)).toBe(expected);
  });
});

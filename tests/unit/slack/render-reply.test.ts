import { describe, expect, it } from 'vitest';
import type { Reply, ReplyBlock } from '../../../src/commands/index.js';
import type { FeedRecord, WatchEntry } from '../../../src/model/records.js';
import { MAX_LIST_ROWS, decodeSlackText, renderReply, textReply } from '../../../src/chat/slack/index.js';
import { LIST_MAX } from '../../../src/commands/index.js';
import { makeDeal } from './fixtures.js';
import { limitProblems } from './limits.js';

const reply = (visibility: Reply['visibility'], ...blocks: ReplyBlock[]): Reply => ({ visibility, blocks });

function feed(id: number, overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    id,
    url: `https://feeds.example.com/${id}.xml`,
    name: `Feed ${id}`,
    title: null,
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
    lastWarning: null,
    bodyHash: null,
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
    ['usage', { kind: 'usage', command: 'deals', action: 'search' }, 'section'],
    ['error', { kind: 'error', text: 'Only admins <!here>' }, 'section'],
  ])('renders %s escaped', (_name, block, type) => {
    const out = renderReply(reply('ephemeral', block));
    expect(out.blocks[0]!.type).toBe(type);
    const json = JSON.stringify(out);
    expect(json).not.toMatch(/<!channel>|<@U123>|<!here>|<name>/);
    expect(out.text.length).toBeGreaterThan(0);
    expect(limitProblems(out)).toEqual([]);
  });

  it('renders deals as linked, escaped rows packed into sections, with the more hint', () => {
    const deals = Array.from({ length: 12 }, (_, i) => makeDeal({ id: i, title: `Deal ${i} <!channel>`, url: `https://n.example.com/${i}?a=1&b=2` }));
    const out = renderReply(reply('public', { kind: 'deals', deals, more: true, moreHint: 'Showing 12: try /deals search <text>' }));
    expect(out.response_type).toBe('in_channel');
    const sections = out.blocks.filter((b) => b.type === 'section').map((b) => (b as { text: { text: string } }).text.text);
    expect(sections.join('\n\n').split('\n\n')).toHaveLength(12);
    expect(sections[0]).toContain('*<https://n.example.com/0?a=1&amp;b=2|Deal 0 &lt;!channel&gt;>*');
    expect(sections[0]).toContain('Acquisition · $3bn · OpenAI, Windsurf · Example News');
    const hint = out.blocks.at(-1) as { type: string; elements: { text: string }[] };
    expect(hint.type).toBe('context');
    expect(hint.elements[0]!.text).toBe('Showing 12: try /deals search &lt;text&gt;');
    expect(limitProblems(out)).toEqual([]);
  });

  it('fits the most deals a query can return (LIST_MAX) within Slack limits, however long', () => {
    const deals = Array.from({ length: LIST_MAX }, (_, i) =>
      makeDeal({ id: i, title: `T${'x'.repeat(400)}`, url: `https://n.example.com/${'p'.repeat(900)}`, source: 'S'.repeat(300) }),
    );
    const out = renderReply(reply('ephemeral', { kind: 'deals', deals, more: true, moreHint: 'more' }));
    expect(limitProblems(out)).toEqual([]);
    const rows = out.blocks
      .filter((b) => b.type === 'section')
      .map((b) => (b as { text: { text: string } }).text.text)
      .join('\n\n')
      .split('\n\n');
    expect(rows).toHaveLength(LIST_MAX);
  });

  it('does not link a deal with an unsafe URL', () => {
    const out = renderReply(reply('ephemeral', { kind: 'deals', deals: [makeDeal({ url: 'javascript:alert(1)' })], more: false, moreHint: null }));
    expect(JSON.stringify(out)).not.toContain('javascript:');
  });

  it.each<[string, ReplyBlock, string]>([
    ['deals', { kind: 'deals', deals: [], more: false, moreHint: null }, 'No deals found.'],
    ['watchlist', { kind: 'watchlist', entries: [], moreHint: '' }, 'The watchlist is empty.'],
    ['feeds', { kind: 'feeds', feeds: [], moreHint: '' }, 'No feeds.'],
  ])('says so when %s is empty', (_name, block, text) => {
    expect(JSON.stringify(renderReply(reply('ephemeral', block)))).toContain(text);
  });

  it('renders the watchlist with aliases, tickers and origin, escaped, capped at 10', () => {
    const entries = Array.from({ length: 15 }, (_, i) => ({ ...watch(`Co ${i} <@U1>`, ['Alias & Co']), tickers: i === 0 ? ['NVDA'] : [] }));
    const out = renderReply(reply('ephemeral', { kind: 'watchlist', entries, moreHint: 'The CLI shows them all.' }));
    const text = (out.blocks[0] as { text: { text: string } }).text.text;
    expect(text.split('\n\n')).toHaveLength(MAX_LIST_ROWS);
    expect(text).toContain('• *Co 0 &lt;@U1&gt;* (aliases: Alias &amp; Co; tickers: NVDA; from config)');
    expect(JSON.stringify(out.blocks.at(-1))).toContain('…and 5 more. The CLI shows them all.');
  });

  it('renders feeds with their state and stays within limits even with huge rows', () => {
    const feeds = [
      feed(1),
      feed(2, { errorCount: 3, lastError: 'HTTP 503 <!channel>' }),
      feed(3, { disabledReason: 'gone (410)' }),
      ...Array.from({ length: 20 }, (_, i) =>
        feed(10 + i, { name: 'N'.repeat(2000), url: `https://e.example.com/${'p'.repeat(2500)}`, lastError: 'E'.repeat(3000), errorCount: 1 }),
      ),
    ];
    const out = renderReply(reply('ephemeral', { kind: 'feeds', feeds, moreHint: 'See the CLI.' }));
    const text = (out.blocks[0] as { text: { text: string } }).text.text;
    expect(text).toContain('`#1` <https://feeds.example.com/1.xml|Feed 1> · ok; from config');
    expect(text).toContain('failing ×3: HTTP 503 &lt;!channel&gt;');
    expect(text).toContain('disabled: gone (410)');
    expect(limitProblems(out)).toEqual([]);
  });

  it('renders status as fields', () => {
    const out = renderReply(
      reply('ephemeral', {
        kind: 'status',
        healthy: 5,
        backingOff: 1,
        disabled: 0,
        troubled: [feed(2, { errorCount: 2, lastError: 'HTTP 503' })],
        lastCycle: {
          id: 1,
          startedAt: new Date('2025-01-01T00:00:00Z'),
          finishedAt: new Date('2025-01-01T00:00:05Z'),
          feedsPolled: 6,
          notModified: 2,
          failed: 1,
          newItems: 4,
          alerts: 1,
        },
        pending: [{ destination: 'deals-slack', count: 3, reason: 'Slack rate limit (429)', nextAttemptAt: null }],
        watchlistSize: 4,
        idleReason: null,
        deadLetters: 1,
        deadLetterDetails: [{ id: 9, destination: 'deals-slack', dealId: 3, title: 'Too long <!here>', reason: 'msg_too_long', at: new Date(0) }],
      }),
    );
    const json = JSON.stringify(out);
    expect(json).toContain('*Healthy feeds*\\n5');
    expect(json).toContain('6 polled, 1 failed, 4 new, 1 alerts');
    expect(json).toContain('deals-slack: 3 (Slack rate limit (429))');
    expect(json).toContain('failing ×2: HTTP 503');
    expect(json).toContain('#9` deals-slack: Too long &lt;!here&gt; (msg_too_long)');
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

import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/commands/command-types.js';
import { EMBED_LIMITS, embedLength } from '../../../src/deliver/discord/discord-embed.js';
import { MAX_LIST_ROWS, renderReply } from '../../../src/deliver/discord/render-reply.js';
import type { FeedRecord } from '../../../src/model/records.js';
import { sampleDeal } from '../../helpers/fake-discord.js';

function feed(id: number, overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    id,
    url: `https://feeds.example/${id}.xml`,
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
    nextPollAt: new Date('2026-01-01T00:00:00Z'),
    minIntervalSeconds: null,
    disabledReason: null,
    ...overrides,
  };
}

describe('renderReply', () => {
  it.each([
    { visibility: 'ephemeral' as const, flags: 64 },
    { visibility: 'public' as const, flags: undefined },
  ])('sets flags for $visibility replies and always empties allowed_mentions', ({ visibility, flags }) => {
    const data = renderReply({ visibility, blocks: [{ kind: 'text', text: 'hi' }] });
    expect(data.flags).toBe(flags);
    expect(data.allowed_mentions).toEqual({ parse: [] });
  });

  it.each([
    { block: { kind: 'heading', text: 'Deals *now*' } as const, content: '**Deals \\*now\\***' },
    { block: { kind: 'text', text: '@everyone look' } as const, content: '@\u200beveryone look' },
    { block: { kind: 'usage', text: '/deals search text:<words>' } as const, content: 'Usage: /deals search text:<words>' },
    { block: { kind: 'error', text: 'Only admins [can](https://x.example)' } as const, content: '⚠️ Only admins \\[can\\](https://x.example)' },
  ])('renders a $block.kind block as escaped content', ({ block, content }) => {
    expect(renderReply({ visibility: 'public', blocks: [block] }).content).toBe(content);
  });

  it('lists at most 10 deals as linked rows, with the more hint in the footer', () => {
    const deals = Array.from({ length: 12 }, (_, i) => sampleDeal({ id: i, title: `Deal ${i} **x**` }));
    const data = renderReply({ visibility: 'public', blocks: [{ kind: 'deals', deals, more: true, moreHint: 'Use /deals recent n:25 for more' }] });
    const embed = data.embeds![0]!;
    const rows = embed.description!.split('\n');
    expect(rows).toHaveLength(MAX_LIST_ROWS);
    expect(rows[0]).toBe('• [Deal 0 \\*\\*x\\*\\*](<https://news.example/openai-microsoft>) — Investment · $10 billion · 2026-01-23');
    expect(embed.footer!.text).toBe('Use /deals recent n:25 for more');
  });

  it('does not link deals with non-http URLs and escapes URL parentheses', () => {
    const data = renderReply({
      visibility: 'public',
      blocks: [{ kind: 'deals', deals: [sampleDeal({ url: 'javascript:alert(1)' }), sampleDeal({ url: 'https://a.example/x_(y)' })], more: false, moreHint: null }],
    });
    const rows = data.embeds![0]!.description!.split('\n');
    expect(rows[0]).not.toContain('](');
    expect(rows[1]).toContain('(<https://a.example/x_%28y%29>)');
    expect(data.embeds![0]!.footer).toBeUndefined();
  });

  it('renders empty lists, the watchlist and feeds', () => {
    const data = renderReply({
      visibility: 'ephemeral',
      blocks: [
        { kind: 'deals', deals: [], more: false, moreHint: null },
        { kind: 'watchlist', entries: [{ name: 'Google', aliases: ['Alphabet'], tickers: [], match: 'auto', source: 'config' }], more: false, moreHint: null },
        { kind: 'feeds', feeds: [feed(1), feed(2, { disabledReason: 'gone', name: null })], more: false, moreHint: null },
      ],
    });
    expect(data.embeds!.map((e) => e.description)).toEqual([
      '(none)',
      '• Google (aliases: Alphabet)',
      '• `#1` Feed 1 https://feeds.example/1.xml\n• `#2` https://feeds.example/2.xml — disabled',
    ]);
  });

  it('renders status as fields', () => {
    const data = renderReply({
      visibility: 'ephemeral',
      blocks: [{ kind: 'status', healthy: 3, backingOff: [feed(4)], disabled: [], lastCycle: null, pending: { 'deals-discord': 2 } }],
    });
    const fields = data.embeds![0]!.fields!;
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['Healthy feeds', '3'],
      ['Backing off (1)', 'Feed 4'],
      ['Disabled (0)', 'none'],
      ['Last cycle', 'no cycle yet'],
      ['Pending alerts', 'deals-discord: 2'],
    ]);
  });

  it('keeps content within 2000 and embeds within 10 and 6000 in total', () => {
    const longDeals = Array.from({ length: 10 }, (_, i) => sampleDeal({ id: i, title: 'T'.repeat(400) }));
    const reply: Reply = {
      visibility: 'public',
      blocks: [
        { kind: 'text', text: 'x'.repeat(5000) },
        ...Array.from({ length: 12 }, () => ({ kind: 'deals' as const, deals: longDeals, more: false, moreHint: null })),
      ],
    };
    const data = renderReply(reply);
    expect(data.content!.length).toBeLessThanOrEqual(EMBED_LIMITS.content);
    expect(data.embeds!.length).toBeLessThanOrEqual(10);
    expect(data.embeds!.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(EMBED_LIMITS.total);
  });

  it('never sends an empty message', () => {
    expect(renderReply({ visibility: 'public', blocks: [] }).content).toBe('Done.');
  });
});

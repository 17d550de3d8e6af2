import { describe, expect, it } from 'vitest';
import { LIST_MAX, type Reply } from '../../../src/commands/index.js';
import { EMBED_LIMITS, embedLength } from '../../../src/chat/discord/discord-embed.js';
import { MAX_LIST_ROWS, renderReply } from '../../../src/chat/discord/render-reply.js';
import type { FeedRecord } from '../../../src/model/records.js';
import { sampleDeal } from '../../helpers/fake-discord.js';

function feed(id: number, overrides: Partial<FeedRecord> = {}): FeedRecord {
  return {
    id,
    url: `https://feeds.example/${id}.xml`,
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
    nextPollAt: new Date('2026-01-01T00:00:00Z'),
    minIntervalSeconds: null,
    disabledReason: null,
    lastWarning: null,
    bodyHash: null,
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
    { block: { kind: 'usage', command: 'deals', action: 'company' } as const, content: 'Usage:\n/deals company name:<name> \\[since:<YYYY-MM-DD>\\]' },
    { block: { kind: 'error', text: 'Only admins [can](https://x.example)' } as const, content: '⚠️ Only admins \\[can\\](https://x.example)' },
  ])('renders a $block.kind block as escaped content', ({ block, content }) => {
    expect(renderReply({ visibility: 'public', blocks: [block] }).content).toBe(content);
  });

  it('lists the deals of the page as linked rows, with the more hint in the footer', () => {
    const deals = Array.from({ length: 12 }, (_, i) => sampleDeal({ id: i, title: `Deal ${i} **x**` }));
    const data = renderReply({ visibility: 'public', blocks: [{ kind: 'deals', deals, more: true, moreHint: 'Use /deals recent n:25 for more' }] });
    const embed = data.embeds![0]!;
    const rows = embed.description!.split('\n');
    expect(rows).toHaveLength(12);
    expect(rows[0]).toBe(
      '• [Deal 0 \\*\\*x\\*\\*](<https://news.example/openai-microsoft>) `#0` — Investment · $10 billion · Microsoft, OpenAI · Example News · <t:1769176800:d>',
    );
    expect(embed.footer!.text).toBe('Use /deals recent n:25 for more');
  });

  it('says how many rows did not fit the embed', () => {
    const deals = Array.from({ length: LIST_MAX }, (_, i) => sampleDeal({ id: i, title: 'T'.repeat(200) }));
    const embed = renderReply({ visibility: 'public', blocks: [{ kind: 'deals', deals, more: false, moreHint: null }] }).embeds![0]!;
    const shown = embed.description!.split('\n').length;
    expect(shown).toBeLessThan(LIST_MAX);
    expect(embed.description!.length).toBeLessThanOrEqual(EMBED_LIMITS.description);
    expect(embed.footer!.text).toContain(`…and ${LIST_MAX - shown} more.`);
  });

  it('lists at most 10 watched companies, with tickers and origin, and says how to see the rest', () => {
    const entries = Array.from({ length: 12 }, (_, i) => ({ name: `Co ${i}`, aliases: [], tickers: ['NVDA'], match: 'auto' as const, source: 'cli' }));
    const embed = renderReply({ visibility: 'ephemeral', blocks: [{ kind: 'watchlist', entries, moreHint: 'The CLI shows them all.' }] }).embeds![0]!;
    expect(embed.description!.split('\n')).toHaveLength(MAX_LIST_ROWS);
    expect(embed.description!.split('\n')[0]).toBe('• Co 0 (tickers: NVDA; from cli)');
    expect(embed.footer!.text).toBe('…and 2 more. The CLI shows them all.');
  });

  it('does not link deals with non-http URLs and escapes URL parentheses', () => {
    const data = renderReply({
      visibility: 'public',
      blocks: [
        { kind: 'deals', deals: [sampleDeal({ url: 'javascript:alert(1)' }), sampleDeal({ url: 'https://a.example/x_(y)' })], more: false, moreHint: null },
      ],
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
        { kind: 'watchlist', entries: [{ name: 'Google', aliases: ['Alphabet'], tickers: [], match: 'auto', source: 'config' }], moreHint: '' },
        { kind: 'feeds', feeds: [feed(1), feed(2, { disabledReason: 'gone', name: null })], moreHint: '' },
      ],
    });
    expect(data.embeds!.map((e) => e.description)).toEqual([
      '(none)',
      '• Google (aliases: Alphabet; from config)',
      '• `#1` Feed 1 https://feeds.example/1.xml · from config\n• `#2` https://feeds.example/2.xml — disabled · from config',
    ]);
  });

  it('renders status as fields', () => {
    const data = renderReply({
      visibility: 'ephemeral',
      blocks: [
        {
          kind: 'status',
          healthy: 3,
          backingOff: 1,
          disabled: 0,
          troubled: [feed(4, { errorCount: 1, lastError: 'HTTP 503' })],
          lastCycle: null,
          pending: [{ destination: 'deals-discord', count: 2, reason: null, nextAttemptAt: null }],
          watchlistSize: 0,
          idleReason: null,
          deadLetters: 0,
          deadLetterDetails: null,
        },
      ],
    });
    const fields = data.embeds![0]!.fields!;
    expect(fields.map((f) => [f.name, f.value])).toEqual([
      ['Healthy feeds', '3'],
      ['Backing off', '1'],
      ['Disabled', '0'],
      ['Last cycle', 'no cycle yet'],
      ['Pending alerts', 'deals-discord: 2'],
      ['Watched companies', 'none: add some, or nothing can alert'],
      ['Dead letters', 'none'],
      ['Failing or disabled (1)', '#4 Feed 4: HTTP 503'],
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

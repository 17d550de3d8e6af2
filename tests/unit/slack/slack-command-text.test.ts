// Slack's command text, parsed by the rules the spec derives (see src/chat/slack/slack-command-text.ts).
import { describe, expect, it } from 'vitest';
import { parseSlackCommand, slackUsage } from '../../../src/chat/slack/slack-command-text.js';
import { parseIsoDate, type CommandName } from '../../../src/commands/index.js';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('parseSlackCommand', () => {
  it.each<{ command: CommandName; text: string; expected: Record<string, unknown> }>([
    { command: 'deals', text: '', expected: { action: 'help', args: {}, public: false } },
    { command: 'deals', text: 'recent', expected: { action: 'recent', args: { n: 10 } } },
    { command: 'deals', text: 'recent 5 public', expected: { action: 'recent', args: { n: 5 }, public: true } },
    { command: 'deals', text: 'search openai google', expected: { action: 'search', args: { text: 'openai google', limit: 10 } } },
    { command: 'deals', text: 'SEARCH OpenAI public', expected: { action: 'search', args: { text: 'OpenAI' }, public: true } },
    {
      command: 'deals',
      text: 'search cloud type:partnership since:2025-01-01 limit:20',
      expected: { action: 'search', args: { text: 'cloud', type: 'partnership', since: d('2025-01-01'), limit: 20 } },
    },
    { command: 'deals', text: 'search company:"Google Cloud"', expected: { action: 'search', args: { company: 'Google Cloud' } } },
    { command: 'deals', text: 'search AT&amp;T', expected: { action: 'search', args: { text: 'AT&T' } } },
    { command: 'deals', text: 'company Nvidia', expected: { action: 'company', args: { name: 'Nvidia', since: undefined } } },
    {
      command: 'deals',
      text: 'company Google Cloud since 2026-10-01 public',
      expected: { action: 'company', args: { name: 'Google Cloud', since: d('2026-10-01') }, public: true },
    },
    { command: 'deals', text: 'type joint venture', expected: { action: 'type', args: { type: 'joint_venture' } } },
    { command: 'deals', text: 'since 2025-07-01', expected: { action: 'since', args: { date: d('2025-07-01') } } },
    { command: 'deals', text: 'status', expected: { action: 'status' } },
    { command: 'watchlist', text: '', expected: { action: 'list' } },
    {
      command: 'watchlist',
      text: 'add Google, Google Cloud, Alphabet',
      expected: { action: 'add', args: { name: 'Google', aliases: ['Google Cloud', 'Alphabet'], tickers: [] } },
    },
    {
      command: 'watchlist',
      text: 'add Nvidia tickers:NVDA,$nvda',
      expected: { action: 'add', args: { name: 'Nvidia', aliases: [], tickers: ['NVDA', '$nvda'] } },
    },
    { command: 'watchlist', text: 'remove Google', expected: { action: 'remove', args: { name: 'Google' } } },
    { command: 'feeds', text: 'add <https://example.com/feed.xml>', expected: { action: 'add', args: { url: 'https://example.com/feed.xml', backfill: 0 } } },
    {
      command: 'feeds',
      text: 'add <https://example.com/feed.xml|example.com/feed.xml> backfill:3',
      expected: { action: 'add', args: { url: 'https://example.com/feed.xml', backfill: 3 } },
    },
    { command: 'feeds', text: 'remove 3', expected: { action: 'remove', args: { target: '3' } } },
    { command: 'feeds', text: 'remove <https://example.com/feed.xml>', expected: { action: 'remove', args: { target: 'https://example.com/feed.xml' } } },
  ])('/$command $text', ({ command, text, expected }) => {
    const parsed = parseSlackCommand(command, text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.command).toMatchObject({ command, ...expected });
  });

  it.each<{ command: CommandName; text: string; problem: string }>([
    { command: 'deals', text: 'recent lots', problem: 'n must be a whole number from 1 to 50, not "lots"' },
    { command: 'deals', text: 'recent 0', problem: 'from 1 to 50' },
    { command: 'deals', text: 'type takeover', problem: '"takeover" is not a deal type' },
    { command: 'deals', text: 'since yesterday', problem: 'is not a date' },
    { command: 'deals', text: 'since 2025-02-30', problem: 'is not a date' },
    { command: 'deals', text: 'company Nvidia since last-quarter', problem: '"last-quarter" is not a date' },
    { command: 'deals', text: 'status now', problem: 'status takes no "now"' },
    { command: 'deals', text: 'frobnicate', problem: 'Unknown subcommand "frobnicate"' },
    { command: 'watchlist', text: 'add', problem: 'name is required' },
    { command: 'watchlist', text: `add ${'x'.repeat(101)}`, problem: 'longer than 100 characters' },
    { command: 'watchlist', text: 'add Google, , Alphabet', problem: 'aliases has an empty entry' },
    { command: 'feeds', text: 'add', problem: 'url is required' },
    { command: 'feeds', text: 'delete x', problem: 'Unknown subcommand' },
  ])('/$command $text → usage', ({ command, text, problem }) => {
    const parsed = parseSlackCommand(command, text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.reply.blocks[0]).toMatchObject({ kind: 'error' });
    expect((parsed.reply.blocks[0] as { text: string }).text).toContain(problem);
    expect(parsed.reply.blocks[1]).toMatchObject({ kind: 'usage', command });
  });

  it('usage lines come from the spec and name every subcommand', () => {
    expect(slackUsage('deals')).toContain('Usage: /deals help | recent [n] | search [text] [company:<company>]');
    expect(slackUsage('deals')).toContain('company <name> [since <YYYY-MM-DD>]');
    expect(slackUsage('watchlist')).toContain('add <name>[, aliase, …]'.replace('aliase', 'alias'));
    expect(slackUsage('feeds', 'add')).toBe(
      'Usage: /feeds add <url> [name:<name>] [backfill:<N>]   (add "public" to post the answer in the channel)   (admins only: add)',
    );
  });

  it('parseIsoDate rejects impossible dates', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-7-1')).toBeNull();
  });
});

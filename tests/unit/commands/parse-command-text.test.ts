import { describe, expect, it } from 'vitest';
import { parseCommandText, parseIsoDate } from '../../../src/commands/index.js';

describe('parseCommandText', () => {
  it.each([
    { command: 'deals', text: '', expected: { action: 'help', public: false } },
    { command: 'deals', text: 'recent', expected: { action: 'recent', limit: 10 } },
    { command: 'deals', text: 'recent 5 public', expected: { action: 'recent', limit: 5, public: true } },
    { command: 'deals', text: 'search openai google', expected: { action: 'search', text: 'openai google' } },
    { command: 'deals', text: 'SEARCH OpenAI public', expected: { action: 'search', text: 'OpenAI', public: true } },
    { command: 'deals', text: 'company Nvidia', expected: { action: 'company', company: 'Nvidia', since: null } },
    { command: 'deals', text: 'company Google Cloud since 2026-10-01 public', expected: { action: 'company', company: 'Google Cloud', since: new Date('2026-10-01T00:00:00Z'), public: true } },
    { command: 'deals', text: 'type joint venture', expected: { action: 'type', type: 'joint_venture' } },
    { command: 'deals', text: 'since 2025-07-01', expected: { action: 'since', since: new Date('2025-07-01T00:00:00Z') } },
    { command: 'deals', text: 'status', expected: { action: 'status' } },
    { command: 'watchlist', text: 'list', expected: { action: 'list' } },
    { command: 'watchlist', text: 'add Google, Google Cloud, Alphabet', expected: { action: 'add', name: 'Google', aliases: ['Google Cloud', 'Alphabet'] } },
    { command: 'watchlist', text: 'remove Google', expected: { action: 'remove', name: 'Google' } },
    { command: 'feeds', text: 'add <https://example.com/feed.xml>', expected: { action: 'add', url: 'https://example.com/feed.xml' } },
    { command: 'feeds', text: 'add <https://example.com/feed.xml|example.com/feed.xml>', expected: { action: 'add', url: 'https://example.com/feed.xml' } },
    { command: 'feeds', text: 'remove 3', expected: { action: 'remove', target: '3' } },
  ] as const)('/$command $text', ({ command, text, expected }) => {
    expect(parseCommandText(command, text)).toMatchObject({ command, ...expected });
  });

  it.each([
    { command: 'deals', text: 'recent lots', problem: '"lots" is not a count' },
    { command: 'deals', text: 'recent 0', problem: 'is not a count' },
    { command: 'deals', text: 'type takeover', problem: '"takeover" is not a deal type' },
    { command: 'deals', text: 'since yesterday', problem: 'is not a date' },
    { command: 'deals', text: 'since 2025-02-30', problem: 'is not a date' },
    { command: 'deals', text: 'search', problem: 'search needs some text' },
    { command: 'deals', text: 'company Nvidia since last-quarter', problem: '"last-quarter" is not a date' },
    { command: 'deals', text: 'frobnicate', problem: 'Unknown subcommand "frobnicate"' },
    { command: 'watchlist', text: 'add', problem: 'add needs a company name' },
    { command: 'feeds', text: 'add', problem: 'add needs a feed URL' },
    { command: 'feeds', text: 'delete x', problem: 'Unknown subcommand' },
  ] as const)('/$command $text → usage', ({ command, text, problem }) => {
    const result = parseCommandText(command, text);
    expect(result).toMatchObject({ kind: 'usage' });
    expect((result as { text: string }).text).toContain(problem);
    expect((result as { text: string }).text).toContain(`Usage: /${command}`);
  });

  it('parseIsoDate rejects impossible dates', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(parseIsoDate('2025-7-1')).toBeNull();
  });
});

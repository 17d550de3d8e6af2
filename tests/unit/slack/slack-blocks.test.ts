import { formatDateTime } from '../../../src/chat/deal-labels.js';
import { describe, expect, it } from 'vitest';
import { renderDealMessage, textOnlyDealMessage, slackDate, escapeMrkdwn, fitEscaped, safeHttpUrl, truncate } from '../../../src/chat/slack/index.js';
import { makeDeal } from './fixtures.js';
import { allTexts, limitProblems } from './limits.js';

const HOSTILE = ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<#C999>', '<https://evil.example|bank>', '<!subteam^S1>'];

describe('escapeMrkdwn / fitEscaped / truncate', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<!channel>', '&lt;!channel&gt;'],
    ['<https://evil|bank>', '&lt;https://evil|bank&gt;'],
    ['&lt;', '&amp;lt;'],
    ['plain', 'plain'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMrkdwn(input)).toBe(expected);
  });

  it.each([
    { input: 'x'.repeat(10), max: 10, expected: 'x'.repeat(10) },
    { input: 'x'.repeat(11), max: 10, expected: 'x'.repeat(9) + '…' },
    { input: '&&&&&', max: 12, expected: '&amp;&amp;…' },
    { input: 'ab<cd', max: 5, expected: 'ab…' },
    { input: '😀😀😀😀', max: 3, expected: '😀😀…' },
  ])('fitEscaped($input, $max) never cuts an entity and fits', ({ input, max, expected }) => {
    const out = fitEscaped(input, max);
    expect(out).toBe(expected);
    expect(Array.from(out).length).toBeLessThanOrEqual(max);
  });

  it('truncate cuts by code points', () => {
    expect(truncate('😀😀😀', 2)).toBe('😀…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/a?b=1&c=2', 'https://example.com/a?b=1&c=2'],
    ['http://example.com/x|y', 'http://example.com/x%7Cy'],
    ['https://example.com/<script>', 'https://example.com/%3Cscript%3E'],
    ['javascript:alert(1)', null],
    ['ftp://example.com/f', null],
    ['slack://channel?id=C1', null],
    ['https://user:pw@example.com/', null],
    ['not a url', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe('renderDealMessage', () => {
  it('renders header, summary, fields, context and a story button', () => {
    const message = renderDealMessage(makeDeal());
    expect(message.unfurl_links).toBe(false);
    expect(message.unfurl_media).toBe(false);
    expect(message).not.toHaveProperty('link_names');
    expect(message).not.toHaveProperty('parse');
    expect(message.text).toBe('Acquisition: OpenAI acquires Windsurf for $3bn ($3bn)');
    expect(message.blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(message.blocks[0]).toMatchObject({ type: 'header', text: { type: 'plain_text', text: 'Acquisition: OpenAI acquires Windsurf for $3bn' } });
    expect(message.blocks[1]).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: expect.stringContaining('Windsurf for about $3bn') } });
    const fields = (message.blocks[2] as unknown as { fields: { text: string }[] }).fields.map((f) => f.text);
    expect(fields).toEqual(['*Parties*\nOpenAI (acquirer)\nWindsurf (target)', '*Type*\nAcquisition', '*Amount*\n$3bn', '*Confidence*\n93%']);
    const context = (message.blocks[3] as unknown as { elements: { text: string }[] }).elements.map((e) => e.text);
    expect(context[0]).toBe('Example News · <!date^1746541800^{date_short_pretty} {time}|6 May 2025, 14:30 UTC>');
    expect(context[1]).toBe('Watching: OpenAI, Microsoft');
    expect(message.blocks[4]).toMatchObject({
      type: 'actions',
      elements: [{ type: 'button', url: 'https://news.example.com/openai-windsurf?utm=x&y=1', text: { type: 'plain_text', text: 'Read the story' } }],
    });
    expect(limitProblems(message)).toEqual([]);
  });

  it.each(HOSTILE)('shows %s as plain text everywhere', (hostile) => {
    const deal = makeDeal({
      title: `Breaking ${hostile} deal`,
      summary: `Summary ${hostile}`,
      source: `Source ${hostile}`,
      amount: { value: null, currency: null, text: `${hostile}` },
      companies: [{ name: `Evil ${hostile} Corp`, role: 'acquirer', watched: true }],
    });
    const message = renderDealMessage(deal);
    const json = JSON.stringify(message);
    expect(json).not.toContain(hostile);
    for (const text of allTexts(message)) {
      // The only "<" left are the date tokens we build ourselves.
      const tokens = text.match(/<[^>]*>/g) ?? [];
      for (const token of tokens) expect(token).toMatch(/^<!date\^\d+\^/);
    }
    expect(message.text).toContain(escapeMrkdwn(hostile));
  });

  it.each([
    ['huge title', { title: 'T'.repeat(5000) }],
    ['title of ampersands', { title: '&'.repeat(400) }],
    ['huge summary', { summary: 'S<'.repeat(4000) }],
    [
      'many companies',
      { companies: Array.from({ length: 300 }, (_, i) => ({ name: `Company & Sons ${i} `.repeat(3), role: 'party' as const, watched: true })) },
    ],
    ['huge source', { source: '>'.repeat(3000) }],
    ['huge amount', { amount: { value: 1, currency: 'USD', text: '$'.repeat(5000) } }],
    ['empty summary', { summary: '   ' }],
    ['empty title', { title: '' }],
    ['no companies', { companies: [] }],
  ])('stays within Block Kit limits: %s', (_name, overrides) => {
    const message = renderDealMessage(makeDeal(overrides));
    expect(limitProblems(message)).toEqual([]);
    expect(message.text.length).toBeGreaterThan(0);
  });

  it.each([['javascript:alert(1)'], ['data:text/html,hi'], [null], ['https://example.com/' + 'a'.repeat(4000)]])('has no button for url %j', (url) => {
    const message = renderDealMessage(makeDeal({ url }));
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(message)).not.toContain('javascript:');
  });

  it('labels deals without a type and without an amount', () => {
    const message = renderDealMessage(makeDeal({ type: null, amount: null }));
    expect(message.text).toBe('Deal: OpenAI acquires Windsurf for $3bn');
    const fields = (message.blocks.find((b) => b.type === 'section' && 'fields' in b) as unknown as { fields: { text: string }[] }).fields;
    expect(fields[2]!.text).toBe('*Amount*\nnot disclosed');
  });

  it('lists mentioned companies as parties only when there are no others', () => {
    const message = renderDealMessage(makeDeal({ companies: [{ name: 'Google', role: 'mentioned', watched: true }] }));
    expect(JSON.stringify(message)).toContain('Google (mentioned)');
  });

  it('the reduced form is plain, escaped, shortened text with no blocks and no link', () => {
    const message = textOnlyDealMessage(makeDeal({ title: '<!channel> now', summary: 'S'.repeat(5000) }));
    expect(message.blocks).toEqual([]);
    expect(message.text).toContain('&lt;!channel&gt; now');
    expect(message.text).not.toContain('news.example.com');
    expect(message.text.length).toBeLessThan(1600);
  });

  it('slackDate falls back to a readable UTC time', () => {
    expect(slackDate(new Date('2025-01-02T03:04:05.678Z'))).toBe('<!date^1735787045^{date_short_pretty} {time}|2 Jan 2025, 03:04 UTC>');
    expect(slackDate(new Date('invalid'))).toBe('unknown time');
  });
});

describe('formatDateTime', () => {
  it.each([
    ['UTC', '1 Jul 2025, 08:30 UTC'],
    ['Europe/Paris', '1 Jul 2025, 10:30 CEST'],
    ['America/New_York', '1 Jul 2025, 04:30 GMT-4'],
    ['Asia/Tokyo', '1 Jul 2025, 17:30 GMT+9'],
  ])('in %s', (zone, expected) => {
    expect(formatDateTime(new Date('2025-07-01T08:30:00Z'), zone)).toBe(expected);
  });
  it('an invalid date is said to be unknown', () => {
    expect(formatDateTime(new Date(Number.NaN))).toBe('unknown time');
  });
});

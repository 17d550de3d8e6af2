import type { OutgoingMessage } from '../../../src/deliver/destination.js';
import type { DealRecord } from '../../../src/model/records.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSlackDestination } from '../../../src/chat/slack/index.js';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js';
import { makeDeal } from '../../unit/slack/fixtures.js';

const alert = (deal: DealRecord): OutgoingMessage => ({ kind: 'alert', deal });

const log = pino({ level: 'silent' });
const TOKEN = 'xoxb-test-token-123';
let fake: FakeSlack;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.calls.length = 0;
});

function destination(overrides: { timeoutMs?: number } = {}) {
  return createSlackDestination({
    name: 'deals-slack',
    channel: 'C0123456789',
    token: TOKEN,
    apiUrl: fake.apiUrl,
    log,
    serverErrorRetryMs: 30_000,
    ...overrides,
  });
}

describe('Slack destination against the fake Web API', () => {
  it('posts exactly one chat.postMessage with the blocks and returns the ts', async () => {
    const outcome = await destination().send(alert(makeDeal()));
    expect(outcome).toMatchObject({ kind: 'sent', externalId: expect.stringMatching(/^\d+\.\d+$/) });
    expect(fake.calls.map((c) => c.method)).toEqual(['chat.postMessage']);
    const call = fake.calls[0]!;
    expect(call.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(call.fields).toMatchObject({
      channel: 'C0123456789',
      text: 'Acquisition: OpenAI acquires Windsurf for $3bn ($3bn)',
      unfurl_links: 'false',
      unfurl_media: 'false',
    });
    expect(call.fields).not.toHaveProperty('link_names');
    expect(call.fields).not.toHaveProperty('parse');
    const blocks = call.fields.blocks as { type: string }[];
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'context', 'actions']);
    expect(JSON.stringify(blocks)).toContain('https://news.example.com/openai-windsurf?utm=x&y=1');
  });

  it('a <!channel> title reaches Slack escaped', async () => {
    const outcome = await destination().send(alert(makeDeal({ title: '<!channel> Acme buys <@U123> via <https://evil.example|bank>' })));
    expect(outcome.kind).toBe('sent');
    const call = fake.callsTo('chat.postMessage')[0]!;
    const raw = JSON.stringify(call.fields);
    expect(raw).not.toContain('<!channel>');
    expect(raw).not.toContain('<@U123>');
    expect(raw).not.toContain('<https://evil.example|bank>');
    expect(call.fields.text).toBe('Acquisition: &lt;!channel&gt; Acme buys &lt;@U123&gt; via &lt;https://evil.example|bank&gt; ($3bn)');
  });

  it('429 with Retry-After: 1 → retry after about 1000 ms, then success on the next call', async () => {
    fake.script('chat.postMessage', { kind: 'rate-limited', retryAfter: 1 });
    const dest = destination();
    const first = await dest.send(alert(makeDeal()));
    expect(first).toMatchObject({ kind: 'retry', afterMs: 1000 });
    // The WebClient did not retry by itself: one call so far.
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
    const second = await dest.send(alert(makeDeal()));
    expect(second.kind).toBe('sent');
    expect(fake.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('500 → retry, without the client retrying on its own', async () => {
    fake.script('chat.postMessage', { kind: 'status', status: 500 });
    const outcome = await destination().send(alert(makeDeal()));
    expect(outcome).toMatchObject({ kind: 'retry', afterMs: 30_000, reason: expect.stringContaining('500') });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('a hanging server → retry after the request timeout', async () => {
    fake.script('chat.postMessage', { kind: 'hang' });
    const started = Date.now();
    const outcome = await destination({ timeoutMs: 300 }).send(alert(makeDeal()));
    expect(outcome).toMatchObject({ kind: 'retry', reason: 'Slack did not answer in time' });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('connection refused → retry', async () => {
    const dead = createSlackDestination({ name: 'd', channel: 'C1', token: TOKEN, apiUrl: 'http://127.0.0.1:1/api/', log });
    const outcome = await dead.send(alert(makeDeal()));
    expect(outcome).toMatchObject({ kind: 'retry', reason: expect.stringContaining('cannot reach Slack') });
  });

  it.each([
    ['channel_not_found', 'slack-channel-not-found', /check the channel ID/],
    ['not_in_channel', 'slack-not-in-channel', /\/invite @dealwatch/],
    ['invalid_auth', 'slack-unauthorized', /SLACK_BOT_TOKEN/],
    ['token_revoked', 'slack-token-revoked', /reinstall/],
    ['missing_scope', 'slack-missing-scope', /chat:write/],
    ['is_archived', 'slack-archived', /archived/],
  ])('%s → permanent %s with a hint', async (error, code, hint) => {
    fake.script('chat.postMessage', { kind: 'error', error });
    const outcome = await destination().send(alert(makeDeal()));
    expect(outcome).toMatchObject({ kind: 'permanent', code, reason: expect.stringContaining(error), hint: expect.stringMatching(hint) });
    expect(fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it.each(['invalid_blocks', 'msg_too_long', 'invalid_arguments'])(
    '%s → rejected (this message, not the channel); the reduced form is plain text',
    async (error) => {
      fake.script('chat.postMessage', { kind: 'error', error });
      const outcome = await destination().send(alert(makeDeal()));
      expect(outcome).toMatchObject({ kind: 'rejected', reason: expect.stringContaining(error) });
      const reduced = await destination().send(alert(makeDeal()), 'reduced');
      expect(reduced.kind).toBe('sent');
      const calls = fake.callsTo('chat.postMessage');
      expect(calls).toHaveLength(2);
      expect(calls[1]!.fields).not.toHaveProperty('blocks');
      expect(String(calls[1]!.fields.text)).toContain('OpenAI acquires Windsurf');
    },
  );
});

describe('Slack destination logging', () => {
  it('never logs the bot token, even at trace level', async () => {
    const lines: string[] = [];
    const traceLog = pino({ level: 'trace' }, { write: (line: string) => lines.push(line) });
    const dest = createSlackDestination({ name: 'deals-slack', channel: 'C0123456789', token: TOKEN, apiUrl: fake.apiUrl, log: traceLog });
    fake.script('chat.postMessage', { kind: 'error', error: 'invalid_auth' }, { kind: 'status', status: 500 });
    await dest.send(alert(makeDeal()));
    await dest.send(alert(makeDeal()));
    await dest.send(alert(makeDeal()));
    expect(lines.join('\n')).not.toContain(TOKEN);
  });
});

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSlackIntegrationWith, SLACK_EVENTS_PATH } from '../../../src/chat/slack/index.js';
import type { ChatIntegration } from '../../../src/chat/chat-integration.js';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js';
import { makeContext, type TestContext } from './context.js';
import { slackSignedHeaders } from '../../helpers/slack-signing.js';

const SECRET = 'test-signing-secret';
let fake: FakeSlack;
let context: TestContext;
let integration: ChatIntegration;
let base: string;

beforeAll(async () => {
  fake = await startFakeSlack();
});
afterAll(async () => {
  await fake.close();
});

beforeEach(async () => {
  context = makeContext({ SLACK_BOT_TOKEN: 'xoxb-http-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: fake.apiUrl });
  integration = createSlackIntegrationWith({ ackWithinMs: 300 })(context);
  await integration.start();
  const port = await context.http.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});
afterEach(async () => {
  await integration.stop();
  await context.http.close();
});

function commandBody(command: string, text: string, responseUrl = fake.responseUrl()): string {
  return new URLSearchParams({
    token: 'deprecated',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: 'C0123456789',
    channel_name: 'deals',
    user_id: 'U0USER0001',
    user_name: 'ana',
    command,
    text,
    api_app_id: 'A0FAKE',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

const sign = (body: string, timestamp: number, secret = SECRET): Record<string, string> => slackSignedHeaders(secret, body, timestamp);

const nowSec = () => Math.floor(Date.now() / 1000);

async function post(body: string, headers: Record<string, string>) {
  return fetch(`${base}${SLACK_EVENTS_PATH}`, { method: 'POST', body, headers });
}

describe('Slack slash commands over HTTP at /slack/events', () => {
  it('a bad signature → 401 and runCommand is not called', async () => {
    const body = commandBody('/deals', 'recent');
    const res = await post(body, sign(body, nowSec(), 'wrong-secret'));
    expect(res.status).toBe(401);
    expect(context.commands).toEqual([]);
  });

  it('a tampered body → 401', async () => {
    const body = commandBody('/deals', 'recent');
    const headers = sign(body, nowSec());
    const res = await post(body.replace('recent', 'status'), headers);
    expect(res.status).toBe(401);
    expect(context.commands).toEqual([]);
  });

  it('a stale timestamp (over 5 minutes old) → 401', async () => {
    const body = commandBody('/deals', 'recent');
    const res = await post(body, sign(body, nowSec() - 6 * 60));
    expect(res.status).toBe(401);
    expect(context.commands).toEqual([]);
  });

  it('missing signature headers → 401', async () => {
    const body = commandBody('/deals', 'recent');
    const res = await post(body, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(401);
    expect(context.commands).toEqual([]);
  });

  it('a good request → 200 with the rendered, escaped, ephemeral reply', async () => {
    const body = commandBody('/deals', 'recent 5');
    const res = await post(body, sign(body, nowSec()));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { response_type: string; text: string; blocks: { text?: { text: string } }[] };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toBe('ran deals recent &lt;!channel&gt;');
    expect(reply.blocks[0]!.text!.text).toBe('ran deals recent &lt;!channel&gt;');
    expect(context.commands).toEqual([
      {
        command: { command: 'deals', action: 'recent', args: { n: 5 }, public: false },
        actor: { platform: 'slack', userId: 'U0USER0001', platformAdmin: false },
      },
    ]);
  });

  it('`public` → in_channel', async () => {
    const body = commandBody('/deals', 'search openai public');
    const res = await post(body, sign(body, nowSec()));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { response_type: string };
    expect(reply.response_type).toBe('in_channel');
    expect(context.commands[0]!.command).toMatchObject({ command: 'deals', action: 'search', args: { text: 'openai' }, public: true });
  });

  it.each([
    [
      '/watchlist',
      'add Google Cloud, Alphabet',
      { command: 'watchlist', action: 'add', args: { name: 'Google Cloud', aliases: ['Alphabet'], tickers: [] }, public: false },
    ],
    ['/feeds', 'list', { command: 'feeds', action: 'list', args: {}, public: false }],
    [
      '/deals',
      'search AT&amp;T',
      { command: 'deals', action: 'search', args: { text: 'AT&T', company: undefined, type: undefined, since: undefined, limit: 10 }, public: false },
    ],
  ])('%s %s is parsed and run', async (command, text, parsed) => {
    const body = commandBody(command, text);
    const res = await post(body, sign(body, nowSec()));
    expect(res.status).toBe(200);
    expect(context.commands[0]!.command).toEqual(parsed);
  });

  it('bad input → the usage text, and nothing runs', async () => {
    const body = commandBody('/deals', 'frobnicate');
    const res = await post(body, sign(body, nowSec()));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { response_type: string; text: string };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('Unknown subcommand');
    expect(reply.text).toContain('Usage: /deals help');
    expect(context.commands).toEqual([]);
  });

  it('a slow command acks "Working on it…" and posts the answer to response_url', async () => {
    context.answer = async (command) => {
      await new Promise((r) => setTimeout(r, 700));
      return { visibility: command.public ? 'public' : 'ephemeral', blocks: [{ kind: 'text', text: 'slow answer' }] };
    };
    const responseUrl = fake.responseUrl('slow-1');
    const body = commandBody('/deals', 'status public', responseUrl);
    const res = await post(body, sign(body, nowSec()));
    expect(res.status).toBe(200);
    const ack = (await res.json()) as { response_type: string; text: string };
    expect(ack).toMatchObject({ response_type: 'ephemeral', text: 'Working on it…' });
    const posted = await fake.waitFor(() => fake.responsePosts.find((p) => p.id === 'slow-1'));
    expect(posted.body).toMatchObject({ response_type: 'in_channel', text: 'slow answer', replace_original: false });
  });

  it('a failing command → an ephemeral error, never a stack trace', async () => {
    context.answer = async () => {
      throw new Error('database is locked at /secret/path');
    };
    const body = commandBody('/deals', 'recent');
    const res = await post(body, sign(body, nowSec()));
    expect(res.status).toBe(200);
    const reply = (await res.json()) as { response_type: string; text: string };
    expect(reply.response_type).toBe('ephemeral');
    expect(reply.text).toContain('/deals recent failed');
    expect(JSON.stringify(reply)).not.toContain('/secret/path');
  });

  it('answers url_verification with the challenge', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 'x' });
    const res = await post(body, { ...sign(body, nowSec()), 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'abc123' });
  });

  it('acks a click on the alert button', async () => {
    const payload = {
      type: 'block_actions',
      team: { id: 'T0FAKE' },
      user: { id: 'U0USER0001' },
      api_app_id: 'A0FAKE',
      container: { type: 'message', channel_id: 'C0123456789' },
      channel: { id: 'C0123456789' },
      actions: [{ type: 'button', action_id: 'dealwatch_open_story', block_id: 'deal-42', action_ts: '1' }],
      response_url: fake.responseUrl(),
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const res = await post(body, sign(body, nowSec()));
    expect(res.status).toBe(200);
  });

  it('only POST is routed', async () => {
    const res = await fetch(`${base}${SLACK_EVENTS_PATH}`);
    expect(res.status).toBe(405);
  });
});

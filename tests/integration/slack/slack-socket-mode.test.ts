import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createSlackIntegrationWith, slackCommandMode } from '../../../src/chat/slack/index.js';
import type { ChatIntegration } from '../../../src/chat/chat-integration.js';
import { startFakeSlack, type FakeSlack } from '../../helpers/fake-slack.js';
import { makeContext, type TestContext } from './context.js';

let fake: FakeSlack;
let context: TestContext;
let integration: ChatIntegration;

beforeAll(async () => {
  fake = await startFakeSlack();
  context = makeContext({
    SLACK_BOT_TOKEN: 'xoxb-socket-test',
    SLACK_APP_TOKEN: 'xapp-socket-test',
    SLACK_SIGNING_SECRET: 'unused',
    SLACK_API_URL: fake.apiUrl,
  });
  integration = createSlackIntegrationWith({ ackWithinMs: 300 })(context);
  await integration.start();
  await fake.socketConnected();
});
afterAll(async () => {
  await integration.stop();
  await fake.close();
});

function payload(command: string, text: string, responseUrl = fake.responseUrl()) {
  return {
    token: 'deprecated',
    team_id: 'T0FAKE',
    channel_id: 'C0123456789',
    user_id: 'U0USER0002',
    user_name: 'bo',
    command,
    text,
    api_app_id: 'A0FAKE',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

describe('Slack slash commands over Socket Mode', () => {
  it('opened the connection through apps.connections.open with the app token', () => {
    const open = fake.callsTo('apps.connections.open');
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]!.headers.authorization).toBe('Bearer xapp-socket-test');
    expect(slackCommandMode(context.config.env.slack)).toBe('socket');
  });

  it('the ack carries the rendered reply', async () => {
    const ack = await fake.sendSlashCommand(payload('/deals', 'recent 3'));
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral', text: 'ran deals recent &lt;!channel&gt;' });
    expect(context.commands.at(-1)).toEqual({
      command: { command: 'deals', action: 'recent', args: { n: 3 }, public: false },
      actor: { platform: 'slack', userId: 'U0USER0002', platformAdmin: false },
    });
  });

  it('`public` → in_channel in the ack', async () => {
    const ack = await fake.sendSlashCommand(payload('/watchlist', 'list public'));
    expect(ack.payload).toMatchObject({ response_type: 'in_channel' });
    expect(context.commands.at(-1)!.command).toEqual({ command: 'watchlist', action: 'list', args: {}, public: true });
  });

  it('a slow command acks "Working on it…" then responds through response_url', async () => {
    const previous = context.answer;
    context.answer = async () => {
      await new Promise((r) => setTimeout(r, 600));
      return { visibility: 'ephemeral', blocks: [{ kind: 'text', text: 'done slowly' }] };
    };
    try {
      const ack = await fake.sendSlashCommand(payload('/feeds', 'list', fake.responseUrl('socket-slow')));
      expect(ack.payload).toMatchObject({ text: 'Working on it…' });
      const posted = await fake.waitFor(() => fake.responsePosts.find((p) => p.id === 'socket-slow'));
      expect(posted.body).toMatchObject({ response_type: 'ephemeral', text: 'done slowly' });
    } finally {
      context.answer = previous;
    }
  });
});

describe('slackCommandMode', () => {
  it.each([
    [{ botToken: null, signingSecret: 's', appToken: 'a', apiUrl: null }, 'off'],
    [{ botToken: 'b', signingSecret: null, appToken: null, apiUrl: null }, 'off'],
    [{ botToken: 'b', signingSecret: 's', appToken: null, apiUrl: null }, 'http'],
    [{ botToken: 'b', signingSecret: null, appToken: 'a', apiUrl: null }, 'socket'],
    [{ botToken: 'b', signingSecret: 's', appToken: 'a', apiUrl: null }, 'socket'],
  ] as const)('%j → %s', (env, mode) => {
    expect(slackCommandMode(env)).toBe(mode);
  });
});

describe('Socket Mode start-up failures', () => {
  it('a refused app token is logged with a hint and does not fail start()', async () => {
    const local = await startFakeSlack();
    try {
      local.script('apps.connections.open', { kind: 'error', error: 'invalid_auth' });
      const ctx = makeContext({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-bad', SLACK_API_URL: local.apiUrl });
      const lines: string[] = [];
      const withLog = { ...ctx, log: pino({ level: 'info' }, { write: (l: string) => lines.push(l) }) };
      const failing = createSlackIntegrationWith({ socketStartTimeoutMs: 5_000 })(withLog);
      await expect(failing.start()).resolves.toBeUndefined();
      expect(lines.join('\n')).toContain('SLACK_APP_TOKEN must be an app-level token');
      expect(lines.join('\n')).not.toContain('xapp-bad');
      await failing.stop();
    } finally {
      await local.close();
    }
  });
});

import type { OutgoingMessage } from '../../../src/deliver/destination.js';
import type { DealRecord } from '../../../src/model/records.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createDiscordChannelDestination,
  createDiscordRest,
  createDiscordWebhookDestination,
  parseWebhookUrl,
} from '../../../src/chat/discord/discord-destination.js';
import { sampleDeal, startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';

const alert = (deal: DealRecord): OutgoingMessage => ({ kind: 'alert', deal });

const CHANNEL = '300000000000000001';
const WEBHOOK_ID = '400000000000000001';
const WEBHOOK_TOKEN = 'wh-secret-token_ABC';

interface SentMessage {
  embeds: {
    title: string;
    url?: string;
    description: string;
    fields: { name: string; value: string }[];
    footer: { text: string };
    timestamp: string;
    color: number;
  }[];
  allowed_mentions: { parse: string[] };
  content?: string;
}

describe('Discord destinations against the fake', () => {
  let fake: FakeDiscord;
  beforeEach(async () => {
    fake = await startFakeDiscord();
  });
  afterEach(async () => {
    await fake.close();
  });

  it('posts one message with one embed to the channel, with the bot token and no mentions', async () => {
    const rest = createDiscordRest({ api: fake.apiUrl, token: 'bot-token-xyz' });
    const destination = createDiscordChannelDestination({ name: 'deals-discord', channelId: CHANNEL, rest, token: 'bot-token-xyz' });
    const outcome = await destination.send(alert(sampleDeal()));
    expect(outcome.kind).toBe('sent');
    const posts = fake.requestsTo('POST', `/channels/${CHANNEL}/messages`);
    expect(posts).toHaveLength(1);
    expect(fake.requests).toHaveLength(1);
    expect(posts[0]!.headers.authorization).toBe('Bot bot-token-xyz');
    const body = posts[0]!.body as SentMessage;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toHaveLength(1);
    const embed = body.embeds[0]!;
    expect(embed.title).toBe('Microsoft invests $10 billion in OpenAI');
    expect(embed.url).toBe('https://news.example/openai-microsoft');
    expect(embed.description).toContain('extending their partnership');
    expect(embed.fields.map((f) => f.name)).toEqual(['Parties', 'Type', 'Amount']);
    expect(embed.fields[0]!.value).toBe('Microsoft (investor), OpenAI (investee)');
    expect(embed.fields[2]!.value).toBe('$10 billion');
    expect(embed.footer.text).toBe('Example News');
    expect(embed.timestamp).toBe('2026-01-23T14:00:00.000Z');
    if (outcome.kind === 'sent') expect(outcome.externalId).toMatch(/^\d+$/);
  });

  it('posts the same through a webhook, with wait=true and without the bot token', async () => {
    const webhookUrl = `${fake.apiUrl}/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`;
    const webhook = parseWebhookUrl(webhookUrl, fake.apiUrl);
    expect(webhook).toEqual({ id: WEBHOOK_ID, token: WEBHOOK_TOKEN });
    const destination = createDiscordWebhookDestination({ name: 'hook', webhook: webhook!, rest: createDiscordRest({ api: fake.apiUrl }) });
    const outcome = await destination.send(alert(sampleDeal()));
    expect(outcome.kind).toBe('sent');
    const posts = fake.requestsTo('POST', `/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.query.get('wait')).toBe('true');
    expect(posts[0]!.headers.authorization).toBeUndefined();
    const body = posts[0]!.body as SentMessage;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toHaveLength(1);
    expect(body.embeds[0]!.title).toBe('Microsoft invests $10 billion in OpenAI');
  });

  it('neutralizes a hostile title: escaped markdown, broken @everyone, no allowed mentions', async () => {
    const rest = createDiscordRest({ api: fake.apiUrl, token: 't' });
    const destination = createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' });
    await destination.send(alert(sampleDeal({ title: '@everyone [Click](https://evil.example)', summary: '@here\n# Heading\n- list' })));
    const body = fake.requests[0]!.body as SentMessage;
    expect(body.allowed_mentions.parse).toEqual([]);
    const embed = body.embeds[0]!;
    expect(embed.title).toBe('@\u200beveryone \\[Click\\](https://evil.example)');
    // An escaped [ cannot open a masked link.
    expect(embed.title).not.toMatch(/(?<!\\)\[[^\]]*\]\(/);
    expect(embed.title).not.toContain('@everyone');
    expect(embed.description).toBe('@\u200bhere\n\\# Heading\n\\- list');
  });

  it('maps 429 to a retry after retry_after, without sending again itself, and succeeds after waiting', async () => {
    fake.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'rate-limit', retryAfter: 0.3, bucket: 'abc123' });
    const rest = createDiscordRest({ api: fake.apiUrl, token: 't' });
    const destination = createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' });
    const first = await destination.send(alert(sampleDeal()));
    expect(first.kind).toBe('retry');
    if (first.kind !== 'retry') return;
    expect(first.afterMs).toBeGreaterThanOrEqual(250);
    expect(first.afterMs).toBeLessThanOrEqual(400);
    expect(first.reason).toContain('/channels/:id/messages');
    expect(fake.requests).toHaveLength(1);
    await new Promise((r) => setTimeout(r, first.afterMs + 50));
    const second = await destination.send(alert(sampleDeal()));
    expect(second.kind).toBe('sent');
    expect(fake.requests).toHaveLength(2);
  });

  it('maps 403 Missing Access to a permanent outcome with a hint, after exactly one request', async () => {
    fake.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'error', status: 403, code: 50001, message: 'Missing Access' });
    const rest = createDiscordRest({ api: fake.apiUrl, token: 't' });
    const outcome = await createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' }).send(alert(sampleDeal()));
    expect(outcome).toMatchObject({ kind: 'permanent', code: 'discord-missing-access' });
    if (outcome.kind === 'permanent') expect(outcome.hint).toContain(`View Channel + Send Messages + Embed Links in channel ${CHANNEL}`);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    {
      name: '401 bad token',
      response: { kind: 'error', status: 401, message: '401: Unauthorized' } as const,
      code: 'discord-unauthorized',
      hint: 'DISCORD_BOT_TOKEN is invalid',
    },
    {
      name: '403 missing permissions',
      response: { kind: 'error', status: 403, code: 50013, message: 'Missing Permissions' } as const,
      code: 'discord-missing-permissions',
      hint: 'Embed Links',
    },
    {
      name: '404 unknown channel',
      response: { kind: 'error', status: 404, code: 10003, message: 'Unknown Channel' } as const,
      code: 'discord-unknown-channel',
      hint: CHANNEL,
    },
  ])('maps $name to permanent $code', async ({ response, code, hint }) => {
    fake.script('POST', `/channels/${CHANNEL}/messages`, response);
    const rest = createDiscordRest({ api: fake.apiUrl, token: 't' });
    const outcome = await createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' }).send(alert(sampleDeal()));
    expect(outcome).toMatchObject({ kind: 'permanent', code });
    if (outcome.kind === 'permanent') expect(outcome.hint).toContain(hint);
    expect(fake.requests).toHaveLength(1);
  });

  it('maps a deleted webhook (404) to permanent without leaking the token', async () => {
    fake.script('POST', /^\/webhooks\//, { kind: 'error', status: 404, code: 10015, message: 'Unknown Webhook' });
    const destination = createDiscordWebhookDestination({
      name: 'hook',
      webhook: { id: WEBHOOK_ID, token: WEBHOOK_TOKEN },
      rest: createDiscordRest({ api: fake.apiUrl }),
    });
    const outcome = await destination.send(alert(sampleDeal()));
    expect(outcome).toMatchObject({ kind: 'permanent', code: 'discord-webhook-deleted' });
    if (outcome.kind === 'permanent') expect(outcome.hint).toContain('the webhook was deleted; create a new one'.replace('the', 'The'));
    expect(JSON.stringify(outcome)).not.toContain(WEBHOOK_TOKEN);
  });

  it('maps 500 and a hang (timeout) to retry, one request each', async () => {
    fake.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'error', status: 500 }, { kind: 'hang' });
    const rest = createDiscordRest({ api: fake.apiUrl, token: 't', timeoutMs: 300 });
    const destination = createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' });
    expect((await destination.send(alert(sampleDeal()))).kind).toBe('retry');
    expect(fake.requests).toHaveLength(1);
    const hung = await destination.send(alert(sampleDeal()));
    expect(hung).toMatchObject({ kind: 'retry' });
    if (hung.kind === 'retry') expect(hung.reason).toContain('did not answer in time');
    expect(fake.requests).toHaveLength(2);
  });

  it('maps a refused connection to retry', async () => {
    const rest = createDiscordRest({ api: 'http://127.0.0.1:1/api', token: 't' });
    const outcome = await createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' }).send(alert(sampleDeal()));
    expect(outcome.kind).toBe('retry');
  });

  describe('replies in the deal thread', () => {
    const report = {
      storyId: 2,
      title: 'Microsoft puts $10bn into OpenAI',
      url: 'https://other.example/ms-openai',
      source: 'Other Wire',
      publishedAt: new Date('2026-01-24T09:00:00Z'),
      firstSeenAt: new Date('2026-01-24T09:05:00Z'),
    };

    it('when the bot may not start threads, a reply goes to the channel referencing the alert, and the channel goes on', async () => {
      const rest = createDiscordRest({ api: fake.apiUrl, token: 't' });
      const destination = createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' });
      const sent = await destination.send(alert(sampleDeal()));
      const alertId = sent.kind === 'sent' ? sent.externalId! : '';
      fake.script('POST', `/channels/${CHANNEL}/messages/${alertId}/threads`, { kind: 'error', status: 403, code: 50013, message: 'Missing Permissions' });
      const reply = await destination.send({ kind: 'follow-up', deal: sampleDeal({ reportCount: 2 }), reports: [report], threadOf: alertId });
      expect(reply.kind).toBe('sent');
      const [posted] = fake
        .requestsTo('POST', `/channels/${CHANNEL}/messages`)
        .slice(1)
        .map((r) => r.body as { content: string; message_reference: { message_id: string }; allowed_mentions: unknown });
      expect(posted!.message_reference.message_id).toBe(alertId);
      expect(posted!.content).toContain('Also reported by Other Wire');
      expect(posted!.allowed_mentions).toEqual({ parse: [] });
      expect(fake.requestsTo('POST', `/channels/${alertId}/messages`)).toHaveLength(0);
    });

    it('an update to an alert that was deleted still reaches the channel, and never rests it', async () => {
      const rest = createDiscordRest({ api: fake.apiUrl, token: 't' });
      const destination = createDiscordChannelDestination({ name: 'd', channelId: CHANNEL, rest, token: 't' });
      // No such alert message: Discord answers 404 Unknown Message on the thread route.
      const reply = await destination.send({
        kind: 'lifecycle',
        deal: sampleDeal(),
        changes: [{ kind: 'status', from: 'announced', to: 'completed' }],
        report,
        threadOf: '999999999999999999',
      });
      expect(reply.kind).toBe('sent');
      const [posted] = fake
        .requestsTo('POST', `/channels/${CHANNEL}/messages`)
        .map((r) => r.body as { content: string; message_reference: { fail_if_not_exists: boolean } });
      expect(posted!.content).toMatch(/^\*\*Update: completed\*\*/);
      expect(posted!.message_reference.fail_if_not_exists).toBe(false);
    });

    it('a webhook posts a lifecycle update in the channel, naming the deal', async () => {
      const rest = createDiscordRest({ api: fake.apiUrl });
      const destination = createDiscordWebhookDestination({ name: 'w', webhook: { id: WEBHOOK_ID, token: WEBHOOK_TOKEN }, rest });
      const sent = await destination.send({
        kind: 'lifecycle',
        deal: sampleDeal(),
        changes: [{ kind: 'status', from: 'announced', to: 'terminated' }],
        report,
        threadOf: '1',
      });
      expect(sent.kind).toBe('sent');
      const body = fake.requestsTo('POST', `/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`)[0]!.body as { content: string };
      expect(body.content).toMatch(/^\*\*Update: called off\*\*: Microsoft invests \$10 billion in OpenAI/);
    });
  });
});

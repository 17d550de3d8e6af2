// The real bot (createApp + runBot) against a local fake Slack Web API and the seed feed
// served locally: alerts, throttling, retries, permanent errors and signed slash commands.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.js';
import type { RunningBot } from '../../src/app/run-bot.js';
import { createFeedServer, serve, type FeedServer } from '../helpers/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { fixturePath } from '../helpers/shared-data.js';
import { createClock, rssFeed, tempDir, testConfig, type TestClock, startTestBot } from '../helpers/test-app.js';
import { slackSignedHeaders, slashCommandBody } from '../helpers/slack-signing.js';

const SECRET = 'test-signing-secret';
const ADMIN = 'UADMIN0001';

describe('Slack end to end', () => {
  let feeds: FeedServer;
  let slack: FakeSlack;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  let bot: RunningBot | null = null;
  let app: App;

  const start = async (extra: Record<string, unknown> = {}) => {
    const config = testConfig(
      {
        schedule: '0 0 1 1 *',
        feeds: [{ url: feeds.url('/seed.rss'), name: 'AI Industry News', backfill: 1 }],
        watchlist: [{ name: 'OpenAI' }],
        destinations: [{ name: 'deals-slack', slack: { channel: 'C0DEALS001' } }],
        admins: { slack: [ADMIN] },
        ...extra,
      },
      {
        DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
      },
    );
    ({ app, bot } = await startTestBot(config, clock));
    return bot;
  };

  const postMessages = () => slack.callsTo('chat.postMessage');
  const until = async (check: () => Promise<boolean>, timeoutMs = 5_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise((r) => setTimeout(r, 10));
    }
  };

  beforeEach(async () => {
    feeds = createFeedServer({ '/seed.rss': serve(readFileSync(fixturePath('seed/deal-news.rss'))) });
    await feeds.start();
    slack = await startFakeSlack();
    dir = tempDir();
    clock = createClock(Date.now());
  });
  afterEach(async () => {
    await bot?.shutdown('test over');
    bot = null;
    await slack.close();
    await feeds.close();
    dir.cleanup();
  });

  it('posts the seed story exactly once to the configured channel, in Block Kit', async () => {
    await start();
    const [call] = await slack.waitFor(() => (postMessages().length > 0 ? postMessages() : null));
    expect(call!.fields.channel).toBe('C0DEALS001');
    expect(String(call!.fields.text)).toContain('OpenAI signs partnership with Google Cloud');
    expect(call!.fields.unfurl_links).toBe('false');
    const blocks = call!.fields.blocks as { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: { type: string; url?: string }[] }[];
    expect(blocks[0]!.type).toBe('header');
    expect(blocks[0]!.text!.text).toMatch(/Partnership/);
    const json = JSON.stringify(blocks);
    expect(json).toContain('OpenAI');
    expect(json).toContain('https://news.example.com/2025/06/openai-google-cloud-partnership');
    expect(json).not.toContain('utm_source');
    expect(blocks.some((b) => b.type === 'actions' && b.elements?.some((e) => e.type === 'button' && e.url?.startsWith('https://news.example.com/')))).toBe(
      true,
    );
    // Delivered, with the message ts stored, and nothing more is sent.
    await new Promise((r) => setTimeout(r, 300));
    expect(await app.store.outbox.pendingCounts()).toEqual({});
    const [deal] = (await app.store.deals.search({ text: 'openai', limit: 10 })).deals;
    expect(await app.store.outbox.deliveredFor(deal!.id)).toEqual([{ destination: 'deals-slack', externalId: expect.stringMatching(/\d+\.\d+/) }]);
    await bot!.pollNow();
    await new Promise((r) => setTimeout(r, 200));
    expect(postMessages()).toHaveLength(1);
  });

  it('escapes a <!channel> title, waits out a 429, retries a 500, and loses nothing', async () => {
    feeds.route(
      '/seed.rss',
      serve(
        rssFeed([
          {
            guid: 'a',
            title: 'OpenAI to acquire <!channel> Widget Inc <@U123> <https://evil.example|bank>',
            link: 'https://news.example.com/a',
            description: 'OpenAI agreed to acquire Widget Inc for $2 billion.',
            pubDate: 'Tue, 01 Jul 2025 08:00:00 GMT',
          },
          {
            guid: 'b',
            title: 'OpenAI to acquire Gadget Corp',
            link: 'https://news.example.com/b',
            description: 'OpenAI agreed to acquire Gadget Corp for $1 billion.',
            pubDate: 'Tue, 01 Jul 2025 09:00:00 GMT',
          },
        ]),
      ),
    );
    slack.script('chat.postMessage', { kind: 'rate-limited', retryAfter: 1 }, { kind: 'status', status: 500 });
    await start({ feeds: [{ url: feeds.url('/seed.rss'), name: 'News', backfill: 2 }] });
    await slack.waitFor(() => postMessages().length >= 1);
    await until(async () => (await app.store.outbox.pending('deals-slack', 1))[0]?.attempts === 1);
    // Throttled: nothing more until Retry-After has passed.
    await new Promise((r) => setTimeout(r, 200));
    expect(postMessages()).toHaveLength(1);
    clock.advance(1_100);
    await slack.waitFor(() => postMessages().length >= 2);
    // The 500 is retried after its backoff, once the failure is on record.
    await until(async () => (await app.store.outbox.pending('deals-slack', 1))[0]?.attempts === 2);
    clock.advance(60_000);
    await slack.waitFor(() => postMessages().filter((c) => String(c.fields.text).includes('Gadget')).length > 0);
    const texts = postMessages().map((c) => String(c.fields.text));
    // Oldest first, each delivered once after its failures.
    const widgetPosts = postMessages().filter((c) => String(c.fields.text).includes('Widget'));
    expect(widgetPosts.length).toBe(3);
    expect(texts.filter((t) => t.includes('Gadget'))).toHaveLength(1);
    const payload = JSON.stringify(widgetPosts[2]!.fields);
    expect(payload).not.toContain('<!channel>');
    expect(payload).not.toContain('<@U123>');
    expect(payload).not.toContain('<https://evil.example|bank>');
    expect(payload).toContain('&lt;!channel&gt;');
  });

  it('reports channel_not_found and keeps the alert pending', async () => {
    slack.script('chat.postMessage', { kind: 'error', error: 'channel_not_found' });
    const running = await start();
    await slack.waitFor(() => postMessages().length >= 1);
    await until(async () => (await app.store.outbox.pending('deals-slack', 1))[0]?.attempts === 1);
    await new Promise((r) => setTimeout(r, 200));
    expect(postMessages()).toHaveLength(1);
    expect(await app.store.outbox.pendingCounts()).toEqual({ 'deals-slack': 1 });
    const failures = await app.store.stats.counters('delivery_failures');
    expect(failures).toEqual([{ name: 'delivery_failures', label: 'deals-slack:slack-channel-not-found', value: 1 }]);
    const metrics = await (await fetch(`http://127.0.0.1:${running.port}/metrics`)).text();
    expect(metrics).toContain('dealwatch_outbox_pending{destination="deals-slack"} 1');
    // Once an admin fixes the channel, the quiet re-check delivers it.
    clock.advance(11 * 60_000);
    await slack.waitFor(() => postMessages().length >= 2);
  });

  const signed = (body: string, timestamp?: number) => slackSignedHeaders(SECRET, body, timestamp);
  const command = (cmd: string, text: string, user: string) => slashCommandBody(cmd, text, user, slack.responseUrl());

  it('answers signed slash commands; refuses non-admins; an admin edit applies to the next poll; bad signatures get 401', async () => {
    const running = await start();
    await slack.waitFor(() => postMessages().length >= 1);
    const url = `http://127.0.0.1:${running.port}/slack/events`;

    const searchBody = command('/deals', 'search openai', 'UMEMBER01');
    const search = await fetch(url, { method: 'POST', body: searchBody, headers: signed(searchBody) });
    expect(search.status).toBe(200);
    const searchReply = (await search.json()) as { response_type: string; text: string; blocks: unknown[] };
    expect(JSON.stringify(searchReply)).toContain('OpenAI signs partnership with Google Cloud');
    expect(searchReply.response_type).toBe('ephemeral');

    const denied = command('/watchlist', 'add Nvidia', 'UMEMBER01');
    const deniedReply = await (await fetch(url, { method: 'POST', body: denied, headers: signed(denied) })).json();
    expect(JSON.stringify(deniedReply)).toContain('only dealwatch admins');

    const forged = command('/watchlist', 'add Nvidia', ADMIN);
    const bad = await fetch(url, { method: 'POST', body: forged, headers: { ...signed(forged), 'x-slack-signature': 'v0=deadbeef' } });
    expect(bad.status).toBe(401);
    const stale = await fetch(url, { method: 'POST', body: forged, headers: signed(forged, Math.floor(Date.now() / 1000) - 600) });
    expect(stale.status).toBe(401);
    const future = await fetch(url, { method: 'POST', body: forged, headers: signed(forged, Math.floor(Date.now() / 1000) + 600) });
    expect(future.status).toBe(401);

    const allowed = command('/watchlist', 'add Nvidia, NVIDIA Corp', ADMIN);
    const allowedReply = await (await fetch(url, { method: 'POST', body: allowed, headers: signed(allowed) })).json();
    expect(JSON.stringify(allowedReply)).toContain('Now watching Nvidia');

    // The next poll uses the new watchlist.
    feeds.route(
      '/seed.rss',
      serve(
        rssFeed([
          {
            guid: 'n1',
            title: 'Nvidia to acquire Run:ai for $700 million',
            link: 'https://news.example.com/n1',
            description: 'Nvidia agreed to acquire Run:ai for $700 million.',
            pubDate: 'Wed, 02 Jul 2025 08:00:00 GMT',
          },
        ]),
      ),
    );
    // The schedule is yearly here, so the feed is due a year on.
    clock.advance(366 * 24 * 3600_000);
    await running.pollNow();
    await slack.waitFor(() => postMessages().some((c) => String(c.fields.text).includes('Run:ai')));
  });
});

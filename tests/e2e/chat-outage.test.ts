// Chat outages (issue 6, point 5): Slack and Discord fakes answer 429, 500, hang or refuse
// the credentials. Alerts wait in the outbox, other destinations go on, and everything is
// delivered exactly once when the platform recovers (the injected clock moves past the
// retry or the permanent re-check time). Real app, real SQLite file, local fakes only.
import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app.js';
import type { RunningBot } from '../../src/app/run-bot.js';
import { createOutboxDispatcher } from '../../src/deliver/index.js';
import { createDiscordChannelDestination, createDiscordRest } from '../../src/chat/discord/index.js';
import { createSlackDestination } from '../../src/chat/slack/index.js';
import { createFeedServer, serve, type FeedServer } from '../helpers/feed-server.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { fixturePath } from '../helpers/shared-data.js';
import { createClock, rssFeed, tempDir, testConfig, type TestClock, startTestBot } from '../helpers/test-app.js';

const APP_ID = '100000000000000001';
const CHANNEL = '300000000000000001';
const SLACK_CHANNEL = 'C0DEALS001';
const TEN_MINUTES = 10 * 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(check: () => Promise<T | null | undefined | false> | T | null | undefined | false, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

describe('chat outages: alerts wait in the outbox and are delivered once on recovery', () => {
  let feeds: FeedServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  let bot: RunningBot | null = null;
  let app: App | null = null;
  let publicKeyHex: string;

  const log = () => pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const configFor = (destinations: unknown[], extra: Record<string, unknown> = {}) =>
    testConfig(
      {
        schedule: '0 0 1 1 *',
        feeds: [{ url: feeds.url('/seed.rss'), name: 'AI Industry News', backfill: 1 }],
        watchlist: [{ name: 'OpenAI' }],
        destinations,
        ...extra,
      },
      {
        DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`,
        SLACK_BOT_TOKEN: 'xoxb-test-token',
        SLACK_SIGNING_SECRET: 'test-signing-secret',
        SLACK_API_URL: slack.apiUrl,
        DISCORD_BOT_TOKEN: 'discord-bot-token',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_PUBLIC_KEY: publicKeyHex,
        DISCORD_API_URL: discord.apiUrl,
      },
    );
  const start = async (destinations: unknown[], extra: Record<string, unknown> = {}) => {
    const config = configFor(destinations, extra);
    ({ app, bot } = await startTestBot(config, clock, { shutdownGraceMs: 1_000 }));
    return app;
  };
  const slackPosts = () => slack.callsTo('chat.postMessage');
  const discordPosts = () => discord.requestsTo('POST', `/channels/${CHANNEL}/messages`);
  const failures = async (label: string) => (await app!.store.stats.counters('delivery_failures')).find((c) => c.label === label)?.value ?? 0;

  beforeEach(async () => {
    feeds = createFeedServer({ '/seed.rss': serve(readFileSync(fixturePath('seed/deal-news.rss'))) });
    await feeds.start();
    slack = await startFakeSlack();
    discord = await startFakeDiscord({ applicationId: APP_ID });
    dir = tempDir();
    clock = createClock(Date.now());
    const pair = generateKeyPairSync('ed25519');
    publicKeyHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  });
  afterEach(async () => {
    await bot?.shutdown('test over');
    bot = null;
    await app?.close();
    app = null;
    await slack.close();
    await discord.close();
    await feeds.close();
    dir.cleanup();
  });

  describe('Slack', () => {
    const slackDest = [{ name: 'deals-slack', slack: { channel: SLACK_CHANNEL } }];

    it('429: waits Retry-After (no retry before), then delivers once', async () => {
      slack.script('chat.postMessage', { kind: 'rate-limited', retryAfter: 120 });
      const a = await start(slackDest);
      await until(() => failures('deals-slack:retry'), 'the throttled attempt to be recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-slack': 1 });
      clock.advance(110_000);
      await sleep(300);
      expect(slackPosts()).toHaveLength(1);
      clock.advance(11_000);
      await until(async () => Object.keys(await a.store.outbox.pendingCounts()).length === 0, 'delivery after Retry-After');
      await sleep(200);
      expect(slackPosts()).toHaveLength(2);
    });

    it('500 twice: retried after its backoff each time, then delivered once', async () => {
      slack.script('chat.postMessage', { kind: 'status', status: 500 }, { kind: 'status', status: 503 });
      const a = await start(slackDest);
      await until(async () => (await failures('deals-slack:retry')) === 1, 'first 500 recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-slack': 1 });
      clock.advance(31_000);
      await until(async () => (await failures('deals-slack:retry')) === 2, 'second failure recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-slack': 1 });
      clock.advance(31_000);
      await until(async () => Object.keys(await a.store.outbox.pendingCounts()).length === 0, 'delivery after recovery');
      await sleep(200);
      expect(slackPosts()).toHaveLength(3);
    });

    it('invalid_auth: reported as permanent, kept pending with no retry loop, re-checked after 10 minutes and delivered in order', async () => {
      feeds.route(
        '/seed.rss',
        serve(
          rssFeed([
            {
              guid: 'a',
              title: 'OpenAI to acquire Widget Inc',
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
      slack.script('chat.postMessage', { kind: 'error', error: 'invalid_auth' });
      const a = await start(slackDest, { feeds: [{ url: feeds.url('/seed.rss'), name: 'News', backfill: 2 }] });
      await until(() => failures('deals-slack:slack-unauthorized'), 'the refusal to be recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-slack': 2 });
      // Many delivery ticks and nine minutes later: still one attempt only.
      clock.advance(TEN_MINUTES - 60_000);
      await sleep(400);
      expect(slackPosts()).toHaveLength(1);
      clock.advance(61_000);
      await until(async () => Object.keys(await a.store.outbox.pendingCounts()).length === 0, 'delivery after the re-check');
      await sleep(200);
      const texts = slackPosts().map((c) => String(c.fields.text));
      expect(texts).toHaveLength(3);
      expect(texts[0]).toContain('Widget');
      expect(texts[1]).toContain('Widget');
      expect(texts[2]).toContain('Gadget');
    });

    it('hang: a hanging Slack never holds up the Discord destination, and its alert stays pending', async () => {
      slack.script('chat.postMessage', { kind: 'hang' });
      const a = await start([...slackDest, { name: 'deals-discord', discord: { channel: CHANNEL } }]);
      await until(() => slackPosts().length >= 1, 'Slack to be called');
      await until(async () => (await a.store.outbox.pendingCounts())['deals-discord'] === undefined, 'Discord delivery while Slack hangs');
      expect(discordPosts()).toHaveLength(1);
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-slack': 1 });
    });
  });

  describe('Discord', () => {
    const discordDest = [{ name: 'deals-discord', discord: { channel: CHANNEL } }];

    it('429: waits retry_after, then delivers once', async () => {
      discord.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'rate-limit', retryAfter: 60 });
      const a = await start(discordDest);
      await until(() => failures('deals-discord:retry'), 'the throttled attempt to be recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-discord': 1 });
      clock.advance(50_000);
      await sleep(300);
      expect(discordPosts()).toHaveLength(1);
      clock.advance(11_000);
      await until(async () => Object.keys(await a.store.outbox.pendingCounts()).length === 0, 'delivery after retry_after');
      expect(discordPosts()).toHaveLength(2);
    });

    it('500: retried after its backoff, then delivered once', async () => {
      discord.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'error', status: 500 });
      const a = await start(discordDest);
      await until(() => failures('deals-discord:retry'), 'the 500 to be recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-discord': 1 });
      await sleep(300);
      expect(discordPosts()).toHaveLength(1);
      clock.advance(31_000);
      await until(async () => Object.keys(await a.store.outbox.pendingCounts()).length === 0, 'delivery after recovery');
      expect(discordPosts()).toHaveLength(2);
    });

    it('401 (bad bot token): permanent, no retry loop, re-checked after 10 minutes and delivered', async () => {
      discord.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'error', status: 401, code: 0, message: '401: Unauthorized' });
      const a = await start(discordDest);
      await until(() => failures('deals-discord:discord-unauthorized'), 'the 401 to be recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-discord': 1 });
      clock.advance(5 * 60_000);
      await sleep(400);
      expect(discordPosts()).toHaveLength(1);
      clock.advance(TEN_MINUTES);
      // KNOWN BUG (reported): @discordjs/rest clears the bot token on the shared REST client
      // after any 401, so the quiet re-check never reaches Discord; it fails locally with
      // "Expected token to be set…", which is mapped to a 30 s network retry, forever, until
      // a restart. The re-check must reach Discord and deliver once it accepts the token.
      await until(() => discordPosts().length >= 2, 'the re-check to reach Discord', 2_000).catch(() => undefined);
      expect(discordPosts(), 'the 10-minute re-check after a 401 never reached Discord').toHaveLength(2);
      await until(async () => Object.keys(await a.store.outbox.pendingCounts()).length === 0, 'delivery after the re-check');
    });

    it('401 then a restart with the token fixed: the pending alert is delivered once', async () => {
      discord.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'error', status: 401, code: 0, message: '401: Unauthorized' });
      const a = await start(discordDest);
      await until(() => failures('deals-discord:discord-unauthorized'), 'the 401 to be recorded');
      expect(await a.store.outbox.pendingCounts()).toEqual({ 'deals-discord': 1 });
      await bot!.shutdown('operator fixes the token');
      bot = null;
      app = null;
      const b = await start(discordDest);
      await sleep(300);
      // The row rests until its re-check time, which survives the restart.
      expect(await b.store.outbox.pendingCounts()).toEqual({ 'deals-discord': 1 });
      clock.advance(TEN_MINUTES + 1_000);
      await until(async () => Object.keys(await b.store.outbox.pendingCounts()).length === 0, 'delivery after the restart');
      await sleep(200);
      expect(discordPosts()).toHaveLength(2);
    });
  });

  describe("hang with the adapters' own request timeout (shortened here; the app uses 15 s)", () => {
    // createApp gives no knob for the adapters' 15 s request timeout, so these build the real
    // adapters with a short one and run the real dispatcher over the app's real outbox.
    it.each(['slack', 'discord'] as const)(
      '%s: a hung request times out into a retry, the alert stays pending, and is delivered once after recovery',
      async (platform) => {
        const name = platform === 'slack' ? 'deals-slack' : 'deals-discord';
        const target = platform === 'slack' ? { slack: { channel: SLACK_CHANNEL } } : { discord: { channel: CHANNEL } };
        if (platform === 'slack') slack.script('chat.postMessage', { kind: 'hang' });
        else discord.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'hang' });
        const logger = log();
        app = await createApp({ config: configFor([{ name, ...target }]), log: logger, now: clock.now });
        await app.runCycle({ all: true });
        expect(await app.store.outbox.pendingCounts()).toEqual({ [name]: 1 });

        const destination =
          platform === 'slack'
            ? createSlackDestination({ name, channel: SLACK_CHANNEL, token: 'xoxb-test-token', apiUrl: slack.apiUrl, log: logger, timeoutMs: 300 })
            : createDiscordChannelDestination({
                name,
                channelId: CHANNEL,
                rest: createDiscordRest({ api: discord.apiUrl, token: 'discord-bot-token', timeoutMs: 300 }),
                token: 'discord-bot-token',
              });
        const dispatcher = createOutboxDispatcher({ outbox: app.store.outbox, destinations: [destination], now: clock.now, log: logger });
        const posts = () => (platform === 'slack' ? slackPosts() : discordPosts());

        const t0 = performance.now();
        const first = await dispatcher.dispatch();
        expect(performance.now() - t0).toBeLessThan(3_000);
        expect(first).toEqual({ delivered: 0, waiting: 1, deadLettered: 0 });
        expect(posts()).toHaveLength(1);
        expect(await app.store.outbox.pendingCounts()).toEqual({ [name]: 1 });
        // Resting: nothing is sent before the retry time.
        expect(await dispatcher.dispatch()).toEqual({ delivered: 0, waiting: 1, deadLettered: 0 });
        expect(posts()).toHaveLength(1);
        clock.advance(31_000);
        expect(await dispatcher.dispatch()).toEqual({ delivered: 1, waiting: 0, deadLettered: 0 });
        expect(posts()).toHaveLength(2);
        expect(await app.store.outbox.pendingCounts()).toEqual({});
      },
    );
  });
});

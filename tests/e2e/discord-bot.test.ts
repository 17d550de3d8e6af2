// The real bot against a local fake Discord (REST, webhooks, gateway) and the seed feed:
// alerts to a channel and to a webhook, neutralized mentions, 429 and 403 handling,
// Ed25519-signed interactions and the gateway, all through the real command module.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.js';
import type { RunningBot } from '../../src/app/run-bot.js';
import { main } from '../../src/cli/main.js';
import { createFeedServer, serve, type FeedServer } from '../helpers/feed-server.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.js';
import { fixturePath } from '../helpers/shared-data.js';
import { createClock, rssFeed, tempDir, testConfig, type TestClock, startTestBot } from '../helpers/test-app.js';

const APP_ID = '100000000000000001';
const CHANNEL = '300000000000000001';

type Embed = {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  timestamp?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
};
type MessageBody = { content?: string; embeds?: Embed[]; allowed_mentions?: { parse?: string[] } };

describe('Discord end to end', () => {
  let feeds: FeedServer;
  let discord: FakeDiscord;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  let privateKey: KeyObject;
  let publicKeyHex: string;
  let bot: RunningBot | null = null;
  let app: App;

  const start = async (destinations: unknown[], extra: Record<string, unknown> = {}) => {
    const config = testConfig(
      {
        schedule: '0 0 1 1 *',
        feeds: [{ url: feeds.url('/seed.rss'), name: 'AI Industry News', backfill: 1 }],
        watchlist: [{ name: 'OpenAI' }],
        destinations,
        ...extra,
      },
      {
        DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`,
        DISCORD_BOT_TOKEN: 'discord-bot-token',
        DISCORD_APPLICATION_ID: APP_ID,
        DISCORD_PUBLIC_KEY: publicKeyHex,
        DISCORD_API_URL: discord.apiUrl,
      },
    );
    ({ app, bot } = await startTestBot(config, clock));
    return bot;
  };
  const channelPosts = () => discord.requestsTo('POST', `/channels/${CHANNEL}/messages`);

  beforeEach(async () => {
    feeds = createFeedServer({ '/seed.rss': serve(readFileSync(fixturePath('seed/deal-news.rss'))) });
    await feeds.start();
    discord = await startFakeDiscord({ applicationId: APP_ID });
    dir = tempDir();
    clock = createClock(Date.now());
    const pair = generateKeyPairSync('ed25519');
    privateKey = pair.privateKey;
    publicKeyHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  });
  afterEach(async () => {
    await bot?.shutdown('test over');
    bot = null;
    await discord.close();
    await feeds.close();
    dir.cleanup();
  });

  it('posts the seed story once to the channel, with one embed and no possible mentions', async () => {
    await start([{ name: 'deals-discord', discord: { channel: CHANNEL } }]);
    await discord.waitFor(() => channelPosts().length >= 1);
    await new Promise((r) => setTimeout(r, 300));
    expect(channelPosts()).toHaveLength(1);
    const body = channelPosts()[0]!.body as MessageBody;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.embeds).toHaveLength(1);
    const embed = body.embeds![0]!;
    expect(embed.title).toContain('OpenAI signs partnership with Google Cloud');
    expect(embed.url).toBe('https://news.example.com/2025/06/openai-google-cloud-partnership');
    expect(embed.description).toContain('OpenAI has signed a cloud partnership with Google Cloud');
    expect(embed.fields!.map((f) => f.name)).toEqual(expect.arrayContaining(['Parties', 'Type', 'Amount']));
    expect(embed.footer!.text).toContain('AI Industry News');
    expect(embed.timestamp).toBe('2025-07-01T08:30:00.000Z');
    expect(typeof embed.color).toBe('number');
    expect(await app.store.outbox.pendingCounts()).toEqual({});
  });

  it('posts through a webhook destination with no bot needed, neutralizing @everyone and masked links', async () => {
    feeds.route(
      '/seed.rss',
      serve(
        rssFeed([
          {
            guid: 'x',
            title: '@everyone [Click](https://evil.example) OpenAI to acquire Widget Inc',
            link: 'https://news.example.com/x',
            description: 'OpenAI agreed to acquire Widget Inc for $2 billion. @here [Free money](https://evil.example)',
            pubDate: 'Tue, 01 Jul 2025 08:00:00 GMT',
          },
        ]),
      ),
    );
    await start([{ name: 'hook', discord: { webhook: `${discord.apiUrl}/webhooks/400000000000000001/hook-token` } }]);
    const hookPosts = () => discord.requestsTo('POST', '/webhooks/400000000000000001/hook-token');
    await discord.waitFor(() => hookPosts().length >= 1);
    const request = hookPosts()[0]!;
    expect(request.headers.authorization).toBeUndefined();
    const body = request.body as MessageBody;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/(^|[^\\])\[Click\]\(https:\/\/evil\.example\)/);
    expect(text).not.toContain('"@everyone');
    expect(text).not.toMatch(/[^\u200b]@everyone/u);
    expect(text).not.toMatch(/[^\u200b]@here/u);
  });

  it('waits out a 429 retry_after and loses nothing; a 403 is reported once and never retried in a loop', async () => {
    discord.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'rate-limit', retryAfter: 1, bucket: 'abc' });
    discord.script('POST', '/channels/300000000000000009/messages', { kind: 'error', status: 403, code: 50001, message: 'Missing Access' });
    await start([
      { name: 'ok-channel', discord: { channel: CHANNEL } },
      { name: 'forbidden', discord: { channel: '300000000000000009' } },
    ]);
    await discord.waitFor(() => channelPosts().length >= 1);
    for (const deadline = Date.now() + 5_000; (await app.store.outbox.pending('ok-channel', 1))[0]?.attempts !== 1;) {
      if (Date.now() > deadline) throw new Error('the throttled attempt was never recorded');
      await new Promise((r) => setTimeout(r, 10));
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(channelPosts()).toHaveLength(1);
    clock.advance(1_200);
    await discord.waitFor(() => channelPosts().length >= 2);
    // The forbidden channel was tried once, and is not tried again for many ticks.
    await new Promise((r) => setTimeout(r, 500));
    expect(discord.requestsTo('POST', '/channels/300000000000000009/messages')).toHaveLength(1);
    expect(await app.store.outbox.pendingCounts()).toEqual({ forbidden: 1 });
    const failures = await app.store.stats.counters('delivery_failures');
    expect(failures.filter((c) => c.label.startsWith('forbidden:'))).toEqual([expect.objectContaining({ value: 1 })]);
  });

  async function interact(port: number, body: unknown, good = true) {
    const raw = JSON.stringify(body);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + raw), privateKey).toString('hex');
    const res = await fetch(`http://127.0.0.1:${port}/discord/interactions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': good ? signature : signature.replace(/^../, '00'),
        'x-signature-timestamp': timestamp,
      },
      body: raw,
    });
    return { status: res.status, json: (await res.json().catch(() => null)) as Record<string, unknown> | null };
  }
  const member = (permissions: string) => ({
    user: { id: '500000000000000001', username: 'm', discriminator: '0', avatar: null, global_name: null },
    roles: [],
    permissions,
    joined_at: '2026-01-01T00:00:00Z',
    deaf: false,
    mute: false,
    flags: 0,
  });
  const command = (name: string, sub: string, options: unknown[], permissions = '0') => ({
    id: '600000000000000001',
    application_id: APP_ID,
    type: 2,
    token: 'interaction-token',
    version: 1,
    guild_id: '700000000000000001',
    channel_id: CHANNEL,
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': '700000000000000001' },
    context: 0,
    member: member(permissions),
    data: { id: '800000000000000001', name, type: 1, options: [{ type: 1, name: sub, options }] },
  });

  it('answers Ed25519-signed interactions through the real command module', async () => {
    const running = await start([{ name: 'deals-discord', discord: { channel: CHANNEL } }]);
    await discord.waitFor(() => channelPosts().length >= 1);
    expect((await interact(running.port, { type: 1, id: '1', application_id: APP_ID, token: 't', version: 1 })).json).toEqual({ type: 1 });

    const search = await interact(running.port, command('deals', 'search', [{ name: 'text', type: 3, value: 'openai' }]));
    expect(search.status).toBe(200);
    expect(search.json!.type).toBe(4);
    expect(JSON.stringify(search.json)).toContain('OpenAI signs partnership with Google Cloud');
    expect((search.json!.data as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });

    const denied = await interact(running.port, command('watchlist', 'add', [{ name: 'name', type: 3, value: 'Nvidia' }], '0'));
    expect(JSON.stringify(denied.json)).toContain('only dealwatch admins');
    expect((await app.store.watchlist.list()).map((w) => w.name)).toEqual(['OpenAI']);

    const allowed = await interact(running.port, command('watchlist', 'add', [{ name: 'name', type: 3, value: 'Nvidia' }], '32'));
    expect(JSON.stringify(allowed.json)).toContain('Now watching Nvidia');

    const bad = await interact(running.port, command('watchlist', 'add', [{ name: 'name', type: 3, value: 'Evil' }], '32'), false);
    expect(bad.status).toBe(401);
    expect((await app.store.watchlist.list()).map((w) => w.name)).toEqual(['Nvidia', 'OpenAI']);
  });

  it('answers commands arriving through the gateway', async () => {
    await start([{ name: 'deals-discord', discord: { channel: CHANNEL } }]);
    await discord.waitFor(() => channelPosts().length >= 1);
    await discord.waitFor(() => discord.connectedClients() > 0 && discord.gatewaySent.some((f) => f.t === 'READY'), 10_000);
    discord.dispatchInteraction({ ...command('deals', 'search', [{ name: 'text', type: 3, value: 'openai' }]), id: '600000000000000077', token: 'gw-token' });
    const callbacks = () => discord.requestsTo('POST', /\/interactions\/600000000000000077\/gw-token\/callback/);
    await discord.waitFor(() => callbacks().length >= 1, 10_000);
    const text = JSON.stringify(callbacks()[0]!.body);
    expect(text).toContain('OpenAI signs partnership with Google Cloud');
  });

  it('keeps running and alerting when the gateway refuses the bot token at start-up', async () => {
    discord.script('GET', '/gateway/bot', { kind: 'error', status: 401, code: 0, message: '401: Unauthorized' });
    const running = await start([{ name: 'deals-discord', discord: { channel: CHANNEL } }]);
    await discord.waitFor(() => channelPosts().length >= 1);
    expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
  });

  it('dealwatch discord register --guild 1 sends the full command set in one bulk PUT', async () => {
    const configPath = join(dir.path, 'dealwatch.yaml');
    writeFileSync(configPath, 'watchlist: []\n');
    let out = '';
    const stdout = new Writable({ write: (c, _e, cb) => ((out += String(c)), cb()) });
    const code = await main({
      argv: ['discord', 'register', '--guild', '1', '--config', configPath],
      env: { DISCORD_BOT_TOKEN: 'discord-bot-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl, LOG_LEVEL: 'silent' },
      stdout,
      stderr: new PassThrough(),
      stdin: new PassThrough(),
    });
    expect(code).toBe(0);
    const puts = discord.requestsTo('PUT', `/applications/${APP_ID}/guilds/1/commands`);
    expect(puts).toHaveLength(1);
    expect((puts[0]!.body as { name: string }[]).map((c) => c.name).sort()).toEqual(['deals', 'feeds', 'watchlist']);
    expect(out).toContain('registered /deals, /watchlist, /feeds in server 1');
  });
});

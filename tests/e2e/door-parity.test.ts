// The three doors (the CLI, a signed Slack command, a signed Discord interaction) are thin
// shells over one command core: the same query gives the same deals in the same order with
// the same limit, and what one door changes, the others show.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.js';
import type { RunningBot } from '../../src/app/run-bot.js';
import { LIST_LIMIT } from '../../src/commands/index.js';
import { createFeedServer, serve, type FeedServer } from '../helpers/feed-server.js';
import { createClock, rssFeed, startTestBot, tempDir, testConfig } from '../helpers/test-app.js';
import { runMain } from '../helpers/run-main.js';
import { slackSignedHeaders } from '../helpers/slack-signing.js';

const SECRET = 'parity-signing-secret';
const APP_ID = '100000000000000001';

const cli = runMain;

const TARGETS = [
  'Arbor Silicon',
  'Brightlane',
  'Cobalt Photonics',
  'Deepwell',
  'Ember Labs',
  'Foxglove Systems',
  'Granite Logic',
  'Harbor Compute',
  'Ionwave',
  'Juniper Optics',
  'Kestrel Silicon',
  'Lumen Fabric',
  'Marble Networks',
  'Northgate AI',
];

describe('door parity: CLI, Slack and Discord answer through one command core', () => {
  let feeds: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let bot: RunningBot;
  let app: App;
  let privateKey: KeyObject;
  let env: Record<string, string>;
  let configPath: string;

  beforeAll(async () => {
    // Fourteen Nvidia deals (fourteen different targets), a day apart, so the one list limit (10) has something to cut.
    const items = Array.from({ length: 14 }, (_, i) => ({
      guid: `nv-${i}`,
      title: `Nvidia agrees to acquire ${TARGETS[i]} for $${100 + i} million`,
      link: `https://news.example.com/nvidia-${i}`,
      description: `Nvidia said on Tuesday it agreed to acquire ${TARGETS[i]} for $${100 + i} million in cash.`,
      pubDate: new Date(Date.UTC(2026, 0, 1 + i, 9)).toUTCString(),
    }));
    feeds = createFeedServer({ '/nvidia.rss': serve(rssFeed(items), { headers: { 'content-type': 'application/rss+xml' } }) });
    await feeds.start();
    dir = tempDir();
    const pair = generateKeyPairSync('ed25519');
    privateKey = pair.privateKey;
    const publicKeyHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    env = {
      DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`,
      SLACK_BOT_TOKEN: 'xoxb-parity',
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_APPLICATION_ID: APP_ID,
      LOG_LEVEL: 'silent',
    };
    const raw = { schedule: '0 0 1 1 *', feeds: [{ url: feeds.url('/nvidia.rss'), name: 'Chip Wire' }], watchlist: [{ name: 'Nvidia' }] };
    configPath = join(dir.path, 'dealwatch.yaml');
    writeFileSync(configPath, `schedule: "0 0 1 1 *"\nfeeds:\n  - url: ${feeds.url('/nvidia.rss')}\n    name: Chip Wire\nwatchlist:\n  - name: Nvidia\n`);
    ({ app, bot } = await startTestBot(testConfig(raw, env), createClock(Date.now()), { pollOnStart: false }));
    await bot.pollNow();
  });
  afterAll(async () => {
    await bot.shutdown('test over');
    await feeds.close();
    dir.cleanup();
  });

  async function slack(command: string, text: string): Promise<{ blocks: { type: string; text?: { text: string }; elements?: { text: string }[] }[] }> {
    const body = new URLSearchParams({
      command,
      text,
      user_id: 'U0MEMBER01',
      user_name: 'm',
      team_id: 'T1',
      channel_id: 'C1',
      response_url: 'http://127.0.0.1:9/r',
      trigger_id: 't',
    }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(`http://127.0.0.1:${bot.port}/slack/events`, { method: 'POST', body, headers: slackSignedHeaders(SECRET, body, ts) });
    expect(res.status).toBe(200);
    return (await res.json()) as never;
  }

  async function discord(name: string, sub: string, options: unknown[]): Promise<{ data: { content?: string; embeds?: { description?: string }[] } }> {
    const interaction = {
      id: '600000000000000001',
      application_id: APP_ID,
      type: 2,
      token: 'interaction-token',
      version: 1,
      guild_id: '700000000000000001',
      channel_id: '300000000000000001',
      member: {
        user: { id: '500000000000000001', username: 'm', discriminator: '0', avatar: null, global_name: null },
        roles: [],
        permissions: '0',
        joined_at: '',
        deaf: false,
        mute: false,
        flags: 0,
      },
      data: { id: '800000000000000001', name, type: 1, options: [{ type: 1, name: sub, options }] },
    };
    const raw = JSON.stringify(interaction);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + raw), privateKey).toString('hex');
    const res = await fetch(`http://127.0.0.1:${bot.port}/discord/interactions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
      body: raw,
    });
    expect(res.status).toBe(200);
    return (await res.json()) as never;
  }

  it('search nvidia gives the same deals in the same order, with one limit, on all three doors', async () => {
    const fromCli = (await cli(['deals', 'search', 'nvidia', '--json', '--config', configPath], env)).stdout
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { title: string }).title);

    const slackReply = await slack('/deals', 'search nvidia');
    const slackText = slackReply.blocks
      .filter((b) => b.type === 'section')
      .map((b) => b.text!.text)
      .join('\n\n');
    const fromSlack = [...slackText.matchAll(/\*<[^|]+\|([^>]+)>\*/g)].map((m) => m[1]!);

    const discordReply = await discord('deals', 'search', [{ type: 3, name: 'text', value: 'nvidia' }]);
    const rows = discordReply.data.embeds![0]!.description!.split('\n');
    const fromDiscord = rows.map((row) => /^• \[(.+?)\]\(</.exec(row)![1]!);

    expect(fromCli).toHaveLength(LIST_LIMIT);
    expect(fromCli[0]).toBe(`Nvidia agrees to acquire ${TARGETS[13]} for $113 million`);
    expect(fromSlack).toEqual(fromCli);
    expect(fromDiscord).toEqual(fromCli);
    expect((await app.store.deals.search({ text: 'nvidia', limit: 50 })).deals).toHaveLength(14);
  });

  it('a ticker added from the CLI shows in /watchlist list on Slack and on Discord', async () => {
    const added = await cli(['watch', 'add', 'Nvidia', '--ticker', '$nvda', '--config', configPath], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('tickers: NVDA');
    const slackList = JSON.stringify(await slack('/watchlist', 'list'));
    expect(slackList).toContain('tickers: NVDA');
    const discordList = JSON.stringify(await discord('watchlist', 'list', []));
    expect(discordList).toContain('tickers: NVDA');
  });
});

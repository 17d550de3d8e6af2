// Security (issue 6, point 7), one test per point: the SSRF guard on chat-added feeds,
// signed Slack and Discord requests, admin checks on every call, feed text that cannot
// inject mentions or markup, no secrets in the config file or the logs, pinned
// dependencies, and a non-root Docker image.
//
// Network rule: every request goes to servers these tests start on 127.0.0.1. Refused
// private targets are IP literals (checked before any connection), names mapped to
// 127.0.0.x by an injected lookup, or the fetch itself is a recorder that sends nothing.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import type { fetch as undiciFetch } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/app/create-app.js';
import { runBot, type RunningBot } from '../../src/app/run-bot.js';
import { parseSlackCommand } from '../../src/chat/slack/slack-command-text.js';
import type { Actor, ParsedCommand, Reply } from '../../src/commands/index.js';
import { dealMessage } from '../../src/chat/discord/index.js';
import { renderDealMessage } from '../../src/chat/slack/index.js';
import { isPublicAddress, type DnsLookup } from '../../src/fetch/index.js';
import type { DealRecord } from '../../src/model/records.js';
import { createFeedServer, redirect, serve, type FeedServer } from '../helpers/feed-server.js';
import { sampleDeal, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { createClock, rssFeed, tempDir, testConfig, type TestClock } from '../helpers/test-app.js';
import { slackSignedHeaders, slashCommandBody } from '../helpers/slack-signing.js';

const ROOT = process.cwd();
const ADMIN = 'UADMIN0001';
const OTHER_ADMIN = 'UADMIN0002';
const SLACK_ADMIN: Actor = { platform: 'slack', userId: ADMIN, platformAdmin: false };
const APP_ID = '100000000000000001';
const CHANNEL = '300000000000000001';
const FEED = rssFeed([
  {
    guid: 'a',
    title: 'Acme Corp to acquire Widget Inc',
    link: 'https://news.example.com/a',
    description: 'Acme Corp agreed to acquire Widget Inc for $1 billion.',
    pubDate: 'Tue, 01 Jul 2025 08:00:00 GMT',
  },
]);

const command = (name: 'deals' | 'watchlist' | 'feeds', text: string): ParsedCommand => {
  const parsed = parseSlackCommand(name, text);
  if (!parsed.ok) throw new Error(`usage: ${JSON.stringify(parsed.reply)}`);
  return parsed.command;
};
const replyText = (reply: Reply) => JSON.stringify(reply.blocks);
const silent = () => pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const mapLookup =
  (map: Record<string, string>): DnsLookup =>
  async (host) => {
    const address = map[host];
    if (address === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };

describe('security', () => {
  let server: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  const opened: App[] = [];
  const bots: RunningBot[] = [];

  const open = async (raw: Record<string, unknown>, options: Partial<AppOptions> = {}, env: Record<string, string> = {}) => {
    const app = await createApp({
      config: testConfig(raw, { DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, ...env }),
      log: silent(),
      now: clock.now,
      writeAlert: () => undefined,
      ...options,
    });
    opened.push(app);
    return app;
  };

  beforeEach(async () => {
    server = createFeedServer({ '/feed': serve(FEED), '/secret': serve('internal admin page') });
    await server.start();
    dir = tempDir();
    clock = createClock(Date.now());
  });
  afterEach(async () => {
    for (const bot of bots.splice(0)) await bot.shutdown('test over');
    for (const app of opened.splice(0)) await app.close();
    await server.close();
    dir.cleanup();
  });

  describe('SSRF: feeds added from chat', () => {
    it('refuses private, loopback, link-local, metadata, IPv6 loopback/ULA and decimal/hex/octal IP forms, before any request is made', async () => {
      const attempted: string[] = [];
      // The fetch is a recorder: even a broken guard could not send a packet anywhere.
      const recorder = (async (input: string) => {
        attempted.push(String(input));
        throw new Error('test fetch must not be called');
      }) as unknown as typeof undiciFetch;
      const app = await open({ admins: { slack: [ADMIN] } }, { fetcherOverrides: { fetch: recorder } });
      const p = server.port;
      const targets = [
        'http://10.0.0.1/feed', // RFC 1918
        'http://172.16.5.4/feed',
        'http://192.168.1.1/feed',
        `http://127.0.0.1:${p}/feed`, // loopback
        'http://169.254.169.254/latest/meta-data/', // cloud metadata
        'http://169.254.1.1/feed', // link-local
        'http://100.100.100.200/latest/meta-data/', // CGNAT range (Alibaba metadata)
        'http://0.0.0.0/feed',
        `http://[::1]:${p}/feed`, // IPv6 loopback
        'http://[fd00::1]/feed', // IPv6 ULA
        'http://[fe80::1]/feed', // IPv6 link-local
        'http://[::ffff:169.254.169.254]/feed', // IPv4-mapped metadata
        `http://2130706433:${p}/feed`, // decimal 127.0.0.1
        `http://0x7f000001:${p}/feed`, // hex 127.0.0.1
        'http://0xa9fea9fe/latest/meta-data/', // hex 169.254.169.254
        `http://0177.0.0.1:${p}/feed`, // octal 127.0.0.1
        'http://[64:ff9b::a9fe:a9fe]/feed', // NAT64 of the metadata address
      ];
      for (const url of targets) {
        const text = replyText(await app.runCommand(command('feeds', `add ${url}`), SLACK_ADMIN));
        expect(text, url).toContain('Not added: fetcher: refused: address');
        expect(text, url).toContain('an operator can allow it with security.allow_private_feed_urls');
      }
      expect(attempted).toEqual([]);
      expect(server.requests).toHaveLength(0);
      expect(await app.store.feeds.list()).toEqual([]);
    });

    it('refuses a name that resolves to a private address, at connect time', async () => {
      const app = await open(
        { admins: { slack: [ADMIN] } },
        { fetcherOverrides: { lookup: mapLookup({ 'intranet.test': '127.0.0.2', 'feed.test': '127.0.0.1' }) } },
      );
      for (const host of ['intranet.test', 'feed.test']) {
        const text = replyText(await app.runCommand(command('feeds', `add http://${host}:${server.port}/feed`), SLACK_ADMIN));
        expect(text).toContain(`Not added: fetcher: refused: ${host} resolves to private address`);
      }
      expect(server.requests).toHaveLength(0);
      expect(await app.store.feeds.list()).toEqual([]);
    });

    it('refuses a redirect from an allowed feed to a private address, by name, literal or metadata literal', async () => {
      const p = server.port;
      server.route('/to-private-name', redirect(`http://private.test:${p}/secret`));
      server.route('/to-private-literal', redirect(`http://127.0.0.2:${p}/secret`, 301));
      server.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
      server.route('/to-ipv6-loopback', redirect(`http://[::1]:${p}/secret`));
      const app = await open(
        { admins: { slack: [ADMIN] } },
        {
          fetcherOverrides: {
            // feed.test is "public" for this test (it stays on 127.0.0.1); private.test is not.
            lookup: mapLookup({ 'feed.test': '127.0.0.1', 'private.test': '127.0.0.2' }),
            isAllowedAddress: (ip) => ip === '127.0.0.1' || isPublicAddress(ip),
          },
        },
      );
      // Control: the allowed host itself passes the guard and is added.
      const added = replyText(await app.runCommand(command('feeds', `add http://feed.test:${p}/feed`), SLACK_ADMIN));
      expect(added).toContain('Added feed #');
      for (const path of ['/to-private-name', '/to-private-literal', '/to-metadata', '/to-ipv6-loopback']) {
        const text = replyText(await app.runCommand(command('feeds', `add http://feed.test:${p}${path}`), SLACK_ADMIN));
        expect(text, path).toContain('Not added: fetcher: refused:');
        expect(text, path).toMatch(/private address|is private/);
        expect(server.requestsTo(path), path).toHaveLength(1);
      }
      expect(server.requestsTo('/secret')).toHaveLength(0);
      expect((await app.store.feeds.list()).map((f) => f.url)).toEqual([`http://feed.test:${p}/feed`]);
    });

    it('security.allow_private_feed_urls: true lets chat add and poll private addresses; turning it off blocks the poll', async () => {
      const p = server.port;
      const raw = { admins: { slack: [ADMIN] }, watchlist: [{ name: 'Acme Corp' }] };
      const allowed = await open({ ...raw, security: { allow_private_feed_urls: true } });
      expect(replyText(await allowed.runCommand(command('feeds', `add http://127.0.0.1:${p}/feed`), SLACK_ADMIN))).toContain('Added feed #');
      expect(replyText(await allowed.runCommand(command('feeds', `add http://0x7f000001:${p}/feed?hex`), SLACK_ADMIN))).toContain('Added feed #');
      const polled = await allowed.runCycle({ all: true });
      expect(polled).toMatchObject({ feedsPolled: 2, failed: 0 });
      await allowed.close();

      // The operator turns the switch off: the chat-added feeds are refused at poll time.
      server.resetStats();
      const strict = await open(raw);
      const summary = await strict.runCycle({ all: true });
      expect(summary).toMatchObject({ feedsPolled: 2, failed: 2 });
      expect((await strict.store.feeds.list()).map((f) => f.lastErrorCode)).toEqual(['blocked-address', 'blocked-address']);
      expect(server.requests).toHaveLength(0);
    });
  });

  describe('signed chat requests', () => {
    let slack: FakeSlack;
    let discord: FakeDiscord;
    let privateKey: KeyObject;
    let publicKeyHex: string;
    const SECRET = 'test-signing-secret';

    beforeEach(async () => {
      slack = await startFakeSlack();
      discord = await startFakeDiscord({ applicationId: APP_ID });
      const pair = generateKeyPairSync('ed25519');
      privateKey = pair.privateKey;
      publicKeyHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    });
    afterEach(async () => {
      for (const bot of bots.splice(0)) await bot.shutdown('test over');
      await slack.close();
      await discord.close();
    });

    const startBot = async (admins: Record<string, string[]>, log: Logger = silent(), env: Record<string, string> = {}, destinations: unknown[] = []) => {
      const config = testConfig(
        { schedule: '0 0 1 1 *', feeds: [{ url: server.url('/feed'), name: 'News', backfill: 1 }], watchlist: [{ name: 'Acme Corp' }], destinations, admins },
        {
          DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`,
          SLACK_BOT_TOKEN: 'xoxb-test-token',
          SLACK_SIGNING_SECRET: SECRET,
          SLACK_API_URL: slack.apiUrl,
          DISCORD_APPLICATION_ID: APP_ID,
          DISCORD_PUBLIC_KEY: publicKeyHex,
          DISCORD_API_URL: discord.apiUrl,
          ...env,
        },
      );
      const app = await createApp({ config, log, now: clock.now, writeAlert: () => undefined });
      const bot = await runBot({
        app,
        log,
        port: 0,
        host: '127.0.0.1',
        schedule: config.schedule,
        now: clock.now,
        deliveryTickMs: 50,
        pollOnStart: false,
        shutdownGraceMs: 1_000,
      });
      bots.push(bot);
      return { app, bot };
    };
    const slackSigned = (body: string, timestamp?: number, secret = SECRET) => slackSignedHeaders(secret, body, timestamp);
    const slashBody = (cmd: string, text: string, user: string) => slashCommandBody(cmd, text, user, slack.responseUrl());
    const watchNames = async (app: App) => (await app.store.watchlist.list()).map((w) => w.name).sort();

    it('Slack: bad, stale, wrong-secret or missing signatures get 401 and change nothing; a valid one works', async () => {
      const { app, bot } = await startBot({ slack: [ADMIN] });
      const url = `http://127.0.0.1:${bot.port}/slack/events`;
      const body = slashBody('/watchlist', 'add Nvidia', ADMIN);
      const now = Math.floor(Date.now() / 1000);
      const attempts: Record<string, Record<string, string>> = {
        'bad signature': { ...slackSigned(body), 'x-slack-signature': 'v0=deadbeef' },
        'stale (10 min old)': slackSigned(body, now - 600),
        'wrong secret': slackSigned(body, now, 'not-the-secret'),
        'no signature': { 'content-type': 'application/x-www-form-urlencoded' },
      };
      for (const [name, headers] of Object.entries(attempts)) {
        const res = await fetch(url, { method: 'POST', body, headers });
        expect(res.status, name).toBe(401);
      }
      // A signature for another body does not carry over (tampering).
      const tampered = await fetch(url, { method: 'POST', body, headers: slackSigned(slashBody('/deals', 'help', ADMIN)) });
      expect(tampered.status).toBe(401);
      expect(await watchNames(app)).toEqual(['Acme Corp']);

      const ok = await fetch(url, { method: 'POST', body, headers: slackSigned(body) });
      expect(ok.status).toBe(200);
      expect(JSON.stringify(await ok.json())).toContain('Now watching Nvidia');
      expect(await watchNames(app)).toEqual(['Acme Corp', 'Nvidia']);
    });

    it('Discord: a bad Ed25519 signature (or none) gets 401 and changes nothing; a valid one works', async () => {
      const { app, bot } = await startBot({ slack: [] });
      const interaction = {
        id: '600000000000000001',
        application_id: APP_ID,
        type: 2,
        token: 'interaction-token',
        version: 1,
        guild_id: '700000000000000001',
        channel_id: CHANNEL,
        member: {
          user: { id: '500000000000000001', username: 'm', discriminator: '0', avatar: null, global_name: null },
          roles: [],
          permissions: '32',
          joined_at: '2026-01-01T00:00:00Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
        data: {
          id: '800000000000000001',
          name: 'watchlist',
          type: 1,
          options: [{ type: 1, name: 'add', options: [{ name: 'name', type: 3, value: 'Nvidia' }] }],
        },
      };
      const raw = JSON.stringify(interaction);
      const timestamp = String(Math.floor(Date.now() / 1000));
      const good = sign(null, Buffer.from(timestamp + raw), privateKey).toString('hex');
      const other = sign(null, Buffer.from(timestamp + raw), generateKeyPairSync('ed25519').privateKey).toString('hex');
      const post = (headers: Record<string, string>, body = raw) =>
        fetch(`http://127.0.0.1:${bot.port}/discord/interactions`, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
      const bad: Record<string, Record<string, string>> = {
        'flipped signature': { 'x-signature-ed25519': good.replace(/^../, good.startsWith('00') ? '11' : '00'), 'x-signature-timestamp': timestamp },
        'signed by another key': { 'x-signature-ed25519': other, 'x-signature-timestamp': timestamp },
        'other timestamp': { 'x-signature-ed25519': good, 'x-signature-timestamp': String(Number(timestamp) + 1) },
        'no signature': {},
      };
      for (const [name, headers] of Object.entries(bad)) expect((await post(headers)).status, name).toBe(401);
      expect((await post({ 'x-signature-ed25519': good, 'x-signature-timestamp': timestamp }, raw.replace('Nvidia', 'Evil'))).status).toBe(401);
      expect(await watchNames(app)).toEqual(['Acme Corp']);
      const ok = await post({ 'x-signature-ed25519': good, 'x-signature-timestamp': timestamp });
      expect(ok.status).toBe(200);
      expect(JSON.stringify(await ok.json())).toContain('Now watching Nvidia');
    });

    it('admin commands check permissions on every call: a user removed from admins (restart with new config) is refused', async () => {
      const first = await startBot({ slack: [ADMIN, OTHER_ADMIN] });
      const url = `http://127.0.0.1:${first.bot.port}/slack/events`;
      const add = slashBody('/watchlist', 'add Nvidia', ADMIN);
      expect(JSON.stringify(await (await fetch(url, { method: 'POST', body: add, headers: slackSigned(add) })).json())).toContain('Now watching Nvidia');
      await first.bot.shutdown('config changed');
      bots.splice(0);

      const second = await startBot({ slack: [OTHER_ADMIN] });
      const url2 = `http://127.0.0.1:${second.bot.port}/slack/events`;
      for (const text of ['remove Nvidia', 'add Oracle']) {
        const body = slashBody('/watchlist', text, ADMIN);
        const reply = JSON.stringify(await (await fetch(url2, { method: 'POST', body, headers: slackSigned(body) })).json());
        expect(reply).toContain('only dealwatch admins');
      }
      const feedAdd = slashBody('/feeds', `add ${server.url('/feed')}`, ADMIN);
      expect(JSON.stringify(await (await fetch(url2, { method: 'POST', body: feedAdd, headers: slackSigned(feedAdd) })).json())).toContain(
        'only dealwatch admins',
      );
      expect(await watchNames(second.app)).toEqual(['Acme Corp', 'Nvidia']);
      expect(server.requests).toHaveLength(0);
      // The remaining admin still can; a Discord user with neither Manage Server nor a listing cannot.
      expect(
        replyText(await second.app.runCommand(command('watchlist', 'remove Nvidia'), { platform: 'slack', userId: OTHER_ADMIN, platformAdmin: false })),
      ).toContain('Nvidia');
      expect(
        replyText(await second.app.runCommand(command('feeds', 'list'), { platform: 'discord', userId: '500000000000000001', platformAdmin: false })),
      ).toContain('only dealwatch admins');
    });

    it('secrets are never logged, even at trace level, through polls, deliveries, refusals and commands', async () => {
      const secrets = {
        SLACK_BOT_TOKEN: 'xoxb-1111111111-2222222222-SeCrEtSlAcKbOtToKeN',
        SLACK_SIGNING_SECRET: 'f00dfeedsigningsecret0123456789ab',
        DISCORD_BOT_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAy.GsEcRe.dIsCoRdBoTtOkEnSeCrEtVaLuE0123456',
        HOOK_TOKEN: 'WeBhOoKsEcReTtOkEn-abcdefghijklmnopqrstuvwxyz0123456789',
      };
      const lines: string[] = [];
      const sink = new Writable({ write: (chunk, _enc, cb) => (lines.push(String(chunk)), cb()) });
      const log = pino({ level: 'trace' }, sink);
      // Every platform call fails once (with its error logged), then succeeds.
      slack.script('chat.postMessage', { kind: 'error', error: 'invalid_auth' });
      discord.script('POST', `/channels/${CHANNEL}/messages`, { kind: 'error', status: 401, message: '401: Unauthorized' });
      discord.script('POST', /^\/webhooks\//, { kind: 'error', status: 500 });
      const { app, bot } = await startBot(
        { slack: [ADMIN] },
        log,
        { SLACK_BOT_TOKEN: secrets.SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET: secrets.SLACK_SIGNING_SECRET, DISCORD_BOT_TOKEN: secrets.DISCORD_BOT_TOKEN },
        [
          { name: 'deals-slack', slack: { channel: 'C0DEALS001' } },
          { name: 'deals-discord', discord: { channel: CHANNEL } },
          { name: 'deals-hook', discord: { webhook: `${discord.apiUrl}/webhooks/400000000000000001/${secrets.HOOK_TOKEN}` } },
        ],
      );
      await bot.pollNow();
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1);
      await discord.waitFor(() => discord.requests.filter((r) => r.method === 'POST').length >= 2);
      await new Promise((r) => setTimeout(r, 200));
      clock.advance(11 * 60_000);
      await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 2);
      await discord.waitFor(
        () =>
          discord.requests.some((r) => r.path.includes('/webhooks/') && r.method === 'POST') &&
          discord.requests.filter((r) => r.path.includes('/webhooks/')).length >= 2,
      );
      const url = `http://127.0.0.1:${bot.port}/slack/events`;
      const body = slashBody('/deals', 'status', ADMIN);
      // Verification reads the injected clock, which the re-check above moved on.
      const sign2 = (b: string) => slackSignedHeaders(secrets.SLACK_SIGNING_SECRET, b, Math.floor(clock.now() / 1000));
      expect((await fetch(url, { method: 'POST', body, headers: sign2(body) })).status).toBe(200);
      expect((await fetch(url, { method: 'POST', body, headers: { ...sign2(body), 'x-slack-signature': 'v0=00' } })).status).toBe(401);
      await bot.shutdown('test over');
      bots.splice(0);
      expect(app.destinations.map((d) => d.name).sort()).toEqual(['deals-discord', 'deals-hook', 'deals-slack']);

      const text = lines.join('');
      // The logs are real and detailed (trace level, with the refusals), so the check means something.
      expect(lines.length).toBeGreaterThanOrEqual(10);
      expect(text).toContain('invalid_auth');
      expect(text).toContain('discord-unauthorized');
      expect(text).toContain('rejected a Slack request that failed signature verification');
      for (const [name, value] of Object.entries(secrets)) {
        expect(text.includes(value), `${name} appears in the logs`).toBe(false);
        // Nor a recognisable part of it.
        expect(text.includes(value.slice(-16)), `the tail of ${name} appears in the logs`).toBe(false);
      }
    });
  });

  describe('feed text cannot inject mentions or markup', () => {
    const hostile =
      '<!channel> <!here> <!everyone> <@U123> <#C123> <!subteam^S123> <https://evil.example|bank> @everyone @here <@&123> <@!456> [x](https://evil.example) `code` ```block``` **bold** ~~strike~~ ||spoiler|| __under__';
    const hostileDeal: DealRecord = sampleDeal({
      title: `# heading ${hostile}`,
      summary: `> quote\n# heading\n-# subtext\n${hostile}\n[second](https://evil.example) [third](https://evil.example)`,
      source: '<!here> News [x](https://evil.example) @everyone',
      url: 'https://news.example/story?a=1|<!channel>',
      amount: { value: 1, currency: 'USD', text: '<!channel> $1 @everyone' },
      companies: [
        { name: '<!channel> Evil Corp', role: 'acquirer', watched: true },
        { name: '@everyone [x](https://evil.example)', role: 'target', watched: true },
      ],
    });

    /** Every string in a JSON value, with its path. */
    const strings = (value: unknown, path = ''): [string, string][] => {
      if (typeof value === 'string') return [[path, value]];
      if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
      if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
      return [];
    };

    it('Slack: no <…> control sequence survives except our own date token, and the button URL is made inert', () => {
      const message = renderDealMessage(hostileDeal);
      const all = [...strings(message.blocks, 'blocks'), ['text', message.text] as [string, string]];
      for (const [path, text] of all) {
        if (path.endsWith('.url')) {
          // A button URL is not parsed as mrkdwn; it still must not carry a raw pipe or brackets.
          expect(text, path).not.toMatch(/[<>|]/);
          continue;
        }
        for (const match of text.matchAll(/<[^>]*>/g)) expect(match[0], `${path}: ${text}`).toMatch(/^<!date\^\d+\^\{date_short_pretty\} \{time\}\|[^<>|]+>$/);
      }
      const json = JSON.stringify(message);
      for (const token of ['<!channel>', '<!here>', '<!everyone>', '<@U123>', '<#C123>', '<!subteam^S123>', '<https://evil.example|bank>'])
        expect(json).not.toContain(token);
      expect(json).toContain('&lt;!channel&gt;');
      expect(message.unfurl_links).toBe(false);
      expect(message.unfurl_media).toBe(false);
      // A javascript: link gets no button at all.
      expect(JSON.stringify(renderDealMessage(sampleDeal({ url: 'javascript:alert(1)' })).blocks)).not.toContain('javascript');
    });

    it('Discord: no mention can ping, no masked link, heading, quote or code survives, in any embed field', () => {
      const message = dealMessage(hostileDeal);
      expect(message.allowed_mentions).toEqual({ parse: [] });
      expect(message.content ?? '').toBe('');
      const all = strings(message.embeds, 'embeds').filter(([path]) => !path.endsWith('.url') && !path.endsWith('.timestamp'));
      expect(all.length).toBeGreaterThan(4);
      for (const [path, text] of all) {
        expect(text, path).not.toMatch(/(^|[^\u200b])@(everyone|here)/u);
        expect(text, path).not.toMatch(/<[@#](?!\u200b)/u);
        expect(text, path).not.toMatch(/<@&\d/);
        // Discord renders no markdown in an embed footer or author name: plain text is safe there.
        if (path.endsWith('.footer.text') || path.endsWith('.author.name')) continue;
        expect(text, path).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(https?:/m);
        expect(text, path).not.toMatch(/^\s*#{1,3} /m);
        expect(text, path).not.toMatch(/^\s*>/m);
        expect(text, path).not.toMatch(/^\s*-# /m);
        expect(text, path).not.toMatch(/(^|[^\\])`/);
        expect(text, path).not.toMatch(/(^|[^\\])\*\*/);
        expect(text, path).not.toMatch(/(^|[^\\])\|\|/);
      }
      const embed = message.embeds![0]!;
      // The link target is the story URL, never text from the feed.
      expect(embed.url === undefined || embed.url.startsWith('https://news.example/')).toBe(true);
    });
  });

  describe('configuration, dependencies and image', () => {
    it('config keys that look like secrets are rejected, wherever they are', () => {
      const base = { DATABASE_URL: 'sqlite::memory:' };
      const cases: Record<string, unknown>[] = [
        { slack_bot_token: 'xoxb-1' },
        { fetch: { api_key: 'x' } },
        { watchlist: [{ name: 'A', secret: 'x' }] },
        { destinations: [{ name: 'd', slack: { channel: 'C0123456789', token: 'xoxb-1' } }] },
        { discord_bot_token: 'x' },
        { database_password: 'x' },
        { openai_api_key: 'x' },
      ];
      for (const raw of cases) expect(() => testConfig(raw, base), JSON.stringify(raw)).toThrow(/secrets do not belong in the config file/);
      // And the error never echoes the value back.
      expect(() => testConfig({ slack_bot_token: 'xoxb-echo-check' }, base)).not.toThrow(/xoxb-echo-check/);
    });

    it('the example config/dealwatch.yaml holds no token-looking values and loads as it stands', () => {
      const text = readFileSync(join(ROOT, 'config/dealwatch.yaml'), 'utf8');
      const patterns: [string, RegExp][] = [
        ['Slack token', /xox[abposr]-[A-Za-z0-9-]{6,}/],
        ['Slack app token', /xapp-\d-[A-Za-z0-9-]{6,}/],
        ['Discord bot token', /[MN][A-Za-z\d]{23,}\.[\w-]{6}\.[\w-]{27,}/],
        ['Discord webhook with a real token', /discord(?:app)?\.com\/api\/webhooks\/\d+\/[\w-]{20,}/],
        ['long hex secret', /\b[0-9a-f]{32,}\b/i],
        ['API key', /\b(sk|pk|ghp|gho|AKIA)[-_][A-Za-z0-9]{8,}/],
        ['credentials in a URL', /\w+:\/\/[^\s/:@]+:[^\s/@]+@/],
      ];
      for (const [name, pattern] of patterns) expect(text, name).not.toMatch(pattern);
      expect(text).not.toMatch(/^\s*[\w-]*(token|secret|password|api[_-]?key)[\w-]*\s*:/im);
    });

    it('dependencies are pinned: exact versions in package.json, every lockfile entry resolved with an integrity hash', () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
      for (const [name, range] of Object.entries({ ...pkg.dependencies, ...pkg.devDependencies })) expect(range, name).toMatch(/^\d+\.\d+\.\d+$/);
      const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
        lockfileVersion: number;
        packages: Record<string, { version?: string; resolved?: string; integrity?: string; link?: boolean }>;
      };
      expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
      const entries = Object.entries(lock.packages).filter(([path, entry]) => path !== '' && !entry.link);
      expect(entries.length).toBeGreaterThan(50);
      for (const [path, entry] of entries) {
        expect(entry.version, path).toMatch(/^\d+\.\d+\.\d+/);
        expect(entry.integrity, path).toMatch(/^sha(512|384|256)-/);
        // This lockfile omits `resolved` (the default registry); where present it must be that registry.
        if (entry.resolved !== undefined) expect(entry.resolved, path).toMatch(/^https:\/\/registry\.npmjs\.org\//);
      }
    });

    it('the Docker image is a pinned Node 24 (the release CI uses) and its final stage runs as a non-root user', () => {
      const lines = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
      const froms = lines.filter((l) => /^FROM\s/i.test(l));
      expect(froms.length).toBeGreaterThanOrEqual(1);
      // Node.js 24 LTS, with the version tag pinned, and the same release CI provides.
      const ciNode = /^NODE_VERSION=(\S+)$/m.exec(readFileSync(join(ROOT, '.ci/run'), 'utf8'))?.[1];
      expect(ciNode).toMatch(/^24\.\d+\.\d+$/);
      for (const from of froms) expect(from).toMatch(new RegExp(`^FROM\\s+node:${ciNode!.replaceAll('.', '\\.')}-bookworm-slim(\\s|$)`, 'i'));
      const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
      expect(engines).toBe('>=24');
      const finalStage = lines.slice(lines.lastIndexOf(froms.at(-1)!));
      const users = finalStage.filter((l) => /^USER\s/i.test(l));
      expect(users.length).toBeGreaterThanOrEqual(1);
      const user = users.at(-1)!.split(/\s+/)[1]!;
      expect(user).not.toMatch(/^(root|0)(:|$)/);
      // Nothing runs after USER as root again, and the entrypoint is the app.
      expect(finalStage.slice(finalStage.indexOf(users.at(-1)!)).some((l) => /^USER\s+(root|0)\b/i.test(l))).toBe(false);
      expect(finalStage.some((l) => /^ENTRYPOINT\s+\["node",\s*"dist\/src\/cli\/main\.js"\]/.test(l))).toBe(true);
    });
  });
});

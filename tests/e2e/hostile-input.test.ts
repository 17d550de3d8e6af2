// Issue 9 end to end: the real bot against hostile feeds, a Discord that enforces its
// published limits, slow clients and replayed requests, with every outside party on
// 127.0.0.1. Each case checks that the damage is bounded, that the reason is recorded, and
// that the other feeds and destinations went on.
import Database from 'better-sqlite3';
import { generateKeyPairSync, sign } from 'node:crypto';
import { statSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app/create-app.js';
import { runBot, type RunningBot } from '../../src/app/run-bot.js';
import { renderCliReply } from '../../src/chat/cli/index.js';
import { renderReply as renderDiscordReply } from '../../src/chat/discord/index.js';
import { renderReply as renderSlackReply } from '../../src/chat/slack/index.js';
import { buildCommand, type Actor } from '../../src/commands/index.js';
import { readEnv, validateConfig } from '../../src/config/load-config.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.js';
import { createFeedServer, serve, type FeedServer } from '../helpers/feed-server.js';
import { createClock, rssFeed, tempDir } from '../helpers/test-app.js';
import { slackSignedHeaders } from '../helpers/slack-signing.js';

const CHANNEL = '300000000000000001';
const SLACK_SECRET = 'hostile-signing-secret';
const ADMIN = 'UADMIN0001';
const deal = (guid: string, title: string, link: string, hoursAgo = 1) => ({
  guid,
  title,
  link,
  description: `${title}. Acme Corp said it agreed to acquire the company in an all-cash deal.`,
  pubDate: new Date(Date.now() - hoursAgo * 3_600_000).toUTCString(),
});

describe('hostile input, end to end', () => {
  let feeds: FeedServer;
  let discord: FakeDiscord;
  let dir: ReturnType<typeof tempDir>;
  let app: App | null = null;
  let bot: RunningBot | null = null;
  let logLines: string[];

  async function start(raw: Record<string, unknown>, env: Record<string, string> = {}): Promise<RunningBot> {
    const config = validateConfig(
      { schedule: '0 0 1 1 *', admins: { slack: [ADMIN] }, ...raw },
      'hostile.yaml',
      readEnv({ DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, ...env }),
      env,
    );
    logLines = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => logLines.push(line) });
    app = await createApp({ config, log, now: createClock(Date.now()).now, writeAlert: () => undefined });
    bot = await runBot({ app, log, port: 0, host: '127.0.0.1', schedule: config.schedule, deliveryTickMs: 50, pollOnStart: false });
    return bot;
  }

  beforeEach(async () => {
    feeds = createFeedServer();
    await feeds.start();
    discord = await startFakeDiscord({ applicationId: '100000000000000001' });
    dir = tempDir();
  });
  afterEach(async () => {
    await bot?.shutdown('test over');
    bot = null;
    app = null;
    await discord.close();
    await feeds.close();
    dir.cleanup();
  });

  it('a gzip bomb without Content-Encoding and a 300,000-item JSON Feed are bounded; /healthz answers within 1 s; the good feed goes on', async () => {
    // 300 MB of XML-ish bytes that gzip to a few hundred KB, served as a plain .rss body.
    feeds.route('/bomb.rss', serve(gzipSync(Buffer.alloc(300 * 1024 * 1024, 'a')), { headers: { 'content-type': 'application/rss+xml' } }));
    // 300,000 tiny items in about 4.5 MB, under the 5 MB body cap, as in the report.
    const items = Array.from({ length: 300_000 }, (_, i) => ({ id: String(i) }));
    feeds.route(
      '/huge.json',
      serve(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Huge', items }), { headers: { 'content-type': 'application/feed+json' } }),
    );
    feeds.route('/good.rss', serve(rssFeed([deal('g1', 'Acme Corp agrees to acquire Widget Inc for $2 billion', 'https://news.example.com/g1')])));
    const running = await start({
      feeds: [{ url: feeds.url('/bomb.rss') }, { url: feeds.url('/huge.json') }, { url: feeds.url('/good.rss'), backfill: 1 }],
      watchlist: [{ name: 'Acme Corp' }],
    });

    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const latencies: number[] = [];
    let polling = true;
    const probe = (async () => {
      while (polling) {
        const started = performance.now();
        const res = await fetch(`http://127.0.0.1:${running.port}/healthz`);
        expect(res.status).toBe(200);
        latencies.push(performance.now() - started);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    const started = Date.now();
    await running.pollNow();
    const elapsed = Date.now() - started;
    polling = false;
    await probe;

    expect(elapsed).toBeLessThan(30_000);
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1_000);
    expect(peakRss - rssBefore).toBeLessThan(600 * 1024 * 1024);
    expect(statSync(join(dir.path, 'db.sqlite')).size).toBeLessThan(20 * 1024 * 1024);

    const list = await app!.store.feeds.list();
    const bomb = list.find((f) => f.url.endsWith('/bomb.rss'))!;
    expect(bomb.lastErrorCode).toBe('too-large');
    expect(bomb.lastError).toContain('exceeded 5 MB limit once gunzipped');
    const huge = list.find((f) => f.url.endsWith('/huge.json'))!;
    expect(huge.lastError).toBeNull();
    const db = new Database(join(dir.path, 'db.sqlite'), { readonly: true });
    const stored = (feedId: number) => (db.prepare('select count(*) as n from items where feed_id = ?').get(feedId) as { n: number }).n;
    expect(stored(huge.id)).toBe(500);
    expect(stored(bomb.id)).toBe(0);
    db.close();
    expect(huge.lastWarning).toBe('the feed lists 300000 items; only the newest 500 were read (fetch.max_items_per_poll)');
    expect((await app!.store.deals.search({ text: 'Widget', limit: 10 })).deals).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(await app!.store.outbox.pendingCounts()).toEqual({});
  }, 60_000);

  it('a story with a 3,000-character link reaches a limit-enforcing Discord without its link; a refused message is dead-lettered and the next alert arrives', async () => {
    const longLink = `https://news.example.com/${'a'.repeat(3000)}`;
    feeds.route(
      '/f.rss',
      serve(
        rssFeed([
          deal('l1', 'Acme Corp agrees to acquire Longlink Inc for $1 billion', longLink, 3),
          deal('o1', 'Acme Corp agrees to acquire Ordinary Inc for $2 billion', 'https://news.example.com/o1', 2),
        ]),
      ),
    );
    await start(
      {
        feeds: [{ url: feeds.url('/f.rss'), backfill: 2 }],
        watchlist: [{ name: 'Acme Corp' }],
        destinations: [{ name: 'deals-discord', discord: { channel: CHANNEL } }],
      },
      { DISCORD_BOT_TOKEN: 'bot-token', DISCORD_API_URL: discord.apiUrl },
    );
    await bot!.pollNow();
    await discord.waitFor(() => discord.requestsTo('POST', `/channels/${CHANNEL}/messages`).length >= 2);
    const posts = discord.requestsTo('POST', `/channels/${CHANNEL}/messages`);
    const [first, second] = posts.map((p) => (p.body as { embeds: { title: string; url?: string; description: string }[] }).embeds[0]!);
    expect(first!.title).toContain('Longlink');
    expect(first!.url).toBeUndefined();
    expect(first!.description).toContain('link is not shown');
    expect(second!.title).toContain('Ordinary');
    expect(second!.url).toBe('https://news.example.com/o1');

    // Now Discord refuses one message outright, in both forms: it is set aside, visibly, and the next one goes out.
    discord.script(
      'POST',
      `/channels/${CHANNEL}/messages`,
      { kind: 'error', status: 400, code: 50035, message: 'Invalid Form Body' },
      { kind: 'error', status: 400, code: 50035, message: 'Invalid Form Body' },
    );
    feeds.route(
      '/f.rss',
      serve(
        rssFeed([
          deal('r1', 'Acme Corp agrees to acquire Refused Inc for $3 billion', 'https://news.example.com/r1', 1),
          deal('n1', 'Acme Corp agrees to acquire Next Inc for $4 billion', 'https://news.example.com/n1', 0.5),
        ]),
      ),
    );
    await app!.runCycle({ all: true });
    await discord.waitFor(() => discord.requestsTo('POST', `/channels/${CHANNEL}/messages`).length >= 5);
    const later = discord.requestsTo('POST', `/channels/${CHANNEL}/messages`);
    const last = later.at(-1)!.body as { embeds: { title: string }[] };
    expect(last.embeds[0]!.title).toContain('Next Inc');
    const dead = await app!.store.outbox.deadLetters();
    expect(dead).toEqual([
      expect.objectContaining({ destination: 'deals-discord', title: expect.stringContaining('Refused'), reason: expect.stringContaining('50035') }),
    ]);
    const cli: Actor = { platform: 'cli', userId: 'cli', platformAdmin: true };
    const status = buildCommand('deals', 'status', {}, false);
    if (!status.ok) throw new Error('bad command');
    expect(JSON.stringify(await app!.runCommand(status.command, cli))).toContain('"deadLetters":1');
    await new Promise((r) => setTimeout(r, 100));
    const metrics = await (await fetch(`http://127.0.0.1:${bot!.port}/metrics`)).text();
    expect(metrics).toMatch(/dealwatch_outbox_dead\{destination="deals-discord"\} 1/);
  }, 30_000);

  it('200 half-sent requests are closed within 30 s while /healthz keeps answering', async () => {
    const running = await start({});
    const sockets: Socket[] = [];
    const closed: number[] = [];
    const opened = Date.now();
    for (let i = 0; i < 200; i++) {
      const socket = connect(running.port, '127.0.0.1');
      socket.on('error', () => undefined);
      // A paused socket never sees the server's FIN: read what it sends (its 408).
      socket.on('data', () => undefined);
      socket.on('close', () => closed.push(Date.now() - opened));
      socket.write('GET /healthz HTTP/1.1\r\nHost: dealwatch\r\n');
      sockets.push(socket);
    }
    let slowest = 0;
    while (closed.length < 200 && Date.now() - opened < 30_000) {
      const started = performance.now();
      expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((r) => setTimeout(r, 250));
    }
    for (const socket of sockets) socket.destroy();
    expect(closed.length).toBe(200);
    expect(Math.max(...closed)).toBeLessThan(30_000);
    expect(slowest).toBeLessThan(1_000);
  }, 40_000);

  const signed = (body: string, timestamp?: number) => slackSignedHeaders(SLACK_SECRET, body, timestamp);
  const slackBody = (command: string, text: string, user = ADMIN) =>
    new URLSearchParams({ command, text, user_id: user, team_id: 'T1', channel_id: 'C1', response_url: 'http://127.0.0.1:9/r', trigger_id: 't' }).toString();

  it('a replayed signed Slack request gets 401 and changes nothing; a member’s /deals status shows no URL', async () => {
    feeds.route('/secret.rss', () => undefined);
    const running = await start(
      { feeds: [{ url: `http://127.0.0.1:9/private-feed-${'z'.repeat(8)}.rss` }] },
      { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: SLACK_SECRET, SLACK_API_URL: 'http://127.0.0.1:9/api/' },
    );
    await running.pollNow();
    const url = `http://127.0.0.1:${running.port}/slack/events`;
    const add = slackBody('/watchlist', 'add Wiz');
    const addHeaders = signed(add);
    expect((await fetch(url, { method: 'POST', body: add, headers: addHeaders })).status).toBe(200);
    const remove = slackBody('/watchlist', 'remove Wiz');
    expect((await fetch(url, { method: 'POST', body: remove, headers: signed(remove) })).status).toBe(200);
    const replay = await fetch(url, { method: 'POST', body: add, headers: addHeaders });
    expect(replay.status).toBe(401);
    expect((await app!.store.watchlist.list()).map((w) => w.name)).not.toContain('Wiz');
    expect(logLines.some((l) => l.includes('replayed'))).toBe(true);

    const status = slackBody('/deals', 'status', 'UMEMBER001');
    const reply = await (await fetch(url, { method: 'POST', body: status, headers: signed(status) })).text();
    expect(reply).toContain('Backing off');
    expect(reply).not.toContain('private-feed');
    expect(reply).not.toContain('127.0.0.1:9');
    const adminStatus = slackBody('/deals', 'status');
    expect(await (await fetch(url, { method: 'POST', body: adminStatus, headers: signed(adminStatus) })).text()).toContain('private-feed');
  });

  it('a feed credential appears in no log line, stored error, status or list', async () => {
    feeds.route('/auth.rss', (req, res) => {
      // Authenticated by a header from the environment; the URL's token is a secret too.
      if (req.headers.authorization !== 'Bearer s3cr3t-header-value') res.writeHead(401).end();
      else res.writeHead(503).end();
    });
    feeds.route('/moved', (_req, res) => {
      res.writeHead(302, { location: feeds.url('/auth.rss?token=t0p-secret-param') }).end();
    });
    const running = await start(
      {
        feeds: [{ url: feeds.url('/auth.rss?token=t0p-secret-param'), headers_from_env: { Authorization: 'FEED_AUTH' } }, { url: feeds.url('/moved') }],
      },
      { FEED_AUTH: 'Bearer s3cr3t-header-value' },
    );
    await running.pollNow();
    const requests = feeds.requestsTo('/auth.rss?token=t0p-secret-param');
    // The header went to the feed's own origin; the redirected feed never got it.
    expect(requests.map((r) => r.headers.authorization)).toEqual(['Bearer s3cr3t-header-value', undefined]);
    const cli: Actor = { platform: 'cli', userId: 'cli', platformAdmin: true };
    const outputs: string[] = [...logLines];
    for (const [name, action] of [
      ['deals', 'status'],
      ['feeds', 'list'],
    ] as const) {
      const built = buildCommand(name, action, {}, false);
      if (!built.ok) throw new Error('bad command');
      // What each door shows for the same answer.
      const reply = await app!.runCommand(built.command, cli);
      outputs.push(
        renderCliReply(reply, { json: false }).stdout.join('\n'),
        JSON.stringify(renderSlackReply(reply)),
        JSON.stringify(renderDiscordReply(reply)),
      );
    }
    outputs.push(JSON.stringify(await app!.store.feeds.list()).replace(/"url":"[^"]*"/g, ''));
    const all = outputs.join('\n');
    expect(all).toContain('HTTP 503');
    expect(all).not.toContain('s3cr3t');
    expect(all).not.toContain('t0p-secret');
    expect(all).toContain('token=***');

    // A password in a feed URL is refused outright, in the config and from chat, without echoing it.
    expect(() => validateConfig({ feeds: [{ url: 'http://user:pa55word@feeds.example.com/rss' }] }, 'x.yaml', readEnv({}))).toThrow(
      /must not contain a user name or password/,
    );
    const add = buildCommand('feeds', 'add', { url: 'http://user:pa55word@feeds.example.com/rss' }, false);
    if (!add.ok) throw new Error('bad command');
    const reply = JSON.stringify(await app!.runCommand(add.command, { platform: 'slack', userId: ADMIN, platformAdmin: false }));
    expect(reply).toContain('may not carry a user name or password');
    expect(reply).not.toContain('pa55word');
  });

  it('an emoji at a cut point survives whole in the Discord alert', async () => {
    const title = `Acme Corp agrees to acquire Widget Inc ${'x'.repeat(208)}${'👨‍👩‍👧‍👦'.repeat(8)}`;
    feeds.route('/e.rss', serve(rssFeed([deal('e1', title, 'https://news.example.com/e1')])));
    await start(
      {
        feeds: [{ url: feeds.url('/e.rss'), backfill: 1 }],
        watchlist: [{ name: 'Acme Corp' }],
        destinations: [{ name: 'deals-discord', discord: { channel: CHANNEL } }],
      },
      { DISCORD_BOT_TOKEN: 'bot-token', DISCORD_API_URL: discord.apiUrl },
    );
    await bot!.pollNow();
    await discord.waitFor(() => discord.requestsTo('POST', `/channels/${CHANNEL}/messages`).length > 0);
    const [post] = discord.requestsTo('POST', `/channels/${CHANNEL}/messages`);
    const embedTitle = (post!.body as { embeds: { title: string }[] }).embeds[0]!.title;
    expect(embedTitle.length).toBeLessThanOrEqual(256);
    expect(embedTitle).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    expect(
      embedTitle
        .replace(/x+/, '')
        .replace('…', '')
        .split('👨‍👩‍👧‍👦')
        .every((part, i) => i === 0 || part === ''),
    ).toBe(true);
  });

  it('malformed signed Discord bodies get 400, not 500, and the endpoint goes on answering', async () => {
    const pair = generateKeyPairSync('ed25519');
    const publicKeyHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    const running = await start({}, { DISCORD_PUBLIC_KEY: publicKeyHex });
    const post = async (raw: string) => {
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = sign(null, Buffer.from(timestamp + raw), pair.privateKey).toString('hex');
      return fetch(`http://127.0.0.1:${running.port}/discord/interactions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
        body: raw,
      });
    };
    for (const raw of [
      'null',
      '[]',
      '"x"',
      '{}',
      '{"type":2}',
      '{"type":2,"data":null}',
      '{"type":4,"data":{"name":3}}',
      '{"type":2,"data":{"name":"deals","options":"x"}}',
    ]) {
      const res = await post(raw);
      expect(res.status, raw).toBe(400);
    }
    expect((await post('{"type":1}')).status).toBe(200);
  });

  it('impossible or misread dates fall back to the first-seen time', async () => {
    feeds.route(
      '/d.rss',
      serve(
        rssFeed([
          { guid: 'feb30', title: 'Acme Corp agrees to acquire Feb Inc', link: 'https://news.example.com/feb30', pubDate: 'Mon, 30 Feb 2026 10:00:00 GMT' },
          { guid: 'hour24', title: 'Acme Corp agrees to acquire Hour Inc', link: 'https://news.example.com/hour24', pubDate: 'Wed, 01 Jul 2026 24:00:00 GMT' },
          { guid: 'juil', title: 'Acme Corp agrees to acquire Juillet Inc', link: 'https://news.example.com/juil', pubDate: '15 juil. 2026 10:00:00 +0000' },
        ]),
      ),
    );
    const before = Date.now();
    await start({ feeds: [{ url: feeds.url('/d.rss') }] });
    await bot!.pollNow();
    const db = new Database(join(dir.path, 'db.sqlite'), { readonly: true });
    const published = Object.fromEntries(
      (db.prepare('select guid, published_at, first_seen_at from items').all() as { guid: string; published_at: number; first_seen_at: number }[]).map((r) => [
        r.guid,
        r,
      ]),
    );
    db.close();
    expect(published.feb30!.published_at).toBe(published.feb30!.first_seen_at);
    expect(published.hour24!.published_at).toBe(published.hour24!.first_seen_at);
    expect(published.feb30!.first_seen_at).toBeGreaterThanOrEqual(before - 1000);
    expect(new Date(published.juil!.published_at).toISOString()).toBe('2026-07-15T10:00:00.000Z');
  });
});

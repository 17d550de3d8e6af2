// The platform-neutral command module against a real app: store, fetcher and pipeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSlackCommand } from '../../../src/chat/slack/slack-command-text.js';
import type { Actor, ParsedCommand, Reply } from '../../../src/commands/index.js';
import { createFeedServer, redirect, serve, type FeedServer } from '../../helpers/feed-server.js';
import { fixturePath } from '../../helpers/shared-data.js';
import { createClock, rssFeed, startTestApp, tempDir, type TestApp } from '../../helpers/test-app.js';

const admin: Actor = { platform: 'slack', userId: 'UADMIN0001', platformAdmin: false };
const member: Actor = { platform: 'slack', userId: 'UMEMBER001', platformAdmin: false };
const discordManager: Actor = { platform: 'discord', userId: '111111111111111111', platformAdmin: true };
const discordMember: Actor = { platform: 'discord', userId: '222222222222222222', platformAdmin: false };

const parse = (command: 'deals' | 'watchlist' | 'feeds', text: string): ParsedCommand => {
  const parsed = parseSlackCommand(command, text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reply));
  return parsed.command;
};
const textOf = (reply: Reply) => JSON.stringify(reply.blocks);

describe('command module', () => {
  let server: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let bot: TestApp;

  const start = async (allowPrivate: boolean) => {
    bot = await startTestApp({
      raw: {
        feeds: [{ url: server.url('/seed.rss'), name: 'AI Industry News', backfill: 1 }],
        watchlist: [{ name: 'OpenAI' }],
        admins: { slack: [admin.userId] },
        security: { allow_private_feed_urls: allowPrivate },
      },
      databasePath: join(dir.path, 'db.sqlite'),
      clock: createClock(Date.UTC(2025, 6, 2)),
    });
  };

  beforeEach(async () => {
    server = createFeedServer({ '/seed.rss': serve(readFileSync(fixturePath('seed/deal-news.rss'))) });
    await server.start();
    dir = tempDir();
  });
  afterEach(async () => {
    await bot.close();
    await server.close();
    dir.cleanup();
  });

  it('finds the seed deal with /deals search, company, type and since; status reports health', async () => {
    await start(false);
    await bot.app.runCycle({ all: true });
    const search = await bot.app.runCommand(parse('deals', 'search openai'), member);
    expect(search.visibility).toBe('ephemeral');
    const block = search.blocks.find((b) => b.kind === 'deals');
    expect(block && block.kind === 'deals' && block.deals.map((d) => d.type)).toEqual(['partnership']);
    expect(textOf(await bot.app.runCommand(parse('deals', 'company OpenAI public'), member))).toContain('OpenAI signs partnership');
    expect((await bot.app.runCommand(parse('deals', 'company OpenAI public'), member)).visibility).toBe('public');
    expect(textOf(await bot.app.runCommand(parse('deals', 'type partnership'), member))).toContain('OpenAI signs partnership');
    expect(textOf(await bot.app.runCommand(parse('deals', 'type merger'), member))).toContain('No deals found');
    expect(textOf(await bot.app.runCommand(parse('deals', 'since 2025-07-02'), member))).toContain('No deals found');
    expect(textOf(await bot.app.runCommand(parse('deals', 'company OpenAI since 2025-06-01'), member))).toContain('OpenAI signs partnership');
    expect(textOf(await bot.app.runCommand(parse('deals', 'company OpenAI since 2025-07-02'), member))).toContain('No deals found');
    expect(textOf(await bot.app.runCommand(parse('deals', 'search "unbalanced quote'), member))).not.toContain('error');
    const status = await bot.app.runCommand(parse('deals', 'status'), member);
    // A member sees counts, not which feed fails or why an alert waits.
    expect(status.blocks.find((b) => b.kind === 'status')).toMatchObject({
      healthy: 1,
      troubled: null,
      pending: [{ destination: 'console', count: 1, reason: null }],
    });
    const adminStatus = await bot.app.runCommand(parse('deals', 'status'), admin);
    expect(adminStatus.blocks.find((b) => b.kind === 'status')).toMatchObject({
      troubled: [],
      pending: [{ destination: 'console', count: 1, reason: 'not tried yet' }],
    });
  });

  it('refuses watchlist and feed changes from non-admins and changes nothing', async () => {
    await start(false);
    for (const [cmd, text] of [
      ['watchlist', 'add Nvidia'],
      ['watchlist', 'remove OpenAI'],
      ['feeds', 'add https://example.com/feed.xml'],
      ['feeds', 'remove 1'],
      ['feeds', 'list'],
    ] as const) {
      const reply = await bot.app.runCommand(parse(cmd, text), member);
      expect(reply.blocks[0]).toMatchObject({ kind: 'error' });
      expect(textOf(reply)).toContain('only dealwatch admins');
    }
    expect((await bot.app.store.watchlist.list()).map((w) => w.name)).toEqual(['OpenAI']);
    expect(await bot.app.store.feeds.list()).toHaveLength(1);
    // Anyone may read the watchlist.
    expect(textOf(await bot.app.runCommand(parse('watchlist', 'list'), member))).toContain('OpenAI');
    // Discord: Manage Server is enough; a plain member is refused.
    expect(textOf(await bot.app.runCommand(parse('watchlist', 'add Nvidia'), discordMember))).toContain('only dealwatch admins');
    expect(textOf(await bot.app.runCommand(parse('watchlist', 'add Nvidia'), discordManager))).toContain('Now watching Nvidia');
  });

  it('an admin edit to the watchlist applies to the next poll', async () => {
    await start(false);
    await bot.app.runCycle({ all: true });
    server.route(
      '/seed.rss',
      serve(
        rssFeed([
          {
            guid: 'n1',
            title: 'Nvidia to acquire Run:ai for $700 million',
            link: 'https://news.example.com/nvidia-runai',
            description: 'Nvidia agreed to acquire Run:ai for $700 million.',
            pubDate: 'Wed, 02 Jul 2025 08:00:00 GMT',
          },
        ]),
      ),
    );
    expect(textOf(await bot.app.runCommand(parse('watchlist', 'add Nvidia, NVIDIA Corp'), admin))).toContain('Now watching Nvidia');
    const summary = await bot.app.runCycle({ all: true });
    expect(summary.alerts).toBe(1);
    expect(textOf(await bot.app.runCommand(parse('watchlist', 'remove nvidia'), admin))).toContain('Stopped watching Nvidia');
    expect(textOf(await bot.app.runCommand(parse('watchlist', 'remove nvidia'), admin))).toContain('is not on the watchlist');
  });

  it('feeds add test-parses the URL and refuses private addresses unless allowed', async () => {
    await start(false);
    for (const url of ['http://127.0.0.1:9/feed.xml', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/feed', 'http://10.0.0.8/feed']) {
      const reply = await bot.app.runCommand(parse('feeds', `add ${url}`), admin);
      expect(textOf(reply)).toMatch(/Not added: .*refused/);
    }
    expect(await bot.app.store.feeds.list()).toHaveLength(1);
    const local = await bot.app.runCommand(parse('feeds', `add ${server.url('/seed.rss')}`), admin);
    expect(textOf(local)).toContain('refused');
  });

  it('with private addresses allowed, feeds add parses first and explains a non-feed', async () => {
    await start(true);
    server.route('/page', serve('<html><head><title>x</title></head><body>hello</body></html>', { headers: { 'content-type': 'text/html' } }));
    server.route('/moved', redirect('/other.rss', 301));
    server.route('/other.rss', serve(rssFeed([{ guid: 'a', title: 'A story' }], { title: 'Other feed' })));
    expect(textOf(await bot.app.runCommand(parse('feeds', `add ${server.url('/page')}`), admin))).toContain('not a feed (looks like an HTML page)');
    const added = await bot.app.runCommand(parse('feeds', `add ${server.url('/moved')}`), admin);
    expect(textOf(added)).toContain('Added feed #2: Other feed');
    const feeds = await bot.app.store.feeds.list();
    expect(feeds.map((f) => f.url)).toContain(server.url('/other.rss'));
    expect(feeds.find((f) => f.url === server.url('/other.rss'))!.trusted).toBe(false);
    expect(textOf(await bot.app.runCommand(parse('feeds', `remove ${server.url('/other.rss')}`), admin))).toContain('Removed feed #2');
  });
});

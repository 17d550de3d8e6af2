// The bot as a real process: SIGKILL between the poll and the delivery, then a restart,
// delivers the alert once; SIGTERM finishes cleanly and exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/storage/store.js';
import { cliArgs } from '../helpers/cli-process.js';
import { createFeedServer, serve, type FeedServer } from '../helpers/feed-server.js';
import { startFakeDiscord } from '../helpers/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { REPO_ROOT, fixturePath } from '../helpers/shared-data.js';
import { tempDir } from '../helpers/test-app.js';

function startBot(configPath: string, env: Record<string, string>): ChildProcess & { output: () => string } {
  let output = '';
  const child = spawn(process.execPath, cliArgs(['run', '--config', configPath]), {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  return Object.assign(child, { output: () => output });
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

describe('crash safety and shutdown (real process)', () => {
  let feeds: FeedServer;
  let slack: FakeSlack;
  let dir: ReturnType<typeof tempDir>;
  let configPath: string;
  let env: Record<string, string>;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    feeds = createFeedServer({ '/seed.rss': serve(readFileSync(fixturePath('seed/deal-news.rss'))) });
    await feeds.start();
    slack = await startFakeSlack();
    dir = tempDir();
    configPath = join(dir.path, 'dealwatch.yaml');
    writeSeedConfig('  - name: deals-slack\n    slack: { channel: C0DEALS001 }');
    env = {
      DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`,
      SLACK_BOT_TOKEN: 'xoxb-crash-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      LOG_LEVEL: 'info',
    };
  });
  /** The seed feed (alerting on its first poll), OpenAI watched, and the given destinations. */
  const writeSeedConfig = (destinationsYaml: string) =>
    writeFileSync(
      configPath,
      `schedule: "0 0 1 1 *"\nfeeds:\n  - url: ${feeds.url('/seed.rss')}\n    backfill: 1\nwatchlist:\n  - name: OpenAI\ndestinations:\n${destinationsYaml}\n`,
    );

  const restartUntilSecondPost = () => restartUntilPosts(2);
  /** Starts the bot again, waits until Slack has seen `count` posts in all, then stops it cleanly. */
  const restartUntilPosts = async (count: number) => {
    const second = startBot(configPath, env);
    children.push(second);
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= count, 30_000);
    await new Promise((r) => setTimeout(r, 500));
    second.kill('SIGTERM');
    expect((await exited(second)).code).toBe(0);
  };

  afterEach(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await slack.close();
    await feeds.close();
    dir.cleanup();
  });

  it('SIGKILL while the delivery is in flight, then a restart, delivers the alert once', async () => {
    // The first post never gets an answer: the bot is killed while it waits.
    slack.script('chat.postMessage', { kind: 'hang' });
    const first = startBot(configPath, env);
    children.push(first);
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1, 30_000);
    first.kill('SIGKILL');
    expect((await exited(first)).signal).toBe('SIGKILL');

    // The alert survived in the outbox.
    const store = await createStore(env.DATABASE_URL!);
    expect(await store.outbox.pendingCounts()).toEqual({ 'deals-slack': 1 });
    await store.close();

    await restartUntilSecondPost();

    // Exactly one post was answered; the only repeat is the single delivery that was in flight.
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    const after = await createStore(env.DATABASE_URL!);
    expect(await after.outbox.pendingCounts()).toEqual({});
    const [deal] = (await after.deals.search({ text: 'openai', limit: 10 })).deals;
    expect(await after.outbox.deliveredFor(deal!.id)).toHaveLength(1);
    await after.close();
  }, 60_000);

  it('SIGKILL after the poll committed, while the alert waits to be retried, then a restart, delivers once', async () => {
    // Slack throttles the first attempt, so the alert is committed and waiting (its retry
    // time stored on the row) when the process dies.
    slack.script('chat.postMessage', { kind: 'rate-limited', retryAfter: 1 });
    const first = startBot(configPath, env);
    children.push(first);
    const store = await createStore(env.DATABASE_URL!);
    try {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const [row] = await store.outbox.pending('deals-slack', 10);
        if (row && row.attempts >= 1) break;
        if (Date.now() > deadline) throw new Error('the throttled attempt was never recorded');
        await new Promise((r) => setTimeout(r, 20));
      }
    } finally {
      await store.close();
    }
    first.kill('SIGKILL');
    await exited(first);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(1);

    await restartUntilSecondPost();
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
    const after = await createStore(env.DATABASE_URL!);
    expect(await after.outbox.pendingCounts()).toEqual({});
    await after.close();
  }, 60_000);

  it('Discord: SIGKILL while the webhook post is in flight, then a restart, delivers the alert once', async () => {
    const discord = await startFakeDiscord();
    try {
      const hook = '/webhooks/400000000000000001/hook-token';
      writeSeedConfig(`  - name: deals-discord\n    discord: { webhook: "${discord.apiUrl}${hook}" }`);
      const discordEnv = { DATABASE_URL: env.DATABASE_URL!, DISCORD_API_URL: discord.apiUrl, PORT: '0', LOG_LEVEL: 'info' };
      discord.script('POST', hook, { kind: 'hang' });
      const first = startBot(configPath, discordEnv);
      children.push(first);
      await discord.waitFor(() => discord.requestsTo('POST', hook).length >= 1, 30_000);
      first.kill('SIGKILL');
      await exited(first);

      const second = startBot(configPath, discordEnv);
      children.push(second);
      await discord.waitFor(() => discord.requestsTo('POST', hook).length >= 2, 30_000);
      await new Promise((r) => setTimeout(r, 500));
      second.kill('SIGTERM');
      expect((await exited(second)).code).toBe(0);
      expect(discord.requestsTo('POST', hook)).toHaveLength(2);
      const after = await createStore(env.DATABASE_URL!);
      expect(await after.outbox.pendingCounts()).toEqual({});
      const [deal] = (await after.deals.search({ text: 'openai', limit: 10 })).deals;
      expect(await after.outbox.deliveredFor(deal!.id)).toEqual([{ destination: 'deals-discord', externalId: expect.any(String) }]);
      await after.close();
    } finally {
      await discord.close();
    }
  }, 60_000);

  it('a port already in use gets one clear line and a non-zero exit', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const bot = startBot(configPath, { ...env, PORT: String(port) });
      children.push(bot);
      const result = await exited(bot);
      expect(result.code).toBe(1);
      expect(bot.output()).toContain(`dealwatch: port ${port} is already in use; set PORT to a free port [http-listen]`);
      expect(bot.output()).not.toMatch(/\n\s+at /);
    } finally {
      blocker.close();
    }
  }, 30_000);

  it('a second signal exits at once, without waiting for the cycle in flight', async () => {
    feeds.route('/hang.rss', () => undefined);
    writeFileSync(configPath, `schedule: "0 0 1 1 *"\nfeeds:\n  - url: ${feeds.url('/hang.rss')}\nfetch: { timeout_ms: 60000 }\n`);
    const bot = startBot(configPath, env);
    children.push(bot);
    await slack.waitFor(() => feeds.requestsTo('/hang.rss').length >= 1, 30_000);
    bot.kill('SIGTERM');
    await slack.waitFor(() => bot.output().includes('shutting down'), 10_000);
    const started = Date.now();
    bot.kill('SIGTERM');
    const result = await exited(bot);
    expect(result.code).toBe(130);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(bot.output()).toContain('second signal: exiting at once');
  }, 60_000);

  it('SIGTERM stops cleanly: finishes work in flight, closes the database, exits 0', async () => {
    const bot = startBot(configPath, env);
    children.push(bot);
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1, 30_000);
    bot.kill('SIGTERM');
    const result = await exited(bot);
    expect(result.code).toBe(0);
    expect(bot.output()).toContain('shutting down');
    expect(bot.output()).toContain('"msg":"stopped"');
    expect(bot.output()).not.toContain('xoxb-crash-test');
  }, 60_000);

  it('SIGKILL between the alert and its reply, then a restart: each lands once, the reply in the alert thread', async () => {
    const story = (outlet: string, minutesAgo: number) =>
      `<item><title>Salesforce to buy Informatica for $8 billion (${outlet})</title><link>https://${outlet}.example/crm-infa</link>` +
      `<guid>https://${outlet}.example/crm-infa</guid><pubDate>${new Date(Date.now() - minutesAgo * 60_000).toUTCString()}</pubDate>` +
      `<description>Salesforce agreed to buy data management company Informatica for about $8 billion in cash, the companies said.</description></item>`;
    const channel = (outlet: string, item: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>${outlet}</title><link>https://${outlet}.example/</link>${item}</channel></rss>`;
    feeds.route('/wire-a.rss', serve(channel('wire-a', story('wire-a', 30))));
    feeds.route('/wire-b.rss', serve(channel('wire-b', story('wire-b', 10))));
    writeFileSync(
      configPath,
      `schedule: "0 0 1 1 *"\nalerts:\n  fold_seconds: 0\nfeeds:\n  - url: ${feeds.url('/wire-a.rss')}\n    backfill: 1\n  - url: ${feeds.url('/wire-b.rss')}\n    backfill: 1\n` +
        `watchlist:\n  - name: Salesforce\n  - name: Informatica\ndestinations:\n  - name: deals-slack\n    slack: { channel: C0DEALS001 }\n`,
    );
    // The alert is answered; the reply never is: the bot is killed while it waits.
    slack.script('chat.postMessage', { kind: 'ok' }, { kind: 'hang' });
    const first = startBot(configPath, env);
    children.push(first);
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 2, 30_000);
    first.kill('SIGKILL');
    expect((await exited(first)).signal).toBe('SIGKILL');
    const [alert, hung] = slack.callsTo('chat.postMessage').map((c) => c.fields as { thread_ts?: string });
    expect(alert!.thread_ts).toBeUndefined();
    expect(hung!.thread_ts).toBeDefined();

    await restartUntilPosts(3);
    const calls = slack.callsTo('chat.postMessage').map((c) => c.fields as { thread_ts?: string });
    // One top-level alert in all; the reply went out again once, into the same thread.
    expect(calls.filter((c) => !c.thread_ts)).toHaveLength(1);
    expect(calls).toHaveLength(3);
    expect(calls[2]!.thread_ts).toBe(hung!.thread_ts);
    const after = await createStore(env.DATABASE_URL!);
    expect(await after.outbox.pendingCounts()).toEqual({});
    const [deal] = (await after.deals.search({ limit: 10 })).deals;
    expect(deal!.reportCount).toBe(2);
    const [delivered] = await after.outbox.deliveredFor(deal!.id);
    expect(delivered!.externalId).toBe(hung!.thread_ts);
    await after.close();
  }, 60_000);
});

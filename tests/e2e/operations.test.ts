// Operations endpoints on a running bot: /healthz, /readyz and /metrics with the values
// of a real cycle; plus Slack commands over Socket Mode through the real bot.
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app/create-app.js';
import type { RunningBot } from '../../src/app/run-bot.js';
import { createFeedServer, serve, status, type FeedServer } from '../helpers/feed-server.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { fixturePath } from '../helpers/shared-data.js';
import { createClock, tempDir, testConfig, type TestClock, startTestBot } from '../helpers/test-app.js';

describe('operations', () => {
  let feeds: FeedServer;
  let slack: FakeSlack;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  let bot: RunningBot | null = null;
  let app: App;

  const start = async (env: Record<string, string> = {}) => {
    const config = testConfig(
      {
        schedule: '*/5 * * * *',
        feeds: [
          { url: feeds.url('/seed.rss'), name: 'AI Industry News', backfill: 1 },
          { url: feeds.url('/broken'), name: 'Broken' },
        ],
        watchlist: [{ name: 'OpenAI' }],
        destinations: [{ name: 'deals-slack', slack: { channel: 'C0DEALS001' } }],
      },
      {
        DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`,
        SLACK_BOT_TOKEN: 'xoxb-ops',
        SLACK_SIGNING_SECRET: 'secret',
        SLACK_API_URL: slack.apiUrl,
        ...env,
      },
    );
    ({ app, bot } = await startTestBot(config, clock));
    return bot;
  };
  const get = async (path: string) => {
    const res = await fetch(`http://127.0.0.1:${bot!.port}${path}`);
    return { status: res.status, text: await res.text() };
  };

  beforeEach(async () => {
    feeds = createFeedServer({ '/seed.rss': serve(readFileSync(fixturePath('seed/deal-news.rss'))), '/broken': status(500) });
    await feeds.start();
    slack = await startFakeSlack();
    dir = tempDir();
    clock = createClock(Date.now());
  });
  afterEach(async () => {
    if (bot) {
      try {
        chmodSync(join(dir.path, 'db.sqlite'), 0o644);
      } catch {
        // the file may not exist in every test
      }
      await bot.shutdown('test over');
    }
    bot = null;
    await slack.close();
    await feeds.close();
    dir.cleanup();
  });

  it('serves Prometheus metrics with the values of a real cycle', async () => {
    await start();
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1);
    await new Promise((r) => setTimeout(r, 200));
    expect((await get('/healthz')).status).toBe(200);
    const { status: code, text } = await get('/metrics');
    expect(code).toBe(200);
    expect(text).toContain('dealwatch_feeds_polled_total{outcome="updated"} 1');
    expect(text).toContain('dealwatch_feeds_polled_total{outcome="failed"} 1');
    expect(text).toContain('dealwatch_fetch_errors_total{reason="http-status"} 1');
    expect(text).toContain('dealwatch_new_items_total 1');
    expect(text).toContain('dealwatch_alerts_created_total 1');
    expect(text).toContain('dealwatch_alerts_delivered_total{destination="deals-slack"} 1');
    expect(text).toMatch(/dealwatch_poll_cycle_duration_seconds_count 1/);
    expect(text).toMatch(/dealwatch_delivery_latency_seconds_count\{destination="deals-slack"\} 1/);
    expect(text).toContain('dealwatch_outbox_pending{destination="deals-slack"} 0');
    expect(text).toContain('dealwatch_process_resident_memory_bytes');
    expect(text).toContain('dealwatch_nodejs_eventloop_lag_seconds');
  });

  it('/readyz turns unready when the database file is made unreadable, and ready again when fixed', async () => {
    await start();
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1);
    expect((await get('/readyz')).status).toBe(200);
    chmodSync(join(dir.path, 'db.sqlite'), 0o000);
    const unready = await get('/readyz');
    expect(unready.status).toBe(503);
    expect(unready.text).toContain('database unreachable');
    chmodSync(join(dir.path, 'db.sqlite'), 0o644);
    expect((await get('/readyz')).status).toBe(200);
  });

  it('/readyz turns unready when the scheduler is stopped, or the last cycle is older than twice the schedule', async () => {
    const running = await start();
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    expect((await get('/readyz')).status).toBe(200);
    clock.advance(11 * 60_000);
    const stale = await get('/readyz');
    expect(stale.status).toBe(503);
    expect(stale.text).toContain('over twice the schedule');
    await running.pollNow();
    expect((await get('/readyz')).status).toBe(200);
    await running.scheduler.stop();
    const stopped = await get('/readyz');
    expect(stopped.status).toBe(503);
    expect(stopped.text).toContain('scheduler is not running');
  });

  it('answers slash commands over Socket Mode through the real bot', async () => {
    await start({ SLACK_APP_TOKEN: 'xapp-socket-test' });
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 1);
    await slack.socketConnected(10_000);
    const ack = await slack.sendSlashCommand(
      { command: '/deals', text: 'search openai', user_id: 'UMEMBER01', channel_id: 'C0DEALS001', response_url: slack.responseUrl() },
      10_000,
    );
    expect(JSON.stringify(ack.payload)).toContain('OpenAI signs partnership with Google Cloud');
    const denied = await slack.sendSlashCommand(
      { command: '/watchlist', text: 'add Nvidia', user_id: 'UMEMBER01', channel_id: 'C0DEALS001', response_url: slack.responseUrl() },
      10_000,
    );
    expect(JSON.stringify(denied.payload)).toContain('only dealwatch admins');
    expect((await app.store.watchlist.list()).map((w) => w.name)).toEqual(['OpenAI']);
  });
});

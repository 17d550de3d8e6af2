// Builds a real app (real SQLite file, real migrations, real fetcher) for integration
// tests, with a controllable clock and console alerts captured in memory.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp, type App } from '../../src/app/create-app.js';
import { runBot, type RunningBot, type RunOptions } from '../../src/app/run-bot.js';
import { readEnv, validateConfig, type AppConfig } from '../../src/config/load-config.js';

export interface TestClock {
  now: () => number;
  set(ms: number): void;
  advance(ms: number): void;
}

export function createClock(start = Date.UTC(2026, 0, 1, 12, 0, 0)): TestClock {
  let t = start;
  return {
    now: () => t,
    set: (ms) => {
      t = ms;
    },
    advance: (ms) => {
      t += ms;
    },
  };
}

export function tempDir(prefix = 'dealwatch-test-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export function testConfig(raw: Record<string, unknown>, env: Record<string, string | undefined>): AppConfig {
  return validateConfig(raw, 'test-config.yaml', readEnv(env));
}

export interface TestApp {
  readonly app: App;
  readonly alerts: string[];
  close(): Promise<void>;
}

export async function startTestApp(options: {
  raw: Record<string, unknown>;
  databasePath: string;
  clock?: TestClock;
  env?: Record<string, string | undefined>;
}): Promise<TestApp> {
  const config = testConfig(options.raw, { DATABASE_URL: `sqlite:${options.databasePath}`, ...options.env });
  const alerts: string[] = [];
  const app = await createApp({
    config,
    log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(options.clock ? { now: options.clock.now } : {}),
    writeAlert: (text) => alerts.push(text),
  });
  return { app, alerts, close: () => app.close() };
}

export interface RssItem {
  readonly guid?: string;
  readonly title: string;
  readonly link?: string;
  readonly description?: string;
  readonly pubDate?: string;
}

const escapeXml = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function rssFeed(items: readonly RssItem[], channel: { title?: string; ttl?: number } = {}): string {
  const body = items
    .map(
      (i) => `<item>
<title>${escapeXml(i.title)}</title>
${i.link ? `<link>${escapeXml(i.link)}</link>` : ''}
${i.guid ? `<guid isPermaLink="false">${escapeXml(i.guid)}</guid>` : ''}
${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}
<description>${escapeXml(i.description ?? i.title)}</description>
</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${escapeXml(channel.title ?? 'Test feed')}</title><link>https://news.example.com/</link>
${channel.ttl !== undefined ? `<ttl>${channel.ttl}</ttl>` : ''}
${body}
</channel></rss>`;
}

/** createApp + runBot on an ephemeral loopback port, with a fast delivery tick for tests. */
export async function startTestBot(
  config: AppConfig,
  clock: TestClock,
  runOptions: Partial<Omit<RunOptions, 'app' | 'log' | 'schedule'>> = {},
): Promise<{ app: App; bot: RunningBot }> {
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const app = await createApp({ config, log, now: clock.now });
  const bot = await runBot({ app, log, port: 0, host: '127.0.0.1', schedule: config.schedule, now: clock.now, deliveryTickMs: 50, ...runOptions });
  return { app, bot };
}

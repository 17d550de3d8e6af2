// Issue 12: @slack/bolt and discord.js are loaded only when a destination or a command
// endpoint needs them. Each case runs the real CLI (`dealwatch status`, which builds the
// app through createApp) in a child process with a hook that records every module it
// resolves, so an eager import anywhere in the program's static graph makes it fail. The
// positive cases prove the recorder sees the SDKs when they are wanted.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createApp } from '../../../src/app/create-app.js';
import { discordWanted, loadIntegrationFactories, slackWanted } from '../../../src/app/integrations.js';
import { createDiscordIntegration } from '../../../src/chat/discord/index.js';
import { createSlackIntegration } from '../../../src/chat/slack/index.js';
import { cliArgs, envWithoutChat } from '../../helpers/cli-process.js';
import { REPO_ROOT } from '../../helpers/shared-data.js';
import { tempDir, testConfig } from '../../helpers/test-app.js';

const SLACK_DESTINATION = { name: 'deals-slack', slack: { channel: 'C0123456789' } };
const WEBHOOK_DESTINATION = { name: 'deals-hook', discord: { webhook: 'https://discord.com/api/webhooks/123456789012345678/abc-DEF' } };

interface Loaded {
  readonly status: number | null;
  readonly stderr: string;
  has(pkg: string): boolean;
}

/** Runs `dealwatch status` with this config and environment; returns which packages it loaded. */
function statusLoads(destinations: readonly object[], env: Record<string, string>): Loaded {
  const dir = tempDir('dealwatch-lazy-sdk-');
  try {
    const configPath = join(dir.path, 'dealwatch.yaml');
    writeFileSync(configPath, JSON.stringify({ feeds: [], watchlist: [{ name: 'OpenAI' }], destinations }));
    const record = join(dir.path, 'modules.json');
    const child = spawnSync(process.execPath, cliArgs(['status', '--config', configPath], { recordModules: true }), {
      cwd: REPO_ROOT,
      // No chat credential may leak in from the environment running the tests.
      env: { ...envWithoutChat(), ...env, DATABASE_URL: `sqlite:${join(dir.path, 'bot.db')}`, LOG_LEVEL: 'warn', DEALWATCH_RECORD_MODULES: record },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const modules = JSON.parse(readFileSync(record, 'utf8')) as string[];
    return {
      status: child.status,
      stderr: child.stderr,
      has: (pkg) => modules.some((path) => path.includes(`/node_modules/${pkg}/`)),
    };
  } finally {
    dir.cleanup();
  }
}

describe('lazy chat SDKs (real process)', () => {
  it('loads neither @slack/bolt nor discord.js without chat destinations or credentials', () => {
    const loaded = statusLoads([], {});
    expect(loaded.status, loaded.stderr).toBe(0);
    // The recorder works and the app was really built: storage and the fetcher were loaded.
    expect(loaded.has('better-sqlite3')).toBe(true);
    expect(loaded.has('undici')).toBe(true);
    expect(loaded.has('@slack/bolt')).toBe(false);
    expect(loaded.has('@slack/web-api')).toBe(false);
    expect(loaded.has('discord.js')).toBe(false);
    expect(loaded.has('@discordjs/rest')).toBe(false);
  });

  it('loads @slack/bolt only for a Slack destination, and discord.js only for a Discord one', () => {
    const slack = statusLoads([SLACK_DESTINATION], { SLACK_BOT_TOKEN: 'xoxb-lazy-test' });
    expect(slack.status, slack.stderr).toBe(0);
    expect(slack.has('@slack/bolt')).toBe(true);
    expect(slack.has('discord.js')).toBe(false);

    const discord = statusLoads([WEBHOOK_DESTINATION], {});
    expect(discord.status, discord.stderr).toBe(0);
    expect(discord.has('discord.js')).toBe(true);
    expect(discord.has('@slack/bolt')).toBe(false);
  });

  it('loads discord.js for a command endpoint alone (DISCORD_PUBLIC_KEY), with no destination', () => {
    const loaded = statusLoads([], { DISCORD_PUBLIC_KEY: 'a'.repeat(64) });
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(loaded.has('discord.js')).toBe(true);
    expect(loaded.has('@slack/bolt')).toBe(false);
  });
});

describe('loadIntegrationFactories', () => {
  const config = (destinations: readonly object[], env: Record<string, string> = {}) => testConfig({ destinations }, env);

  it('wires Slack then Discord, each only when the config or the environment asks for it', async () => {
    expect(await loadIntegrationFactories(config([]))).toEqual([]);
    expect(await loadIntegrationFactories(config([SLACK_DESTINATION]))).toEqual([createSlackIntegration]);
    expect(await loadIntegrationFactories(config([WEBHOOK_DESTINATION]))).toEqual([createDiscordIntegration]);
    expect(await loadIntegrationFactories(config([WEBHOOK_DESTINATION, SLACK_DESTINATION]))).toEqual([createSlackIntegration, createDiscordIntegration]);
  });

  it('asks for a platform on its credentials alone (commands need no destination)', () => {
    expect(slackWanted(config([], { SLACK_BOT_TOKEN: 'xoxb-1' }))).toBe(true);
    expect(slackWanted(config([], { SLACK_SIGNING_SECRET: 'secret' }))).toBe(false);
    expect(discordWanted(config([], { DISCORD_BOT_TOKEN: 'token' }))).toBe(true);
    expect(discordWanted(config([], { DISCORD_PUBLIC_KEY: 'a'.repeat(64) }))).toBe(true);
    expect(discordWanted(config([], { DISCORD_APPLICATION_ID: '123456789012345678' }))).toBe(false);
    expect(discordWanted(config([{ name: 'bot', discord: { channel: '123456789012345678' } }]))).toBe(true);
  });

  it('still reports a Slack destination without a token as skipped, and falls back to the console', async () => {
    const dir = tempDir('dealwatch-lazy-sdk-');
    try {
      const warnings: string[] = [];
      const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(String(JSON.parse(line).msg)) });
      const app = await createApp({
        config: testConfig({ destinations: [SLACK_DESTINATION] }, { DATABASE_URL: `sqlite:${join(dir.path, 'bot.db')}` }),
        log,
        writeAlert: () => {},
      });
      await app.close();
      expect(warnings).toContain('destination deals-slack skipped: SLACK_BOT_TOKEN is not set');
      expect(app.destinations.map((d) => d.name)).toEqual(['console']);
    } finally {
      dir.cleanup();
    }
  });
});

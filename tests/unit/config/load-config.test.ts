import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv, validateConfig } from '../../../src/config/load-config.js';

const env = readEnv({});
const problemsOf = (raw: unknown): string[] => {
  try {
    validateConfig(raw, 'x.yaml', env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
};

describe('validateConfig', () => {
  it('fills defaults and freezes the result', () => {
    const config = validateConfig({}, 'x.yaml', env);
    expect(config.schedule).toBe('*/5 * * * *');
    expect(config.fetch).toEqual({
      connectTimeoutMs: 10_000,
      timeoutMs: 30_000,
      maxBodyBytes: 5 * 1024 * 1024,
      maxItemsPerPoll: 500,
      maxRedirects: 5,
      concurrency: 16,
      perHostConcurrency: 2,
    });
    expect(config.alerts).toEqual({ minScore: 0.5, alertOnMention: false, foldSeconds: 120 });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.fetch)).toBe(true);
  });

  it('maps destinations to targets', () => {
    const config = validateConfig(
      {
        destinations: [
          { name: 's', slack: { channel: 'C0123456789' }, types: ['merger'] },
          { name: 'd', discord: { channel: '123456789012345678' } },
          { name: 'w', discord: { webhook: 'https://discord.com/api/webhooks/1/abc' } },
        ],
      },
      'x.yaml',
      env,
    );
    expect(config.destinations.map((d) => d.target.platform)).toEqual(['slack', 'discord', 'discord-webhook']);
    // Replies go in threads by default; a webhook cannot start one, so it gets lifecycle steps only.
    expect(config.destinations.map((d) => d.followUps)).toEqual(['thread', 'thread', 'none']);
    expect(config.destinations.map((d) => [d.broadcastLifecycle, d.alertRumored, d.digest])).toEqual([
      [false, true, null],
      [false, true, null],
      [false, true, null],
    ]);
    expect(config.destinations[0]!.types).toEqual(['merger']);
  });

  it.each([
    { raw: { feeds: [{ url: 'https://a' }, { url: 'https://b' }, { url: 'not a url' }] }, problem: 'feeds[2].url: must be an http(s) URL' },
    { raw: { feeds: [{ url: 'file:///etc/passwd' }] }, problem: 'feeds[0].url: must be an http(s) URL' },
    { raw: { feeds: [{ name: 'x' }] }, problem: 'feeds[0].url: is required' },
    { raw: { feeds: [{ url: 'https://a', backfil: 2 }] }, problem: 'feeds[0].backfil: unknown key (did you mean backfill?)' },
    { raw: { schedul: '* * * * *' }, problem: 'schedul: unknown key (did you mean schedule?)' },
    { raw: { schedule: '61 * * * *' }, problem: 'schedule: is not a valid cron expression' },
    { raw: { watchlist: [{ name: '' }] }, problem: 'watchlist[0].name: must not be empty' },
    { raw: { watchlist: [{ name: 'X', match: 'fuzzy' }] }, problem: 'watchlist[0].match: must be one of auto, case-sensitive, any' },
    { raw: { destinations: [{ name: 'a' }] }, problem: 'destinations[0]: needs exactly one of slack: or discord:' },
    {
      raw: { destinations: [{ name: 'a', discord: { webhook: 'https://example.com/hook' } }] },
      problem: 'destinations[0].discord.webhook: must be a Discord webhook URL',
    },
    { raw: { destinations: [{ name: 'a', discord: { id: 5 } }] }, problem: 'destinations[0].discord: must be { channel: "<id>" } or { webhook: <url> }' },
    {
      raw: { destinations: [{ name: 'a', slack: { channel: 'C0123456789' }, types: ['takeover'] }] },
      problem: 'destinations[0].types[0]: must be one of acquisition',
    },
    {
      raw: {
        destinations: [
          { name: 'a', slack: { channel: 'C0123456789' } },
          { name: 'a', slack: { channel: 'C0123456780' } },
        ],
      },
      problem: 'destinations[1].name: "a" is used twice',
    },
    { raw: { alerts: { min_score: 2 } }, problem: 'alerts.min_score: must be between 0 and 1' },
    { raw: { admins: { slack: ['bob'] } }, problem: 'admins.slack[0]: must be a Slack user id' },
    { raw: { slack_bot_token: 'xoxb-1' }, problem: 'slack_bot_token: secrets do not belong in the config file' },
    { raw: { security: { allow_private_feed_urls: 'yes' } }, problem: 'security.allow_private_feed_urls: must be true or false' },
    { raw: { display: { timezone: 'Mars/Olympus_Mons' } }, problem: 'display.timezone: must be an IANA time zone such as Europe/Paris or UTC' },
    {
      raw: { destinations: [{ name: 'w', discord: { webhook: 'https://discord.com/api/webhooks/1/abc' }, follow_ups: 'thread' }] },
      problem: 'destinations[0].follow_ups: a Discord webhook cannot post in threads',
    },
    {
      raw: { destinations: [{ name: 'a', slack: { channel: 'C0123456789' }, follow_ups: 'channel' }] },
      problem: 'destinations[0].follow_ups: must be thread or none',
    },
    {
      raw: { destinations: [{ name: 'a', slack: { channel: 'C0123456789' }, digest: { schedule: 'weekly' } }] },
      problem: 'destinations[0].digest.schedule: is not a valid cron expression',
    },
    {
      raw: { destinations: [{ name: 'a', slack: { channel: 'C0123456789' }, digest: { schedule: '0 9 * * 1', timezone: 'Paris' } }] },
      problem: 'destinations[0].digest.timezone: must be an IANA time zone',
    },
    {
      raw: { destinations: [{ name: 'a', slack: { channel: 'C0123456789' }, broadcast_lifecycle: 'yes' }] },
      problem: 'destinations[0].broadcast_lifecycle: must be true or false',
    },
    { raw: { alerts: { fold_seconds: -1 } }, problem: 'alerts.fold_seconds: must be 0 or more' },
  ])('$problem', ({ raw, problem }) => {
    expect(problemsOf(raw).join('\n')).toContain(problem);
  });

  it('reads the environment, rejecting bad values clearly', () => {
    expect(readEnv({ PORT: '8080', SLACK_BOT_TOKEN: ' xoxb-1 ' })).toMatchObject({
      port: 8080,
      slack: { botToken: 'xoxb-1' },
      databaseUrl: 'sqlite:data/dealwatch.db',
    });
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT: must be a port number/);
    expect(() => readEnv({ DATABASE_URL: 'postgres://u:secret@h/db' })).toThrow(/only sqlite/);
    expect(() => readEnv({ DATABASE_URL: 'postgres://u:secret@h/db' })).not.toThrow(/secret/);
    expect(() => readEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
});

// The YAML config's shape, validated once at start-up. Keys are snake_case in the
// file (as the interface doc fixes them) and camelCase inside the program.
import { validateDetailed } from 'node-cron';
import { z } from 'zod';
import { DEFAULT_MAX_BODY_BYTES } from '../fetch/index.js';
import { DEAL_TYPES } from '../model/deal.js';
// The one module, not parse/index: validating a config loads no parser.
import { DEFAULT_MAX_ITEMS_PER_POLL } from '../parse/item-limit.js';

const httpUrl = z.string({ error: 'must be a string URL' }).refine((value) => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}, 'must be an http(s) URL');

/** A feed URL: http(s), and no user name or password in it (they would reach logs and lists). */
const feedUrl = httpUrl.refine((value) => {
  try {
    const url = new URL(value);
    return url.username === '' && url.password === '';
  } catch {
    return true;
  }
}, 'must not contain a user name or password; send credentials as a header with headers_from_env: { Authorization: ENV_VAR_NAME }');

const cronExpression = z.string({ error: 'must be a cron expression string, e.g. "*/5 * * * *"' }).superRefine((value, ctx) => {
  const result = validateDetailed(value);
  if (!result.valid) {
    const detail = result.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    ctx.addIssue({ code: 'custom', message: `is not a valid cron expression (${detail}); e.g. "*/5 * * * *" polls every 5 minutes` });
  }
});

const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Europe/Paris or UTC');

const feedSchema = z.strictObject({
  url: feedUrl,
  /** Request headers whose values come from the environment: { Authorization: FEED_TOKEN }. */
  headers_from_env: z
    .record(
      z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be an HTTP header name such as Authorization'),
      z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be the name of an environment variable, such as FEED_TOKEN'),
    )
    .optional(),
  name: z.string().min(1, 'must not be empty').optional(),
  backfill: z.int('must be a whole number').min(0, 'must be 0 or more').optional(),
});

const matchMode = z.enum(['auto', 'case-sensitive', 'any'], {
  error: 'must be one of auto, case-sensitive, any',
});

const watchSchema = z.strictObject({
  name: z.string().min(1, 'must not be empty'),
  aliases: z.array(z.string().min(1, 'must not be empty')).default([]),
  tickers: z.array(z.string().min(1, 'must not be empty')).default([]),
  match: matchMode.default('auto'),
});

const dealType = z.enum(DEAL_TYPES, { error: `must be one of ${DEAL_TYPES.join(', ')}` });

const slackTarget = z.strictObject({
  channel: z.string().regex(/^[CGD][A-Z0-9]{6,}$/, 'must be a Slack channel id such as C0123456789 (not a #name)'),
});
const discordTarget = z.union(
  [
    z.strictObject({ channel: z.string().regex(/^\d{15,22}$/, 'must be a Discord channel id (a snowflake of digits, quoted)') }),
    z.strictObject({
      webhook: httpUrl.refine(
        (value) => /\/webhooks\/\d+\/[\w-]+/.test(value),
        'must be a Discord webhook URL like https://discord.com/api/webhooks/<id>/<token>',
      ),
    }),
  ],
  { error: 'must be { channel: "<id>" } or { webhook: <url> }' },
);

const destinationSchema = z
  .strictObject({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/i, 'must be letters, digits, - or _ (it names the destination in the outbox)'),
    slack: slackTarget.optional(),
    discord: discordTarget.optional(),
    companies: z.array(z.string().min(1)).optional(),
    types: z.array(dealType).optional(),
    min_score: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
    follow_ups: z.enum(['thread', 'none'], { error: 'must be thread or none' }).optional(),
    broadcast_lifecycle: z.boolean('must be true or false').default(false),
    alert_rumored: z.boolean('must be true or false').default(true),
    digest: z
      .strictObject({
        schedule: cronExpression,
        timezone: timeZone.default('UTC'),
      })
      .optional(),
  })
  .refine((d) => (d.slack ? 1 : 0) + (d.discord ? 1 : 0) === 1, 'needs exactly one of slack: or discord:');

export const configSchema = z.strictObject({
  schedule: cronExpression.default('*/5 * * * *'),
  feeds: z.array(feedSchema).default([]),
  watchlist: z.array(watchSchema).default([]),
  destinations: z.array(destinationSchema).default([]),
  admins: z
    .strictObject({
      slack: z.array(z.string().regex(/^[UW][A-Z0-9]{6,}$/, 'must be a Slack user id such as U0123456789')).default([]),
      discord: z.array(z.string().regex(/^\d{15,22}$/, 'must be a Discord user id (digits, quoted)')).default([]),
    })
    .default({ slack: [], discord: [] }),
  alerts: z
    .strictObject({
      min_score: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').default(0.5),
      alert_on_mention: z.boolean('must be true or false').default(false),
      /** Further reports of a deal arriving within this many seconds fold into one reply. */
      fold_seconds: z.number().int('must be a whole number of seconds').min(0, 'must be 0 or more').max(86_400, 'must be at most 86400 (a day)').default(120),
    })
    .default({ min_score: 0.5, alert_on_mention: false, fold_seconds: 120 }),
  lexicon: z
    .strictObject({
      extra: z.partialRecord(dealType, z.array(z.string().min(1))).default({}),
      exclude: z.array(z.string().min(1)).default([]),
    })
    .default({ extra: {}, exclude: [] }),
  fetch: z
    .strictObject({
      connect_timeout_ms: z.int().positive().default(10_000),
      timeout_ms: z.int().positive().default(30_000),
      max_body_bytes: z.int().positive().default(DEFAULT_MAX_BODY_BYTES),
      max_items_per_poll: z.int().min(1, 'must be at least 1').max(100_000, 'must be at most 100000').default(DEFAULT_MAX_ITEMS_PER_POLL),
      max_redirects: z.int().min(0).max(20).default(5),
      concurrency: z.int().positive().default(16),
      per_host_concurrency: z.int().positive().default(2),
    })
    .default({
      connect_timeout_ms: 10_000,
      timeout_ms: 30_000,
      max_body_bytes: DEFAULT_MAX_BODY_BYTES,
      max_items_per_poll: DEFAULT_MAX_ITEMS_PER_POLL,
      max_redirects: 5,
      concurrency: 16,
      per_host_concurrency: 2,
    }),
  polling: z
    .strictObject({
      max_interval_minutes: z
        .int()
        .positive()
        .default(24 * 60),
      max_backoff_minutes: z
        .int()
        .positive()
        .default(24 * 60),
      // `dealwatch run` polls in a process of its own per cycle, which gives its memory back when the cycle ends.
      cycle_process: z.boolean().default(true),
    })
    .default({ max_interval_minutes: 24 * 60, max_backoff_minutes: 24 * 60, cycle_process: true }),
  display: z
    .strictObject({
      timezone: timeZone.default('UTC'),
    })
    .default({ timezone: 'UTC' }),
  security: z
    .strictObject({
      allow_private_feed_urls: z.boolean('must be true or false').default(false),
    })
    .default({ allow_private_feed_urls: false }),
});

export type RawConfig = z.output<typeof configSchema>;

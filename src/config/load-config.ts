// Reads the YAML config and the environment, validates both once, and returns one
// frozen object that is passed down. Nothing else in the program reads process.env.
import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { configSchema, type RawConfig } from './config-schema.js';
import { DealwatchError, type CodeOf } from '../model/errors.js';
import type { DealType, MatchMode } from '../model/deal.js';

export class ConfigError extends DealwatchError<CodeOf<'config'>> {
  readonly problems: readonly string[];
  constructor(problems: readonly string[], source: string) {
    super('config-invalid', `${source}:\n  ${problems.join('\n  ')}`);
    this.problems = problems;
  }
}

export interface FeedConfig {
  readonly url: string;
  readonly name: string | null;
  readonly backfill: number;
}
export interface WatchConfig {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly tickers: readonly string[];
  readonly match: MatchMode;
}
export type DestinationTarget =
  | { readonly platform: 'slack'; readonly channel: string }
  | { readonly platform: 'discord'; readonly channel: string }
  | { readonly platform: 'discord-webhook'; readonly webhookUrl: string };
export interface DestinationConfig {
  readonly name: string;
  readonly target: DestinationTarget;
  readonly companies: readonly string[] | null;
  readonly types: readonly DealType[] | null;
  readonly minScore: number | null;
  /** Further reports of a deal: in the alert's thread, or none (lifecycle steps still post). */
  readonly followUps: 'thread' | 'none';
  /** Lifecycle steps also go to the channel (Slack reply_broadcast; on Discord a reply in the channel). */
  readonly broadcastLifecycle: boolean;
  /** Alert on deals that are only rumoured so far. */
  readonly alertRumored: boolean;
  /** A digest of the period's deals, posted on this schedule. */
  readonly digest: { readonly schedule: string; readonly timezone: string } | null;
}

export interface EnvConfig {
  readonly databaseUrl: string;
  readonly port: number;
  readonly logLevel: string;
  /** `auto`: pretty in a terminal, JSON lines otherwise. */
  readonly logFormat: 'auto' | 'json' | 'pretty';
  readonly slack: { readonly botToken: string | null; readonly signingSecret: string | null; readonly appToken: string | null; readonly apiUrl: string | null };
  readonly discord: {
    readonly botToken: string | null;
    readonly applicationId: string | null;
    readonly publicKey: string | null;
    readonly apiUrl: string | null;
  };
}

export interface AppConfig {
  readonly configPath: string;
  readonly schedule: string;
  readonly feeds: readonly FeedConfig[];
  readonly watchlist: readonly WatchConfig[];
  readonly destinations: readonly DestinationConfig[];
  readonly admins: { readonly slack: readonly string[]; readonly discord: readonly string[] };
  readonly alerts: { readonly minScore: number; readonly alertOnMention: boolean; readonly foldSeconds: number };
  readonly lexicon: { readonly extra: Partial<Record<DealType, readonly string[]>>; readonly exclude: readonly string[] };
  readonly fetch: {
    readonly connectTimeoutMs: number;
    readonly timeoutMs: number;
    readonly maxBodyBytes: number;
    readonly maxItemsPerPoll: number;
    readonly maxRedirects: number;
    readonly concurrency: number;
    readonly perHostConcurrency: number;
  };
  readonly polling: { readonly maxIntervalMinutes: number; readonly maxBackoffMinutes: number; readonly cycleProcess: boolean };
  readonly security: { readonly allowPrivateFeedUrls: boolean };
  /**
   * Request headers per feed URL, from feeds[].headers_from_env. A Map, so the secret values
   * never show when the config is logged or printed.
   */
  readonly feedHeaders: ReadonlyMap<string, Readonly<Record<string, string>>>;
  /** How times are shown where a chat client cannot show each reader's own zone. */
  readonly display: { readonly timezone: string };
  readonly env: EnvConfig;
}

/** Formats a zod path the way a person writes it in YAML: feeds[2].url */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(top level)';
}

// Keys per YAML section, for "did you mean" hints on typos.
const knownKeysHint: Record<string, readonly string[]> = {
  '': Object.keys(configSchema.shape),
  feeds: ['url', 'name', 'backfill', 'headers_from_env'],
  watchlist: ['name', 'aliases', 'tickers', 'match'],
  destinations: ['name', 'slack', 'discord', 'companies', 'types', 'min_score', 'follow_ups', 'broadcast_lifecycle', 'alert_rumored', 'digest'],
  admins: ['slack', 'discord'],
  alerts: ['min_score', 'alert_on_mention', 'fold_seconds'],
  lexicon: ['extra', 'exclude'],
  fetch: ['connect_timeout_ms', 'timeout_ms', 'max_body_bytes', 'max_items_per_poll', 'max_redirects', 'concurrency', 'per_host_concurrency'],
  polling: ['max_interval_minutes', 'max_backoff_minutes', 'cycle_process'],
  security: ['allow_private_feed_urls'],
  display: ['timezone'],
};

function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

const SECRET_KEY = /(token|secret|password|api[_-]?key|signing)/i;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown): string[] {
  const where = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const parentKey = issue.path.filter((p) => typeof p === 'string').join('.');
    return issue.keys.map((key) => {
      const at = formatPath([...issue.path, key]);
      if (SECRET_KEY.test(key)) {
        return `${at}: secrets do not belong in the config file; set them in the environment (see README, "Environment")`;
      }
      const suggestion = closest(key, knownKeysHint[parentKey] ?? []);
      return `${at}: unknown key${suggestion ? ` (did you mean ${suggestion}?)` : '; remove it or check the README for valid keys'}`;
    });
  }
  if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) return [`${where}: is required`];
  return [`${where}: ${issue.message}`];
}

export function validateConfig(input: unknown, configPath: string, env: EnvConfig, processEnv: Record<string, string | undefined> = {}): AppConfig {
  const result = configSchema.safeParse(input ?? {});
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.flatMap((issue) => describeIssue(issue, input ?? {})),
      configPath,
    );
  }
  return toAppConfig(result.data, configPath, env, processEnv);
}

/** feeds[].headers_from_env with the values read from the environment; a missing variable is a config error. */
function feedHeaders(raw: RawConfig, processEnv: Record<string, string | undefined>, problems: string[]): Map<string, Readonly<Record<string, string>>> {
  const out = new Map<string, Readonly<Record<string, string>>>();
  raw.feeds.forEach((feed, i) => {
    if (!feed.headers_from_env) return;
    const headers: Record<string, string> = {};
    for (const [header, variable] of Object.entries(feed.headers_from_env)) {
      const value = processEnv[variable];
      if (value === undefined || value === '') problems.push(`feeds[${i}].headers_from_env.${header}: environment variable ${variable} is not set`);
      else headers[header.toLowerCase()] = value;
    }
    out.set(feed.url, Object.freeze(headers));
  });
  return out;
}

function toAppConfig(raw: RawConfig, configPath: string, env: EnvConfig, processEnv: Record<string, string | undefined>): AppConfig {
  const problems: string[] = [];
  const headers = feedHeaders(raw, processEnv, problems);
  const config: AppConfig = {
    configPath,
    schedule: raw.schedule,
    feeds: raw.feeds.map((f) => ({ url: f.url, name: f.name ?? null, backfill: f.backfill ?? 0 })),
    watchlist: raw.watchlist.map((w) => ({ name: w.name, aliases: w.aliases, tickers: w.tickers, match: w.match })),
    destinations: raw.destinations.map((d) => ({
      name: d.name,
      target: d.slack
        ? { platform: 'slack' as const, channel: d.slack.channel }
        : d.discord && 'webhook' in d.discord
          ? { platform: 'discord-webhook' as const, webhookUrl: d.discord.webhook }
          : { platform: 'discord' as const, channel: (d.discord as { channel: string }).channel },
      companies: d.companies ?? null,
      types: d.types ?? null,
      minScore: d.min_score ?? null,
      // A webhook cannot start threads: only lifecycle steps follow its alerts.
      followUps: d.follow_ups ?? (d.discord && 'webhook' in d.discord ? 'none' : 'thread'),
      broadcastLifecycle: d.broadcast_lifecycle,
      alertRumored: d.alert_rumored,
      digest: d.digest ? { schedule: d.digest.schedule, timezone: d.digest.timezone } : null,
    })),
    admins: raw.admins,
    alerts: { minScore: raw.alerts.min_score, alertOnMention: raw.alerts.alert_on_mention, foldSeconds: raw.alerts.fold_seconds },
    lexicon: { extra: raw.lexicon.extra, exclude: raw.lexicon.exclude },
    fetch: {
      connectTimeoutMs: raw.fetch.connect_timeout_ms,
      timeoutMs: raw.fetch.timeout_ms,
      maxBodyBytes: raw.fetch.max_body_bytes,
      maxItemsPerPoll: raw.fetch.max_items_per_poll,
      maxRedirects: raw.fetch.max_redirects,
      concurrency: raw.fetch.concurrency,
      perHostConcurrency: raw.fetch.per_host_concurrency,
    },
    polling: {
      maxIntervalMinutes: raw.polling.max_interval_minutes,
      maxBackoffMinutes: raw.polling.max_backoff_minutes,
      cycleProcess: raw.polling.cycle_process,
    },
    security: { allowPrivateFeedUrls: raw.security.allow_private_feed_urls },
    display: { timezone: raw.display.timezone },
    feedHeaders: headers,
    env,
  };
  const names = new Set<string>();
  config.destinations.forEach((d, i) => {
    if (names.has(d.name)) problems.push(`destinations[${i}].name: "${d.name}" is used twice; names must be unique`);
    names.add(d.name);
    if (d.target.platform === 'discord-webhook' && raw.destinations[i]?.follow_ups === 'thread') {
      problems.push(
        `destinations[${i}].follow_ups: a Discord webhook cannot post in threads; use a bot channel (discord: { channel: "<id>" }) or follow_ups: none`,
      );
    }
  });
  if (problems.length > 0) throw new ConfigError(problems, configPath);
  return deepFreeze(config);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

export function readEnv(env: Record<string, string | undefined>): EnvConfig {
  const problems: string[] = [];
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`PORT: must be a port number 0-65535, got "${portText}"`);
  const databaseUrl = env.DATABASE_URL ?? 'sqlite:data/dealwatch.db';
  if (!databaseUrl.startsWith('sqlite:')) {
    problems.push(`DATABASE_URL: only sqlite:<path> and sqlite::memory: are supported for now, got "${databaseUrl.replace(/\/\/.*@/, '//***@')}"`);
  }
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    problems.push(`LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent; got "${logLevel}"`);
  }
  const logFormat = env.LOG_FORMAT ?? 'auto';
  if (logFormat !== 'auto' && logFormat !== 'json' && logFormat !== 'pretty') {
    problems.push(`LOG_FORMAT: must be auto, json or pretty; got "${logFormat}"`);
  }
  if (problems.length > 0) throw new ConfigError(problems, 'environment');
  const opt = (key: string) => (env[key] && env[key]!.trim() !== '' ? env[key]!.trim() : null);
  return {
    databaseUrl,
    port,
    logLevel,
    logFormat: logFormat as EnvConfig['logFormat'],
    slack: { botToken: opt('SLACK_BOT_TOKEN'), signingSecret: opt('SLACK_SIGNING_SECRET'), appToken: opt('SLACK_APP_TOKEN'), apiUrl: opt('SLACK_API_URL') },
    discord: {
      botToken: opt('DISCORD_BOT_TOKEN'),
      applicationId: opt('DISCORD_APPLICATION_ID'),
      publicKey: opt('DISCORD_PUBLIC_KEY'),
      apiUrl: opt('DISCORD_API_URL'),
    },
  };
}

/** Reads and validates the config file; throws ConfigError with one line per problem. */
export async function loadConfig(configPath: string, env: Record<string, string | undefined>): Promise<AppConfig> {
  const envConfig = readEnv(env);
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      [code === 'ENOENT' ? `file not found; pass --config <path> or set DEALWATCH_CONFIG` : `cannot read file (${code ?? String(error)})`],
      configPath,
    );
  }
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      doc.errors.map((e) => `YAML syntax: ${e.message.split('\n')[0]}`),
      configPath,
    );
  }
  return validateConfig(doc.toJS(), configPath, envConfig, env);
}

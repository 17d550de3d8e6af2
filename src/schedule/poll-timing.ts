// When a feed is polled next. Pure: every function takes `now` and returns a time.
import { createHash } from 'node:crypto';

/** A stable fraction in [0, 1) from a feed URL, so feeds spread out and stay put across restarts. */
export function urlFraction(url: string): number {
  const digest = createHash('sha1').update(url).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000;
}

/** A new feed's first poll: now, plus a slice of the interval chosen by its URL hash. */
export function firstPollAt(url: string, now: number, spreadMs: number): number {
  return now + Math.floor(urlFraction(url) * spreadMs);
}

export interface FeedHints {
  /** RSS <ttl>, a lower bound on the interval. */
  readonly ttlMinutes: number | null;
  /** Cache-Control max-age, a lower bound on the interval. */
  readonly maxAgeSeconds: number | null;
  /** The cap on how far a feed's own hints can push its interval out. */
  readonly maxIntervalMs: number;
}

/** The feed's own minimum interval in seconds from its hints, capped, or null without hints. */
export function feedMinIntervalSeconds(t: FeedHints): number | null {
  const hints = [t.ttlMinutes !== null ? t.ttlMinutes * 60 : 0, t.maxAgeSeconds ?? 0].filter((s) => s > 0);
  if (hints.length === 0) return null;
  return Math.min(Math.max(...hints), Math.floor(t.maxIntervalMs / 1000));
}

export interface SuccessTiming {
  /** When this cycle started; intervals count from here so a feed is due again on the matching tick. */
  readonly cycleStartedAt: number;
  readonly cycleIntervalMs: number;
  /** The feed's own floor on its interval (see feedMinIntervalSeconds), or null. */
  readonly minIntervalSeconds: number | null;
}

// Ticks fire a little late and fetches take time; without slack a feed due "exactly"
// at the next tick would miss it and wait a whole extra cycle.
const TICK_SLACK_MS = 5_000;

export function nextPollAfterSuccess(t: SuccessTiming): number {
  const interval = Math.max(t.cycleIntervalMs, (t.minIntervalSeconds ?? 0) * 1000);
  return t.cycleStartedAt + interval - TICK_SLACK_MS;
}

export interface FailureTiming {
  readonly now: number;
  /** Error count including this failure (1 for the first). */
  readonly errorCount: number;
  readonly cycleIntervalMs: number;
  readonly maxBackoffMs: number;
  /** Retry-After from a 429 or 503, honoured as a floor. */
  readonly retryAfterMs: number | null;
}

/** Exponential backoff from the cycle interval: 1, 2, 4, 8… intervals, capped (24 h by default). */
export function backoffDelayMs(t: Omit<FailureTiming, 'now'>): number {
  const exponent = Math.min(Math.max(t.errorCount - 1, 0), 30);
  const backoff = Math.min(t.cycleIntervalMs * 2 ** exponent, t.maxBackoffMs);
  return Math.min(Math.max(backoff, t.retryAfterMs ?? 0), Math.max(t.maxBackoffMs, t.retryAfterMs ?? 0));
}

export function nextPollAfterFailure(t: FailureTiming): number {
  return t.now + backoffDelayMs(t) - (t.retryAfterMs !== null && t.errorCount <= 1 ? 0 : TICK_SLACK_MS);
}

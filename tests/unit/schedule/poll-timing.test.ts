import { describe, expect, it } from 'vitest';
import { backoffDelayMs, feedMinIntervalSeconds, firstPollAt, nextPollAfterSuccess, urlFraction } from '../../../src/schedule/index.js';

const MIN = 60_000;

describe('backoffDelayMs', () => {
  it.each([
    { errorCount: 1, retryAfterMs: null, expected: 5 * MIN },
    { errorCount: 2, retryAfterMs: null, expected: 10 * MIN },
    { errorCount: 3, retryAfterMs: null, expected: 20 * MIN },
    { errorCount: 9, retryAfterMs: null, expected: 1280 * MIN },
    { errorCount: 10, retryAfterMs: null, expected: 1440 * MIN },
    { errorCount: 500, retryAfterMs: null, expected: 1440 * MIN },
    { errorCount: 1, retryAfterMs: 60 * MIN, expected: 60 * MIN },
    { errorCount: 3, retryAfterMs: 1_000, expected: 20 * MIN },
    { errorCount: 1, retryAfterMs: 48 * 60 * MIN, expected: 48 * 60 * MIN },
  ])('error $errorCount, Retry-After $retryAfterMs → $expected ms', ({ errorCount, retryAfterMs, expected }) => {
    expect(backoffDelayMs({ errorCount, retryAfterMs, cycleIntervalMs: 5 * MIN, maxBackoffMs: 1440 * MIN })).toBe(expected);
  });
});

describe('feedMinIntervalSeconds', () => {
  it.each([
    { ttlMinutes: null, maxAgeSeconds: null, expected: null },
    { ttlMinutes: 60, maxAgeSeconds: null, expected: 3600 },
    { ttlMinutes: null, maxAgeSeconds: 900, expected: 900 },
    { ttlMinutes: 10, maxAgeSeconds: 1800, expected: 1800 },
    { ttlMinutes: 100_000, maxAgeSeconds: null, expected: 86_400 },
    { ttlMinutes: 0, maxAgeSeconds: 0, expected: null },
  ])('ttl $ttlMinutes min, max-age $maxAgeSeconds s → $expected', ({ ttlMinutes, maxAgeSeconds, expected }) => {
    expect(feedMinIntervalSeconds({ ttlMinutes, maxAgeSeconds, maxIntervalMs: 1440 * MIN })).toBe(expected);
  });
});

describe('nextPollAfterSuccess', () => {
  it('is due again by the next tick of the schedule, or after the feed’s own floor', () => {
    const base = { cycleStartedAt: 0, cycleIntervalMs: 5 * MIN };
    expect(nextPollAfterSuccess({ ...base, minIntervalSeconds: null })).toBeLessThan(5 * MIN);
    expect(nextPollAfterSuccess({ ...base, minIntervalSeconds: null })).toBeGreaterThan(4 * MIN);
    expect(nextPollAfterSuccess({ ...base, minIntervalSeconds: 3600 })).toBeGreaterThan(59 * MIN);
    expect(nextPollAfterSuccess({ ...base, minIntervalSeconds: 3600 })).toBeLessThan(60 * MIN);
  });
});

describe('spreading by URL hash', () => {
  it('is stable for a URL and differs between URLs', () => {
    expect(urlFraction('https://a.example/feed')).toBe(urlFraction('https://a.example/feed'));
    const fractions = new Set(Array.from({ length: 50 }, (_, i) => urlFraction(`https://site${i}.example/feed`).toFixed(3)));
    expect(fractions.size).toBeGreaterThan(45);
    for (const f of fractions) expect(Number(f)).toBeLessThan(1);
    expect(firstPollAt('https://a.example/feed', 1000, 0)).toBe(1000);
    expect(firstPollAt('https://a.example/feed', 1000, 60_000)).toBeLessThan(61_000);
  });
});

import { describe, expect, it } from 'vitest';
import { parseMaxAge, parseRetryAfter } from '../../../src/fetch/index.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  it.each<[string | null, number | null]>([
    [null, null],
    ['', null],
    ['120', 120_000],
    [' 0 ', 0],
    ['Thu, 01 Jan 2026 00:01:30 GMT', 90_000],
    ['Wed, 31 Dec 2025 23:00:00 GMT', 0], // in the past: retry now
    ['soon', null],
    ['-5', null],
    ['1.5', null],
  ])('%s → %s', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('parseMaxAge', () => {
  it.each<[string | null, number | null]>([
    [null, null],
    ['no-cache', null],
    ['max-age=300', 300],
    ['public, max-age=60, must-revalidate', 60],
    ['s-maxage=10', null],
    ['MAX-AGE="15"', 15],
  ])('%s → %s', (value, expected) => {
    expect(parseMaxAge(value)).toBe(expected);
  });
});

// The evaluation's fixed train/test split (scripts/eval/split.ts) must never move.

import { describe, expect, it } from 'vitest';
import { fnv1a, partOf } from '../../../scripts/eval/split.js';
import { matchScore } from '../../../scripts/eval/names.js';

describe('eval split', () => {
  it('hashes stably', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('tapestry-capri')).toBe(fnv1a('tapestry-capri'));
  });
  it('keeps a cluster on one side and uses the id without one', () => {
    expect(partOf({ id: 'a', cluster: 'same' })).toBe(partOf({ id: 'b', cluster: 'same' }));
    expect(partOf({ id: 'x1', cluster: null })).toBe(partOf({ id: 'x1', cluster: null }));
  });
  it('sends about a fifth of the keys to test', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `k${i}`);
    const test = keys.filter((k) => partOf({ id: k, cluster: null }) === 'test').length / keys.length;
    expect(test).toBeGreaterThan(0.15);
    expect(test).toBeLessThan(0.25);
  });
  it('matches names with and without suffixes, short forms and initials', () => {
    expect(matchScore('Tapestry', 'Tapestry Inc.')).toBe(2);
    expect(matchScore('Sony Group', 'Sony')).toBe(2);
    expect(matchScore('Uber Technologies', 'Uber')).toBe(1);
    expect(matchScore('Public Investment Fund', 'PIF')).toBe(1);
    expect(matchScore('Apple', 'Microsoft')).toBe(0);
  });
});

// One deal, one thread: our own clusters (fixtures/deal-clusters.jsonl, fictional companies) run
// through the grouping exactly as `scripts/grouping-eval.ts` runs the dev set: each cluster is one
// deal told by several outlets (wire, press release, headline-only feed, blog) and followed for
// months (votes, clearances, completion, termination, raised bids), beside decoys that must stay
// apart (the same pair a year later, a second round from one investor, two targets of one buyer in
// one week, a rival bidder, two contracts for one supplier). Rows carry their publication dates.

import { describe, expect, it } from 'vitest';
import { groupRows, scoreGrouping } from '../../../scripts/eval/grouping.js';
import { readClusters, sharedGroups, strays } from './cluster-fixtures.js';

const rows = readClusters('deal-clusters.jsonl');

// Different deals between the same companies, or for the same buyer or target.
const DECOYS: readonly (readonly [string, string])[] = [
  ['tidewell-marlow-fields', 'tidewell-marlow-takeover'],
  ['lumenfield-series-a', 'lumenfield-series-b'],
  ['arbor-kiln-first', 'arbor-kiln-second'],
  ['veridian-corsa', 'veridian-tallis'],
  ['granmoor-ostrava', 'kestrel-ostrava'],
  ['aldermoor-sunwa-hydrogen', 'aldermoor-sunwa-recycling'],
  ['brackwell-radar', 'brackwell-drones'],
  ['gresham-voltaic-stake', 'gresham-voltaic-takeover'],
];

/**
 * Stories left out of their deal's thread, and why: the analyzer reads no deal in a headline that
 * explains (g021 "Why Veridian paid...", g035 "What the ... merger means": pieces about a deal, by
 * policy); "completes North Sea deal with Marlow" reads as a partnership (g009).
 */
const KNOWN_MISSES = ['g009', 'g021', 'g035'];

describe('grouping our own deal clusters', () => {
  const grouped = groupRows(rows, false);

  it('reads the fixture: about 30 deals and 90 stories, each dated', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((r) => r.cluster)).size).toBeGreaterThanOrEqual(25);
    expect(rows.every((r) => r.published && !Number.isNaN(Date.parse(r.published)))).toBe(true);
  });

  it('joins reports of one deal and keeps different deals apart, at the rates reached', () => {
    const score = scoreGrouping(grouped, 'all');
    expect(score.precision).toBe(1);
    expect(score.mergedWrongly).toBe(0);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(DECOYS)('keeps %s and %s apart', (a, b) => {
    expect(sharedGroups(rows, grouped, a, b)).toEqual([]);
  });

  it('puts every other story in its deal’s thread: the known misses are the only strays', () => {
    expect(strays(rows, grouped)).toEqual(KNOWN_MISSES);
  });

  it('groups every story right from the labelled facts: the grouping rules themselves make no error', () => {
    const score = scoreGrouping(groupRows(rows, true), 'all');
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { DealAnalysis } from '../../../src/model/deal.js';
import { routeAlert, type RouteFilter } from '../../../src/pipeline/routing.js';

const analysis = (over: Partial<DealAnalysis> = {}): DealAnalysis => ({
  deal: true,
  type: 'acquisition',
  status: 'announced',
  score: 0.8,
  companies: [
    { name: 'Nvidia', role: 'acquirer', watched: true },
    { name: 'Run:ai', role: 'target', watched: false },
    { name: 'Intel', role: 'mentioned', watched: true },
  ],
  amount: null,
  summary: '',
  ...over,
});
const dest = (name: string, over: Partial<RouteFilter> = {}): RouteFilter => ({
  name,
  companies: null,
  types: null,
  minScore: null,
  followUps: 'thread',
  rumored: true,
  ...over,
});
const policy = { minScore: 0.5, alertOnMention: false };

describe('routeAlert', () => {
  it.each([
    { name: 'no filters: every destination', a: analysis(), d: [dest('a'), dest('b')], expected: ['a', 'b'] },
    { name: 'not a deal: none', a: analysis({ deal: false }), d: [dest('a')], expected: [] },
    { name: 'below the global minimum score: none', a: analysis({ score: 0.4 }), d: [dest('a')], expected: [] },
    { name: 'a destination minimum score', a: analysis({ score: 0.6 }), d: [dest('a', { minScore: 0.7 }), dest('b')], expected: ['b'] },
    { name: 'type filter', a: analysis(), d: [dest('a', { types: ['merger'] }), dest('b', { types: ['acquisition'] })], expected: ['b'] },
    { name: 'company filter matches a party, case-insensitively', a: analysis(), d: [dest('a', { companies: ['NVIDIA'] })], expected: ['a'] },
    { name: 'company filter ignores a mere mention', a: analysis(), d: [dest('a', { companies: ['Intel'] })], expected: [] },
    {
      name: 'only mentioned watched companies: no alert',
      a: analysis({
        companies: [
          { name: 'Intel', role: 'mentioned', watched: true },
          { name: 'X', role: 'acquirer', watched: false },
        ],
      }),
      d: [dest('a')],
      expected: [],
    },
  ])('$name', ({ a, d, expected }) => {
    expect(routeAlert(a, policy, d)).toEqual(expected);
  });

  it('with alert_on_mention, a mention in a deal story routes too, but never a story that is not a deal', () => {
    expect(routeAlert(analysis(), { ...policy, alertOnMention: true }, [dest('a', { companies: ['Intel'] })])).toEqual(['a']);
    expect(routeAlert(analysis({ deal: false }), { ...policy, alertOnMention: true }, [dest('a')])).toEqual([]);
    expect(routeAlert(analysis({ score: 0.1 }), { ...policy, alertOnMention: true }, [dest('a')])).toEqual([]);
  });
});

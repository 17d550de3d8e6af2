// shouldAlert and the deal status: denials never alert; rumours only when the policy allows.

import { describe, expect, it } from 'vitest';
import { shouldAlert } from '../../../src/intel/index.js';
import type { DealAnalysis, DealStatus } from '../../../src/model/deal.js';

const analysis = (status: DealStatus): DealAnalysis => ({
  deal: true,
  type: 'acquisition',
  status,
  score: 0.9,
  amount: null,
  summary: '',
  companies: [{ name: 'A', role: 'acquirer', watched: true }],
});

describe('shouldAlert by status', () => {
  it.each<[DealStatus, boolean | undefined, boolean]>([
    ['announced', undefined, true],
    ['completed', undefined, true],
    ['terminated', undefined, true],
    ['rumored', undefined, true],
    ['rumored', true, true],
    ['rumored', false, false],
    ['denied', undefined, false],
    ['denied', true, false],
  ])('%s, alertOnRumored=%s', (status, alertOnRumored, expected) => {
    const policy = alertOnRumored === undefined ? { minScore: 0.5, alertOnMention: false } : { minScore: 0.5, alertOnMention: false, alertOnRumored };
    expect(shouldAlert(analysis(status), policy)).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { shouldAlert } from '../../../src/intel/index.js';
import type { DealAnalysis, DealCompany } from '../../../src/model/deal.js';

const analysis = (deal: boolean, score: number, companies: DealCompany[]): DealAnalysis => ({
  deal,
  type: deal ? 'acquisition' : null,
  status: deal ? 'announced' : null,
  score,
  companies,
  amount: null,
  summary: '',
});

describe('shouldAlert', () => {
  it.each([
    ['watched acquirer above threshold', analysis(true, 0.8, [{ name: 'A', role: 'acquirer', watched: true }]), false, true],
    ['watched party below threshold', analysis(true, 0.3, [{ name: 'A', role: 'party', watched: true }]), false, false],
    ['watched only mentioned', analysis(true, 0.9, [{ name: 'A', role: 'mentioned', watched: true }]), false, false],
    ['watched only mentioned, alertOnMention', analysis(true, 0.9, [{ name: 'A', role: 'mentioned', watched: true }]), true, true],
    ['unwatched party', analysis(true, 0.9, [{ name: 'B', role: 'target', watched: false }]), false, false],
    ['not a deal', analysis(false, 0.1, [{ name: 'A', role: 'mentioned', watched: true }]), false, false],
  ])('%s', (_label, a, alertOnMention, expected) => {
    expect(shouldAlert(a, { minScore: 0.5, alertOnMention })).toBe(expected);
  });
});

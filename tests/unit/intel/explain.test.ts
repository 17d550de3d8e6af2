// "Why did I get this alert?": explain() returns the analysis plus its reasons; analyze() stays lean.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, formatExplanation, whyLine } from '../../../src/intel/index.js';
import type { DealExplanation } from '../../../src/model/deal.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const story = {
  title: 'Halvard Agrees to Buy Tessel Corp. for $2 Billion',
  body: 'Halvard Inc. is in final talks to acquire Tessel Corp. for $2 billion in cash, people familiar with the matter said.',
};

describe('explanation', () => {
  it('analyze() has no explanation; explain() has the same analysis plus one', () => {
    const plain = analyzer.analyze(story);
    const explained = analyzer.explain(story);
    expect('explanation' in plain).toBe(false);
    const { explanation, ...rest } = explained;
    expect(rest).toEqual(plain);
    expect(explanation.frame).toBe('Halvard —to buy→ Tessel Corp');
  });

  it('lists the phrases and features with their weights, and what lowered the score', () => {
    const { explanation } = analyzer.explain(story);
    expect(explanation.features.some((f) => f.feature === 'phrase:acquisition' && f.text === 'to Buy' && f.weight > 0)).toBe(true);
    expect(explanation.features.some((f) => f.feature === 'frame:two-parties')).toBe(true);
    expect(explanation.hedges.some((h) => h.feature === 'hedge:rumored' && h.weight < 0)).toBe(true);
  });

  it('names the hard negative that stopped a false deal', () => {
    const { explanation, deal } = analyzer.explain({ title: 'How to Buy Palantir Stock Today', body: '' });
    expect(deal).toBe(false);
    expect(explanation.hedges.map((h) => h.feature)).toContain('negative:stock-tip');
  });

  it('formatExplanation is multi-line, whyLine one line of at most 300 characters', () => {
    const { explanation } = analyzer.explain(story);
    const text = formatExplanation(explanation);
    expect(text.split('\n').length).toBeGreaterThan(3);
    expect(text).toContain('frame: Halvard —to buy→ Tessel Corp');
    const line = whyLine(explanation);
    expect(line).not.toContain('\n');
    expect(line.length).toBeLessThanOrEqual(300);
    expect(line.startsWith('Halvard —to buy→ Tessel Corp')).toBe(true);
  });

  it('whyLine clips a long explanation and formats an empty one', () => {
    const long: DealExplanation = { frame: 'x'.repeat(400), features: [], hedges: [] };
    expect(whyLine(long).length).toBe(300);
    expect(whyLine({ frame: null, features: [], hedges: [] })).toBe('no deal evidence');
    expect(formatExplanation({ frame: null, features: [], hedges: [] })).toBe('frame: (none found)\nevidence: (none)');
  });
});

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';

const analyzer = createDealAnalyzer({ watchlist: [] });

describe('summary', () => {
  it('puts the deal sentence first and stays within ~300 characters', () => {
    const a = analyzer.analyze({
      title: 'Acme Corp to acquire Widget Inc',
      body: 'Markets were calm on Monday as traders waited for data. Acme Corp agreed to acquire Widget Inc for $2 billion in cash. The deal is expected to close next year. Widget makes industrial sensors.',
    });
    expect(a.summary.startsWith('Acme Corp agreed to acquire Widget Inc for $2 billion in cash.')).toBe(true);
    expect(a.summary.length).toBeLessThanOrEqual(301);
  });

  it.each([
    ['For further reading on this topic, consider reading the following articles: A, B, C.'],
    ['Subscribe to our newsletter for more deal news every morning.'],
    ['Click here to read the full story about the merger.'],
    ['Image credit: Getty Images via the photographer.'],
  ])('never includes boilerplate: %s', (boiler) => {
    const a = analyzer.analyze({
      title: 'Acme Corp to acquire Widget Inc',
      body: `Acme Corp agreed to acquire Widget Inc for $2 billion. ${boiler} Widget makes sensors.`,
    });
    expect(a.summary).not.toContain(boiler.slice(0, 20));
  });

  it('splits run-together sentences ("Azure.For years")', () => {
    const a = analyzer.analyze({
      title: 'Acme Corp signs partnership with Widget Inc',
      body: 'Acme Corp signed a partnership with Widget Inc, ending its reliance on Azure.For years, Azure had been its only cloud. Widget is growing fast.',
    });
    expect(a.summary.startsWith('Acme Corp signed a partnership with Widget Inc, ending its reliance on Azure.')).toBe(true);
    expect(a.summary).toContain('Azure. For years');
  });

  it('falls back to the title when the body is empty', () => {
    expect(analyzer.analyze({ title: 'CITICORP <CCI> TO ACQUIRE FIDELITY SAVINGS', body: '' }).summary).toBe('CITICORP <CCI> TO ACQUIRE FIDELITY SAVINGS');
  });

  it('gives at most three sentences', () => {
    const body = Array.from({ length: 8 }, (_, i) => `Acme Corp agreed to acquire unit number ${i}.`).join(' ');
    const a = analyzer.analyze({ title: 'Acme Corp to acquire units', body });
    expect(a.summary.split(/(?<=\.)\s/).length).toBeLessThanOrEqual(3);
  });
});

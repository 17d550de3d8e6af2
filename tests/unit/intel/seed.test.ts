// The canonical case from the product brief: OpenAI / Google Cloud partnership.
// An embedded excerpt and our own full-length version (tests/fixtures/seed) always run; the
// brief's own text is read from ../shared when it is there (CI has it).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { DealAnalysis } from '../../../src/model/deal.js';
import { describeShared, fixturePath, sharedPath } from '../../helpers/shared-data.js';
import { company } from './helpers.js';

const TITLE = 'OpenAI signs partnership with Google Cloud, breaking exclusivity with Microsoft Azure';
const EXCERPT = [
  'In an unexpected turn for the artificial intelligence industry, OpenAI recently signed a partnership with Google Cloud, breaking with its exclusivity with Microsoft Azure.',
  'As demand for computing power continues to grow, this merger raises questions about the dynamics of competition in the sector.',
  'The End of an Era with Microsoft AzureFor years, Microsoft Azure had been OpenAI’s preferred cloud provider, but times are changing.',
  'The deal was finalized in May, and OpenAI reportedly generated annual revenue of $10 billion.',
  'Its cloud platform is attracting leading customers such as Apple, Anthropic, and now OpenAI. With revenues reaching $43 billion in 2024, this agreement with OpenAI is proving to be a winning move for Google.',
  'In addition, OpenAI has other ambitious projects underway, such as its $500 billion partnership with Oracle and SoftBank (Project Stargate), an agreement with CoreWeave, and even the development of its own chip.',
  'For further reading on this topic, consider reading the following articles: The Impacts of NVIDIA’s Partnership in AI , Microsoft’s Withdrawal from its Partnership with OpenAI',
].join(' ');

const analyzer = createDealAnalyzer({
  watchlist: [
    company('OpenAI'),
    company('Google', ['Google Cloud', 'Alphabet']),
    company('Microsoft'),
    company('Oracle'),
    company('SoftBank'),
    company('Nvidia'),
    company('Apple'),
    company('Anthropic'),
    company('CoreWeave'),
  ],
});

function expectCanonical(
  a: DealAnalysis,
  summaryStart = 'In an unexpected turn for the artificial intelligence industry, OpenAI recently signed a partnership with Google Cloud',
): void {
  expect(a.deal).toBe(true);
  expect(a.type).toBe('partnership');
  const role = (name: string): string | undefined => a.companies.find((c) => c.name === name)?.role;
  expect(role('OpenAI')).toBe('party');
  expect(role('Google')).toBe('party');
  for (const name of ['Microsoft', 'Oracle', 'SoftBank', 'CoreWeave', 'Apple', 'Anthropic', 'Nvidia']) {
    expect([undefined, 'mentioned']).toContain(role(name));
  }
  expect(a.amount).toBeNull();
  expect(a.summary.length).toBeGreaterThan(0);
  expect(a.summary.length).toBeLessThanOrEqual(301);
  expect(a.summary.startsWith(summaryStart)).toBe(true);
  expect(a.summary).not.toMatch(/further reading/i);
  expect(a.companies.every((c) => c.watched || c.role === 'mentioned' || ['OpenAI', 'Google'].includes(c.name))).toBe(true);
}

describe('canonical seed story: OpenAI x Google Cloud', () => {
  it('embedded excerpt', () => {
    expectCanonical(analyzer.analyze({ title: TITLE, body: EXCERPT }));
  });
});

/** The full-story checks, for one version of the story. */
function fullStory(load: () => string, summaryStart: string): void {
  it('full story: one partnership between OpenAI and Google, every other watched company only mentioned', () => {
    const a = analyzer.analyze({ title: TITLE, body: load() });
    expectCanonical(a, summaryStart);
    for (const name of ['Microsoft', 'Oracle', 'SoftBank', 'CoreWeave', 'Apple', 'Anthropic', 'Nvidia']) {
      expect(a.companies).toContainEqual({ name, role: 'mentioned', watched: true });
    }
    expect(a.score).toBeGreaterThanOrEqual(0.5);
  });

  it('with only OpenAI and Google watched, every other company is still listed as mentioned', () => {
    const a = createDealAnalyzer({ watchlist: [company('OpenAI'), company('Google', ['Google Cloud', 'Alphabet'])] }).analyze({ title: TITLE, body: load() });
    expect(a.deal).toBe(true);
    expect(a.type).toBe('partnership');
    expect(a.amount).toBeNull();
    expect(
      a.companies
        .filter((c) => c.role !== 'mentioned')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Google', 'OpenAI']);
    const mentioned = a.companies.filter((c) => c.role === 'mentioned').map((c) => c.name.toLowerCase());
    for (const name of ['microsoft', 'oracle', 'softbank', 'coreweave', 'apple', 'anthropic', 'nvidia']) expect(mentioned).toContain(name);
  });
}

describe('canonical seed story, our own full-length version (tests/fixtures/seed)', () => {
  fullStory(() => readFileSync(fixturePath('seed/openai-google-cloud.txt'), 'utf8'), 'OpenAI has signed a cloud partnership with Google Cloud');
});

describeShared("canonical seed story, the brief's text (fixtures/seed/openai-google-cloud.txt)", () => {
  fullStory(
    () => readFileSync(sharedPath('fixtures/seed/openai-google-cloud.txt'), 'utf8'),
    'In an unexpected turn for the artificial intelligence industry, OpenAI recently signed a partnership with Google Cloud',
  );
});

// The deal screen (DealAnalyzer.explainDeal returns null) lets the pipeline skip the full analysis of a story.
// It may pass a story that is no deal, but it must never stop one analyze() calls a deal.

import { describe, expect, it } from 'vitest';
import { readDataset } from '../../../scripts/eval/dataset.js';
import { createDealAnalyzer, type DealAnalyzer } from '../../../src/intel/index.js';
import type { Story } from '../../../src/model/deal.js';
import { describeShared, sharedPath } from '../../helpers/shared-data.js';
import { company } from './helpers.js';
import { readStories } from './story-fixtures.js';

const analyzer = createDealAnalyzer({ watchlist: [company('Northwind'), company('Contoso')] });

/** Whether the screen lets a story through to the full analysis. */
const passes = (a: DealAnalyzer, story: Story): boolean => a.explainDeal(story) !== null;

/** The stories the screen stops that analyze() calls deals: must be none. */
function missed(a: DealAnalyzer, stories: readonly Story[]): string[] {
  return stories.filter((s) => !passes(a, s) && a.analyze(s).deal).map((s) => s.title);
}

// Each row is a deal that only one kind of evidence finds, so each rule of the screen is needed.
describe('the deal screen passes every kind of deal evidence', () => {
  it.each([
    ['a deal phrase in the headline', 'Northwind to acquire Contoso for $2 billion', ''],
    ['a deal phrase in the lead only', 'Northwind update', 'Northwind said on Monday it agreed to buy Contoso.'],
    ['a gapped phrase ("joint … company")', 'Northwind news', 'Northwind and Contoso set up a joint battery company in Ohio.'],
    ['a gapped phrase ("put … into")', 'Northwind news', 'Northwind will put $300 million into Contoso.'],
    ['money raised ("gets $12 million from")', 'Contoso gets $12 million from Northwind', 'Contoso gets $12 million from Northwind, it said on Tuesday.'],
    ['a price for a company', 'Northwind to receive $588 million for its Contoso unit', 'Northwind will receive $588 million for its Contoso unit.'],
  ])('%s', (_label, title, body) => {
    const story = { title, body };
    expect(analyzer.analyze(story).deal).toBe(true);
    expect(passes(analyzer, story)).toBe(true);
  });
});

describe('the deal screen stops stories with no deal evidence', () => {
  it.each([
    ['an earnings report', 'Northwind reports third-quarter revenue up 12%', 'Northwind said revenue rose. Analysts had expected a weaker quarter.'],
    ['a personnel change', 'Contoso names new chief financial officer', 'Contoso named a new finance chief on Monday.'],
    ['a market wrap', 'Markets close higher as bond yields ease', 'Shares were little changed in early trading in New York.'],
    ['a deal phrase after the twelfth body sentence', 'Market wrap', `${'Shares rose in early trading. '.repeat(12)}Northwind agreed to buy Contoso.`],
    ['an empty story', '', ''],
  ])('%s', (_label, title, body) => {
    const story = { title, body };
    expect(passes(analyzer, story)).toBe(false);
    expect(analyzer.analyze(story).deal).toBe(false);
  });
});

describe('the deal screen never stops a deal', () => {
  it("on the team's own stories", () => {
    const rows = readStories('team-stories.jsonl');
    expect(rows.length).toBeGreaterThan(50);
    expect(missed(analyzer, rows)).toEqual([]);
  });

  it('explainDeal is explain() for a story the screen passes, and null for one it stops', () => {
    const stories = [
      { title: 'Northwind to acquire Contoso for $2 billion', body: 'Northwind agreed to buy Contoso, it said.' },
      { title: 'Contoso names new chief financial officer', body: 'Contoso named a new finance chief on Monday.' },
    ];
    expect(analyzer.explainDeal(stories[0]!)).toEqual(analyzer.explain(stories[0]!));
    expect(analyzer.explainDeal(stories[1]!)).toBeNull();
  });
});

describeShared('deal screen on the evaluation sets', () => {
  it.each(['reuters-modapte-train.jsonl', 'modern-deals-dev.jsonl'])('%s: no story analyze() calls a deal is stopped', (file) => {
    const rows = readDataset(sharedPath('eval', file)).rows.map((r) => ({ title: r.title, body: r.body }));
    expect(missed(analyzer, rows)).toEqual([]);
    // The screen must also do its job: it stops most stories that are no deal.
    const stopped = rows.filter((s) => !passes(analyzer, s)).length;
    expect(stopped).toBeGreaterThan(0);
  });
});

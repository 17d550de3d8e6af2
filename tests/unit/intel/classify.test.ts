import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { DealType } from '../../../src/model/deal.js';
import { company } from './helpers.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const classify = (title: string, body = ''): { deal: boolean; type: DealType | null; score: number } => {
  const a = analyzer.analyze({ title, body });
  return { deal: a.deal, type: a.type, score: a.score };
};

describe('deal types', () => {
  it.each<[string, string, DealType]>([
    ['acquisition', 'Microsoft to acquire Activision Blizzard for $68.7 billion', 'acquisition'],
    ['acquisition (wire)', 'CITICORP <CCI> TO ACQUIRE FIDELITY SAVINGS', 'acquisition'],
    ['merger', 'Exxon and Mobil agree to merge in $80 billion deal', 'merger'],
    ['partnership', 'Nvidia partners with Foxconn on AI factories', 'partnership'],
    ['investment (stake)', 'SoftBank agreed to buy a 20% stake in Arm Holdings', 'investment'],
    ['investment (13D)', 'INVESTOR GROUP RAISES STAKE IN TAFT <TFB> TO 15.1 PCT', 'investment'],
    ['funding', 'Acme Robotics raises $40M Series B led by Sequoia Capital', 'funding'],
    ['contract', 'Lockheed Martin wins $2 billion contract from the Pentagon', 'contract'],
    ['joint venture', 'Sony and Honda form joint venture to build electric cars', 'joint_venture'],
    ['ipo', 'Arm files for an IPO on Nasdaq, seeking to raise $8 billion', 'ipo'],
  ])('%s: %s', (_label, title, type) => {
    const c = classify(title);
    expect(c.deal).toBe(true);
    expect(c.type).toBe(type);
    expect(c.score).toBeGreaterThan(0);
    expect(c.score).toBeLessThanOrEqual(1);
  });
});

describe('not deals', () => {
  it.each([
    ['earnings report', 'ACME CORP <ACME> 1ST QTR NET', 'Shr 1.20 dlrs vs 1.10 dlrs\nNet 3,456,000 vs 2,345,000\nRevs 45.6 mln vs 40.1 mln'],
    ['commodity purchase', 'JAPAN BUYS 5,000 TONNES CANADIAN RAPESEED', 'Japan bought 5,000 tonnes of Canadian rapeseed overnight.'],
    ['trade agreement', 'EU and Japan sign trade agreement', 'The trade agreement cuts tariffs on cars and cheese.'],
    ['partnership program', 'Acme expands its partnership program for resellers', 'The partnership program now has three tiers.'],
    ['contract manufacturing', 'Foxconn boosts contract manufacturing capacity', 'Contract manufacturing revenue rose 5 pct.'],
    ['stake holder', 'Stake holders meet on city budget', 'Local stake holders discussed the plan.'],
    ['share buyback', 'Apple announces $90 billion share buyback', 'Apple will buy back shares over the year.'],
    ['plain news', 'Central bank holds interest rates steady', 'Policy makers left rates unchanged.'],
  ])('%s', (_label, title, body) => {
    const c = classify(title, body);
    expect(c.deal && ['acquisition', 'merger', 'partnership', 'investment', 'contract'].includes(c.type ?? '')).toBe(false);
  });
});

describe('hedging, denial and termination set the status and never raise the score', () => {
  const base = classify('Acme Corp to acquire Widget Inc', 'Acme Corp agreed to acquire Widget Inc for $2 billion.').score;
  it.each([
    ['considering', 'Acme Corp considering bid for Widget Inc', 'Acme Corp is considering an acquisition of Widget Inc, people familiar said.', 'rumored'],
    ['rumoured', 'Acme Corp rumoured to acquire Widget Inc', 'Acme Corp is rumoured to be preparing to acquire Widget Inc.', 'rumored'],
    ['denies talks', 'Acme Corp denies talks to acquire Widget Inc', 'Acme Corp denied it was in talks to acquire Widget Inc.', 'denied'],
    ['called off', 'Acme Corp calls off acquisition of Widget Inc', 'Acme Corp called off its acquisition of Widget Inc.', 'terminated'],
    ['abandons bid', 'Acme Corp abandons bid for Widget Inc', 'Acme Corp abandoned its takeover bid for Widget Inc.', 'terminated'],
    ['terminated', 'ACME <ACM> SAYS WIDGET MERGER TERMINATED', 'Acme Corp said its merger agreement with Widget Inc was terminated.', 'terminated'],
  ])('%s', (_label, title, body, status) => {
    const a = analyzer.analyze({ title, body });
    expect(a.deal).toBe(true);
    expect(a.status).toBe(status);
    expect(a.score).toBeLessThanOrEqual(base);
  });
});

describe('title weighs more than body', () => {
  it('a deal phrase in the title scores higher than the same phrase deep in the body', () => {
    const filler = 'The weather was mild. Markets were calm. Traders waited for data. Volumes were thin. Nothing happened. ';
    const inTitle = classify('Acme Corp to acquire Widget Inc', filler).score;
    const deep = classify('Markets were calm on Monday', `${filler}Acme Corp agreed to acquire Widget Inc.`).score;
    expect(inTitle).toBeGreaterThan(deep);
  });
});

describe('proximity of the deal phrase to a company name', () => {
  it('a deal phrase next to an organisation counts more than one far from any', () => {
    const near = classify('', 'Acme Corp agreed to acquire Widget Inc on Monday.').score;
    const far = classify('', 'over the years the plan was always to acquire more land near the river for farming.').score;
    expect(near).toBeGreaterThan(far);
  });
});

describe('degenerate input', () => {
  it('an empty story is not a deal and has an empty summary', () => {
    expect(analyzer.analyze({ title: '', body: '' })).toEqual({ deal: false, type: null, status: null, score: 0, companies: [], amount: null, summary: '' });
  });
});

describe('lexicon overrides from config', () => {
  it('extra phrases add evidence', () => {
    const plain = createDealAnalyzer({ watchlist: [] }).analyze({ title: 'Acme Corp inks handshake with Widget Inc', body: '' });
    const extended = createDealAnalyzer({ watchlist: [], lexicon: { extra: { partnership: ['handshake', 'inks'] } } }).analyze({
      title: 'Acme Corp inks handshake with Widget Inc',
      body: '',
    });
    expect(plain.deal).toBe(false);
    expect(extended.deal).toBe(true);
    expect(extended.type).toBe('partnership');
  });

  it('excluded phrases stop counting', () => {
    const title = 'Acme Corp launches alliance rewards for partners';
    expect(createDealAnalyzer({ watchlist: [] }).analyze({ title, body: '' }).type).toBe('partnership');
    expect(createDealAnalyzer({ watchlist: [], lexicon: { exclude: ['alliance rewards'] } }).analyze({ title, body: '' }).deal).toBe(false);
  });
});

describe('deal does not depend on the watchlist', () => {
  it.each([
    ['Acme Corp to acquire Widget Inc', ''],
    ['Central bank holds interest rates steady', ''],
    ['OpenAI signs partnership with Google Cloud', ''],
  ])('%s', (title, body) => {
    const empty = createDealAnalyzer({ watchlist: [] }).analyze({ title, body });
    const full = createDealAnalyzer({ watchlist: [company('OpenAI'), company('Google', ['Google Cloud']), company('Acme')] }).analyze({ title, body });
    expect(full.deal).toBe(empty.deal);
    expect(full.type).toBe(empty.type);
    expect(full.score).toBe(empty.score);
  });
});

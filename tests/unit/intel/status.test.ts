// Deal status from the headline and the lead.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { DealStatus } from '../../../src/model/deal.js';

const analyzer = createDealAnalyzer({ watchlist: [] });

describe('status', () => {
  it.each<[string, string, string, DealStatus]>([
    ['announced', 'Orchard Lane to acquire Pemberton Dairy', 'Orchard Lane Foods agreed to buy Pemberton Dairy for $640 million.', 'announced'],
    ['completed', 'Teller Bank completes purchase of Riverside Savings', 'Teller Bank said it had completed the acquisition.', 'completed'],
    ['completed: closed round', 'Fathom Pay closes $45 million Series B', 'Fathom Pay announced the final close of its Series B round.', 'completed'],
    ['completed: listing debut', 'Tandem Robotics shares jump 30% in NYSE debut', '', 'completed'],
    ['rumored: in talks', 'Lindqvist Shipping in talks to buy Aurora Lines', '', 'rumored'],
    ['rumored: exploring', 'Pellworth explores sale of packaging unit, sources say', '', 'rumored'],
    [
      'rumored: people familiar',
      'Merrow Health to raise $150 million',
      'Merrow Health will raise $150 million in a round, according to people familiar with the matter.',
      'rumored',
    ],
    ['rumored: outlet reports', 'Dunmore weighs bid for Calloway, Bloomberg reports', '', 'rumored'],
    ['terminated: called off', 'Meridian Telecom calls off acquisition of Sable Networks', '', 'terminated'],
    ['terminated: abandon', 'Hazelton abandons bid for Brightline Hotels', '', 'terminated'],
    ['terminated: walks away', 'Ashdown Rail walks away from bid for Merrick Signalling', '', 'terminated'],
    ['terminated: drops a deal', 'Visa and Plaid drop $5 billion merger after lawsuit', '', 'terminated'],
    ['denied', 'Greyfield Media denies report of sale talks with Tarragon', 'Greyfield Media said it was not in talks to sell itself.', 'denied'],
    ['denied: not planning', "Quorra's chief says company is not planning an IPO", '', 'denied'],
  ])('%s', (_label, title, body, status) => {
    const a = analyzer.analyze({ title, body });
    expect(a.deal).toBe(true);
    expect(a.status).toBe(status);
  });

  it('is null when the story is no deal', () => {
    expect(analyzer.analyze({ title: 'Markets were calm on Monday', body: '' }).status).toBeNull();
  });

  it('a rumour cue after the deal words hedges another deal, not this one', () => {
    const a = analyzer.analyze({
      title: 'Arbor Capital discloses 9% stake in Lenmark Foods',
      body: 'Arbor Capital disclosed a 9.1% stake in Lenmark Foods and may push it to explore a sale of its snacks unit.',
    });
    expect(a.status).toBe('announced');
  });

  it.each<[string, string, string, DealStatus]>([
    [
      'a potential product is no rumour',
      'Orrin and Keel Bio to Co-Develop Potential Flu Vaccine',
      'Orrin and Keel Bio signed an agreement to co-develop a potential flu vaccine.',
      'announced',
    ],
    [
      'a source for a detail, after the companies spoke',
      'Tarrow, Velm Labs sign licensing deal for design tools',
      'Tarrow has licensed Velm Labs software for its design teams, the companies said. The licence is worth about €40 million to Velm, according to a person familiar with it.',
      'announced',
    ],
    [
      'a party said it, a source said something else',
      'Harlan scales back new Quorra investment to $2 billion',
      'Quorra said Harlan Group would invest $2 billion in the company, far less than the $16 billion that people familiar with the matter said the two had discussed.',
      'announced',
    ],
    [
      'a collapse in a clause after the deal',
      'Velm Raises $425 Million at $13 Billion Valuation After Tarrow Deal Collapse',
      'Velm raised $425 million in a Series D round.',
      'announced',
    ],
    [
      'completing is not completed',
      'Harlan Commits $10 Billion to Quorra',
      'Harlan agreed to invest $10 billion in Quorra, contingent on Quorra completing its proposed acquisition of Pell.',
      'announced',
    ],
  ])('%s', (_label, title, body, status) => {
    expect(analyzer.analyze({ title, body }).status).toBe(status);
  });

  it('a denied deal has no amount', () => {
    const a = analyzer.analyze({
      title: 'Quorra denies it will sell itself for $5 billion',
      body: 'Quorra said it was not in talks to sell itself for $5 billion.',
    });
    expect(a.status).toBe('denied');
    expect(a.amount).toBeNull();
  });
});

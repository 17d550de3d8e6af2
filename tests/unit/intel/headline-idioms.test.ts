// Headline idioms of 2016-2018 business news (issue: headline-only deal detection, headlines-2017.jsonl):
// the verbs, prices, desk labels and look-alikes each rule reads, with fictional companies, and for each
// rule a headline the same words make no deal of. Headline only, empty watchlist.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { CompanyRole, DealStatus, DealType } from '../../../src/model/deal.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const read = (title: string) => analyzer.analyze({ title, body: '' });

type DealCase = [label: string, title: string, type: DealType, status: DealStatus, roles: Record<string, CompanyRole>];

describe('headline idioms that report a deal', () => {
  it.each<DealCase>([
    ['"scoops up" buys', 'Halvard scoops up Tessel Robotics in $1.2bn deal', 'acquisition', 'announced', { Halvard: 'acquirer', 'Tessel Robotics': 'target' }],
    ['"gobbles up" buys', 'Halvard gobbles up Tessel Robotics for $800 million', 'acquisition', 'announced', { 'Tessel Robotics': 'target' }],
    ['"picks up" a company buys it', 'Halvard picks up Tessel Robotics in $380 million deal', 'acquisition', 'announced', { Halvard: 'acquirer' }],
    ['"nabs" a company buys it', 'Halvard nabs Tessel Robotics, maker of drones', 'acquisition', 'announced', { 'Tessel Robotics': 'target' }],
    ['"nabs" money raises it', 'Quillo nabs $30 million from Brae Capital', 'funding', 'announced', { Quillo: 'investee', 'Brae Capital': 'investor' }],
    ['a bid priced in billions, refused', "Corvane rejects Halvard's £2bn hostile bid", 'acquisition', 'announced', { Corvane: 'target', Halvard: 'acquirer' }],
    ['a priced bid far from its bidder', 'Halvard wins battle for Tessel Robotics with $3 billion bid', 'acquisition', 'announced', { Halvard: 'acquirer' }],
    [
      '"offers $N for" replaces the bare "offers"',
      'Halvard offers $3 billion for Tessel Robotics',
      'acquisition',
      'announced',
      { 'Tessel Robotics': 'target' },
    ],
    ['"places $N order"', 'Marlow Air places $4 bln order for Velden jets', 'contract', 'announced', { 'Marlow Air': 'customer' }],
    ['a capital after a company noun names it', 'Halvard to buy digital magazine app Shelf', 'acquisition', 'announced', { Halvard: 'acquirer' }],
    ['approval for a named deal', 'Brightline gets EU approval for Kastor deal', 'acquisition', 'announced', { Brightline: 'acquirer', Kastor: 'target' }],
    ['"in merger talks" is a rumour', 'Halvard and Tessel Robotics in merger talks', 'merger', 'rumored', { Halvard: 'party' }],
    ['"- sources" is a rumour', 'Halvard to buy Tessel Robotics - sources', 'acquisition', 'rumored', { Halvard: 'acquirer' }],
    ['"Sources:" is a rumour', 'Sources: Halvard to buy Tessel Robotics', 'acquisition', 'rumored', { Halvard: 'acquirer' }],
    ['"said to" is a rumour, and ends a Title Case name', 'Halvard Said to Buy Tessel Robotics', 'acquisition', 'rumored', { Halvard: 'acquirer' }],
    ['a desk label is no name', 'UPDATE 2-Halvard to buy Tessel Robotics for $1 billion', 'acquisition', 'announced', { Halvard: 'acquirer' }],
    ['a debut still to come', 'Quillo cuts IPO price range ahead of debut', 'ipo', 'announced', { Quillo: 'party' }],
    ['an IPO just before a purchase is its occasion', 'Halvard snaps up Tessel Robotics days before IPO', 'acquisition', 'announced', { Halvard: 'acquirer' }],
    ['a short Title Case headline ends a name at its verb', 'Comcor Mulls Bid for Tessel', 'acquisition', 'rumored', { Comcor: 'acquirer' }],
    ['a credit union is no labour union', 'Two credit unions Pellam and Rilling to merge', 'merger', 'announced', {}],
    ['"in $N <name> deal" buys the company named', 'Halvard in $26.2bn Tessel deal', 'acquisition', 'announced', { Halvard: 'acquirer' }],
    ['a press-release adjective is no name', 'Mitford Announces Definitive Agreement to Acquire Larkspan', 'acquisition', 'announced', { Mitford: 'acquirer' }],
  ])('%s: %s', (_label, title, type, status, roles) => {
    const a = read(title);
    expect(a.deal).toBe(true);
    expect(a.type).toBe(type);
    expect(a.status).toBe(status);
    for (const [name, role] of Object.entries(roles)) expect(a.companies.find((c) => c.name === name)?.role, name).toBe(role);
    expect(a.companies.map((c) => c.name)).not.toContain('UPDATE');
    expect(a.companies.map((c) => c.name)).not.toContain('Definitive');
  });
});

describe('the same words, no deal', () => {
  it.each([
    ['an order to do something is a command', 'Judge orders Halvard to hand over documents in Tessel case'],
    ['what is won is an approval', 'Halvard wins backing for Ohio expansion'],
    ['a contract still bid for', 'Halvard bids for Pentagon cloud contract'],
    ['jobs are taken over, not bought', 'Robots will take over 800 million jobs, Brae Research says'],
    ['units merged inside one company', 'Halvard merges Tessel into its hardware division'],
    ['goods sold to no one named', 'Halvard sells more cars in China than in the U.S.'],
    ['an IPO price as a yardstick', 'Quillo shares sink below IPO price for first time'],
    ['a low since the IPO', 'Quillo shares fall to new low since IPO'],
    ['funding across a market', 'Startup funding hits record as Brae Capital writes big checks'],
    ['a deal with a union', 'Marlow Air strikes deal with pilots union'],
    ['a desk label for background', 'Factbox: Deals in the chip industry'],
    ['a desk label for opinion', 'Breakingviews - Halvard bid for Tessel Robotics is rich'],
    ['"picks up" what is no company', 'Halvard picks up steam as orders rise'],
    ["a court's order", 'Judge orders Halvard, Tessel trial to start in March'],
    ['a headline that opens with "Sell" or "Buy" gives an order', 'Sell Halvard, buy Tessel, analyst says'],
    ['money for its own products', 'Halvard to invest $11 billion in electric vehicles'],
  ])('%s: %s', (_label, title) => {
    expect(read(title).deal).toBe(false);
  });
});

// Hard negatives: business news that uses deal words without a deal. None of them is a
// deal, and none alerts, although every company in them is watched. Stories written for
// this test (fictional companies, or well-known ones in invented situations).

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, shouldAlert } from '../../../src/intel/index.js';
import { company } from './helpers.js';

const analyzer = createDealAnalyzer({
  watchlist: [
    'Corvane Systems',
    'Palantir',
    'Fernhill Foods',
    'Orbit Foods',
    'Marlow Motors',
    'Pellwood Software',
    'Tidewater Cloud',
    'Halcyon Systems',
    'Brennan Pharma',
    'Aston Retail',
    'Walmart',
    'Kestrel',
    'Vesta Mining',
    'Clover Bank',
    'Nimbus Robotics',
    'Meridale Health',
    'Driftpoint',
    'Wrenfield Software',
    'Amazon',
    'Dockside Ports',
  ].map((n) => company(n)),
});

describe('hard negatives never alert', () => {
  it.each([
    // analyst ratings and stock tips
    ['rating', 'Analyst upgrades Fernhill Foods to Buy', 'Analysts at Cobb & Wyatt upgraded Fernhill Foods to Buy from Hold and raised their price target.'],
    ['stock tip question', 'Is Corvane Systems (NASDAQ: CRVN) a buy after its guidance raise?', 'The shares have climbed 40% this year. We rate it a Hold.'],
    ['stocks to buy', '3 Software Stocks to Buy Before Earnings Season', 'Corvane Systems and Wrenfield Software look cheap, and we would buy both.'],
    ['how to buy', 'How to Buy Palantir Stock Today', ''],
    ['better buy', 'Walmart or Amazon: Which Retail Giant Is the Better Buy?', ''],
    // retail sales and discounts
    [
      'Prime Day deals',
      'Prime Day deals: the best discounts on TVs and headphones',
      'Amazon shoppers can find deals on laptops, TVs and kitchen gadgets this week.',
    ],
    ['holiday sale', "Walmart's holiday sale starts early with doorbusters on TVs", 'Walmart will offer discounts of up to 40% on electronics from Friday.'],
    // product sales
    ['on sale', 'Kestrel Phone X goes on sale in 20 countries', 'The phone went on sale on Friday at $799 and pre-orders beat forecasts.'],
    ['units sold', 'Aston Retail sold 2 million sweaters in its Black Friday week', 'The chain said the sweaters sold out in most stores.'],
    // buybacks, splits and dividends
    ['buyback', 'Orbit Foods announces $2 billion share buyback', 'The board also raised the quarterly dividend by 5%.'],
    ['split', 'Vesta Mining shareholders approve 4-for-1 stock split', 'The split takes effect next month.'],
    ['dividend', 'Clover Bank declares special dividend of $1 a share', 'The dividend is payable on June 3.'],
    // capital spending
    ['new plant', 'Marlow Motors to invest $3 billion in new Ohio battery plant', 'The carmaker will build the plant near Columbus, creating 2,000 jobs.'],
    ['new facility', 'Driftpoint invests in new test facility', 'Driftpoint opened a battery test facility, an investment of about $6 million.'],
    // labour contracts
    [
      'ratified contract',
      'Nurses at Meridale Health ratify three-year contract',
      'Nurses voted to ratify a contract that raises wages and ends a strike threat.',
    ],
    ['port deal', 'Dockside Ports and workers reach tentative deal, ending strike', 'The union said members would vote on the tentative deal next week.'],
    // trade agreements between countries
    ['trade pact', 'EU and Chile sign updated trade agreement', 'The pact removes tariffs on most goods.'],
    ['trade deal', 'U.S. and Japan strike trade deal with 15% tariff', 'The trade deal includes an investment pledge of $550 billion.'],
    // settlements and fines
    ['settlement', 'Brennan Pharma to pay $120 million to settle opioid claims', 'The company agreed to settle lawsuits brought by several states.'],
    ['fine', 'Regulators fine Wrenfield Software $40 million over data breach', 'The fine is the largest the agency has imposed.'],
    // partner programmes
    [
      'partner program',
      'Tidewater Cloud launches partner program for resellers',
      'The Tidewater Partner Program gives resellers discounts and a partner portal.',
    ],
    ['new partners at a firm', 'Hollis Wren elects 12 new partners', 'The law firm elected 12 lawyers to its partnership.'],
    // events and webinars
    ['webinar', 'Join our webinar: building partnerships that scale', 'Register now for our free webinar on data partnerships. Our panel will share lessons.'],
    // no acquisitions
    [
      'not looking to make acquisitions',
      'Halcyon Systems says it is not looking to make acquisitions',
      'The chief executive told analysts the company would focus on organic growth.',
    ],
    // insiders, and what is acquired is no company
    [
      'insider sale',
      'Nimbus Robotics founder sells $50 million of shares under trading plan',
      'The sale was made under a prearranged trading plan, a filing showed.',
    ],
    ['customers acquired', 'Pellwood Software acquires 5,000 new customers in quarter', 'Demand for its payroll tools grew.'],
  ])('%s: %s', (_label, title, body) => {
    const a = analyzer.analyze({ title, body });
    expect(shouldAlert(a, { minScore: 0.5, alertOnMention: true })).toBe(false);
    expect(a.deal && a.status !== 'denied').toBe(false);
  });
});

describe('the same words in a real deal still count', () => {
  it.each([
    ['Orbit Foods to buy Fernhill Foods for $1.2 billion', 'Orbit Foods agreed to acquire Fernhill Foods in a cash deal.', 'acquisition'],
    ['Walmart agrees to buy 25% stake in Kestrel', 'Walmart said it would buy a 25% stake in the phone maker for $900 million.', 'investment'],
    [
      'Amazon and Driftpoint sign battery supply contract',
      'Driftpoint will supply batteries for Amazon delivery vans under a $300 million contract.',
      'contract',
    ],
  ])('%s', (title, body, type) => {
    const a = analyzer.analyze({ title, body });
    expect(a.deal).toBe(true);
    expect(a.type).toBe(type);
    expect(shouldAlert(a, { minScore: 0.5, alertOnMention: false })).toBe(true);
  });
});

describe('a headline that asks or explains', () => {
  const watch = createDealAnalyzer({ watchlist: [company('Northwind Games'), company('Contoso Interactive')] });
  it.each([
    [
      'What the Northwind-Contoso deal means for gamers',
      'Analysts weigh what a combined studio would charge for its games and how long regulators might take.',
    ],
    ['How Northwind Games could change after its Contoso deal', 'The studio has long said it wants to grow, and fans wonder what comes next.'],
    ['Why Northwind Games stock is a buy after the Contoso deal', ''],
  ])('is a piece about a deal when its lead reports none: %s', (title, body) => {
    expect(shouldAlert(watch.analyze({ title, body }), { minScore: 0.5, alertOnMention: false })).toBe(false);
  });

  it('is the story of the deal when its lead reports the deal itself', () => {
    const a = watch.analyze({
      title: 'Why Northwind Games Stock Jumped Today',
      body: 'Contoso Interactive agreed to acquire Northwind Games for $12.7 billion in cash and stock, the companies said on Monday.',
    });
    expect(a.deal).toBe(true);
    expect(a.type).toBe('acquisition');
    expect(a.companies.filter((c) => c.role !== 'mentioned').map((c) => [c.name, c.role])).toEqual(
      expect.arrayContaining([
        ['Contoso Interactive', 'acquirer'],
        ['Northwind Games', 'target'],
      ]),
    );
  });
});

// Wire copy that borrows deal words for something else: a dealer's bid/offered quote,
// a meeting held, arms control, earnings per share, analysts' buy recommendations, a
// vote to ratify auditors. Each row has a twin that is a deal, so the rule cannot
// pass by dropping the deal word everywhere. Written for this test; names are fictional.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const analyze = (title: string, body = ''): ReturnType<typeof analyzer.analyze> => analyzer.analyze({ title, body });
const MA = ['acquisition', 'merger', 'investment'];
const isMA = (a: ReturnType<typeof analyze>): boolean => a.deal && MA.includes(a.type ?? '');

describe('borrowed deal words are no deal', () => {
  it.each([
    [
      'a dealer quote written bid/offered',
      'RIVER BARGE RATES STEADY IN SLOW TRADE',
      'Barge freight rates held steady on the Upper Mississippi as grain loadings picked up, raising demand for barges to supply export ships, dealers said.\n' +
        'No barges traded on the St Louis call session today.\n' +
        'Quotes included - This week Illinois River 140 pct of tariff bid/147-1/2 offered, unchanged - Next week lower Ohio 118 pct bid/125 offered, up two points - Next week Upper Mississippi 126 pct bid/131 offered, up one point.\n' +
        'April Upper Mississippi bid at last week traded level of 135 pct, offered at 142-1/2.\n' +
        'Late April Illinois 128 pct bid/134 offered, no comparison.',
    ],
    [
      'a meeting held',
      'NORDIC COUNCIL HOLDS EMERGENCY MEETING ON FISHING ROW',
      'Ministers of the Nordic Council met in emergency session today over a dispute about catches in the Barents Sea, diplomatic sources said.\n' +
        'The row began when one government said it was taking control of the disputed fishing grounds.\n' +
        'Fishermen called the move a takeover of waters they had fished for generations.',
    ],
    [
      'arms control',
      'MINISTERS DISCUSS ARMS CONTROL AND TRADE',
      'The foreign ministers of Norway and Portugal discussed arms control and trade at a meeting in Lisbon, diplomats said.\n' +
        'They said both sides hoped for an agreement on missile limits this year.',
    ],
    [
      'analysts recommend buying stocks',
      'TALKING POINT/STEEL STOCKS SEEN RECOVERING',
      'Steel stocks are poised for a recovery as prices firm, analysts said.\n' +
        'Several analysts issued buy recommendations on the group this week.\n' +
        'Among the recommended buys are Harwick Steel Corp and Danforth Alloys Inc, which may be the target of a takeover by a Chicago investor.\n' +
        '"Investors cannot wait for prices to rise before buying," said one analyst.',
    ],
  ])('%s', (_label, title, body) => {
    expect(isMA(analyze(title, body))).toBe(false);
  });
});

describe('a borrowed phrase adds no deal evidence', () => {
  const phrases = (title: string, body: string): string[] => analyzer.explain({ title, body }).explanation.features.map((f) => f.text.toLowerCase());
  it.each([
    [
      'earnings per share for a year',
      'MARROWBY FOODS <MRWB> SEES BETTER YEAR',
      'Marrowby Foods Inc said earnings per share for the current fiscal year should rise by 20 pct.',
      'per share for',
    ],
    ['a meeting held', 'NORDIC COUNCIL HOLDS EMERGENCY MEETING', 'Ministers met in emergency session today.', 'holds'],
    ['control of arms', 'MINISTERS DISCUSS ARMS CONTROL', 'The ministers discussed arms control at a meeting in Lisbon.', 'control'],
    ['a two-way quote', 'BARGE RATES STEADY', 'Barge rates were steady, dealers said.\nHarwick Barge Lines quoted 118 pct bid/125 offered.', 'bid'],
  ])('%s', (_label, title, body, phrase) => {
    expect(phrases(title, body)).not.toContain(phrase);
  });

  it.each([
    [
      'a price per share for a company',
      'TREMAINE IN WYNDALE DEAL',
      'Tremaine Corp said the price it will pay per share for Wyndale Inc will be set next week.',
      'per share for',
    ],
    ['a stake held', 'CASTLEGATE HOLDS 9.1 PCT OF BRANWELL', 'Castlegate Partners said it holds 9.1 pct of Branwell Corp.', 'holds'],
    ['a bid for a company', 'HARLAND GROUP BIDS FOR DENMORE', 'Harland Group Plc said it made a bid of 4.20 dlrs a share for Denmore Mills Inc.', 'bid'],
  ])('still evidence: %s', (_label, title, body, phrase) => {
    expect(phrases(title, body)).toContain(phrase);
  });
});

describe('the same words in a deal still count', () => {
  it.each([
    [
      'a takeover bid',
      'HARLAND GROUP BIDS FOR DENMORE MILLS',
      'Harland Group Plc said it made a bid of 4.20 dlrs a share for all of Denmore Mills Inc, valuing the company at about 90 mln dlrs.',
    ],
    [
      'a stake held',
      'CASTLEGATE HOLDS 9.1 PCT OF BRANWELL',
      'Castlegate Partners said it holds 9.1 pct of the common stock of Branwell Corp and may buy more shares, according to a filing with the Securities and Exchange Commission.',
    ],
    [
      'control of a company',
      'OSTLER SEEKS CONTROL OF PENWICK MOTORS',
      'Ostler Industries Inc said it will seek control of Penwick Motors Inc through a tender offer of 18 dlrs a share for all outstanding shares.',
    ],
    [
      'a price per share for a company',
      'TREMAINE OFFERS 31 DLRS A SHARE FOR WYNDALE',
      'Tremaine Corp said it offered 31 dlrs per share for Wyndale Inc, or about 240 mln dlrs.',
    ],
    [
      'a merger put to the vote at the same meeting',
      'CORBRIDGE SAVINGS <CRBS> SETS SPECIAL MEETING',
      'Corbridge Savings Bank said a special shareholder meeting will be held May 12 to vote on the proposed merger into Ashgrove Financial Corp.\n' +
        'Shareholders will also be asked to ratify the appointment of auditors.',
    ],
  ])('%s', (_label, title, body) => {
    expect(isMA(analyze(title, body))).toBe(true);
  });
});

// All-capitals wire headlines: capitals prove nothing, so names come from legal
// suffixes, tickers and the body, and goods bought by states are no deals.
// Written for this test in the style of wire copy; names are fictional.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const analyze = (title: string, body = ''): ReturnType<typeof analyzer.analyze> => analyzer.analyze({ title, body });

describe('all-caps wire headlines', () => {
  it('a name ending in a legal suffix is a name, and an offer from it is a deal', () => {
    const a = analyze('KELMONT CORP REJECTS OFFER FROM ARDEN RETRIEVAL SYSTEMS INC');
    expect(a.deal).toBe(true);
    expect(a.type).toBe('acquisition');
    expect(a.companies.map((c) => c.name)).toEqual(expect.arrayContaining(['Kelmont', 'Arden Retrieval Systems']));
  });

  it('a deal word before the suffix belongs to the name, not to a deal', () => {
    expect(analyze('FINE TILE ACQUISITIONS LTD <FTAQ> 4TH QTR NET', 'Shr 12 cts vs 10 cts. Net 1,200,000 vs 900,000.').deal).toBe(false);
  });

  it('a unit sold with a gain booked is still a sale', () => {
    const a = analyze(
      'CARROW BREWING <CRW> SELLS OIL UNIT, TAKES GAIN',
      'Carrow Brewing Ltd said it sold its Pellam Oil and Gas Ltd unit to Quarry Coal Inc for 40 mln dlrs, and will take a gain of 9 mln dlrs in the quarter.',
    );
    expect(a.deal).toBe(true);
    expect(a.type).toBe('acquisition');
  });

  it.each([
    [
      'a state cancels a goods purchase',
      'PERU CANCELS OIL PURCHASE FROM SAUDI ARABIA',
      "Peru's state oil company, Pardoil, cancelled a 40 mln dlr crude oil purchase from Saudi Arabia, an official said.",
    ],
    [
      'a company sells goods to a company',
      'KELMONT CANADA <KLC> TO SELL TANKERS TO ARDEN SHIPPING',
      'Kelmont Canada Ltd said it agreed to sell two tankers to Arden Shipping Inc for an undisclosed sum.',
    ],
    [
      'a country buys commodities',
      'HONDURAS AUTHORIZED TO BUY PL 480 COMMODITIES',
      'Honduras has been authorized to buy about 10 mln dlrs worth of U.S. wheat under the PL 480 programme, the Agriculture Department said.',
    ],
    ['cents are no company', 'BANK OF ARDEN EXPECTS 1ST QTR EARNINGS FROM 90 CTS TO 1.00 DLRS/SHR VS 79 CTS', ''],
    [
      'a loan purchase buys loans',
      '<KELMONT GROUP INC> UNIT IN LOAN PURCHASE',
      'Kelmont Group Inc said its Arden Service Corp affiliate has purchased a portfolio of consumer loans for 12 mln dlrs.',
    ],
    [
      'affiliates are no affiliation deal',
      'KELMONT USA <KLMY> AFFILIATES INCREASED SALES',
      'Kelmont USA Inc said sales of its affiliated operating companies rose 8 pct in 1986.',
    ],
    ['a name with "Amalgamated" is no merger', 'ARDEN <ARD>, AMALGAMATED PELL REPORT SIX MONTHS NET', 'Shr 40 cts vs 35 cts. Net 4,100,000 vs 3,600,000.'],
  ])('%s', (_label, title, body) => {
    expect(analyze(title, body).deal).toBe(false);
  });

  it('a central bank approving a company deal does not make it a state trade', () => {
    const a = analyze(
      'FED APPROVES KELMONT BANK ACQUISITION OF ARDEN COMMERCE BANCSHARES',
      "The Federal Reserve Board said it approved Kelmont Bank Corp's acquisition of Arden Commerce Bancshares Inc.",
    );
    expect(a.deal).toBe(true);
  });
});

// Wire-copy idioms of takeover news: a bid that is amended or withdrawn is still a
// bid, a lead that reports a deal is a deal story even when the figures after it
// read like an earnings report, a buyback is no purchase of a company, and a "pact
// with" is what its lead says it is. Written for this test; names are fictional.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const analyze = (title: string, body = ''): ReturnType<typeof analyzer.analyze> => analyzer.analyze({ title, body });
const MA = ['acquisition', 'merger', 'investment'];

describe('a bid changed is a bid made', () => {
  it.each([
    ['amends, in capitals', 'HOLLAND BIDCO AMENDS PARKWAY OFFER TERMS'],
    ['withdraws, in capitals', 'TRENTHAM WITHDRAWS EAST GLEN OFFER'],
    ['an amended offer', "KESTREL SAYS MARLOW'S AMENDED OFFER IS INADEQUATE"],
    ['extends, in running text', 'Dunmore extends Calloway offer by two weeks'],
    ['a sweetened bid', 'Osprey weighs a sweetened Harlan bid'],
  ])('%s: %s', (_label, title) => {
    const a = analyze(title);
    expect(a.deal).toBe(true);
    expect(a.type).toBe('acquisition');
  });

  it.each([
    ['a product offer extended', 'Streaming service extends free trial offer'],
    ['a job offer', 'Graduate accepts job offer in the city'],
  ])('not a bid: %s', (_label, title) => {
    const a = analyze(title);
    expect(a.deal && MA.includes(a.type ?? '')).toBe(false);
  });
});

describe('a deal lead outweighs the figures after it', () => {
  it.each([
    [
      'a purchase, then the target profits',
      'BRAMWELL SYSTEMS <BRMW> ACUIRES FENTON',
      'Bramwell Systems Inc said it has acquired Fenton Devices Inc, a maker of disc controllers.\n' +
        'Fenton reported a net profit of 200,000 dlrs on revenue of 6.1 mln dlrs last year.',
    ],
    [
      'a majority interest, then the buyer results',
      'CARLISLE HOLDINGS HAS 60 PCT OF DENHAM AND ROSS',
      '<Carlisle Holdings Plc> said it has acquired a 60 pct interest in insurance broker <Denham and Ross Inc>.\n' +
        'Carlisle earlier reported a pretax profit of 4.2 mln stg, up from 3.1 mln.',
    ],
    [
      'a headline that "sees" a closing',
      'HARLOW DEVICES <HRLW> SEES KELSO CLOSING',
      'Harlow Devices Inc said it expects to close the previously announced acquisition of Kelso Controls, a division of <Brant Industries Inc>, next month.\n' +
        'Harlow said it expects the unit to add to profit and revenue.',
    ],
  ])('%s', (_label, title, body) => {
    const a = analyze(title, body);
    expect(a.deal).toBe(true);
    expect(MA).toContain(a.type);
  });

  it('an earnings lead that names a deal is still an earnings report', () => {
    const a = analyze(
      'MARLOW BANCORP <MRLB> SEES HIGHER 1987 PROFIT',
      "Marlow Bancorp said its planned merger with Tennant Financial Corp would help 1987 earnings rise from last year's profit of 12 mln dlrs.\n" +
        'Net income was 12 mln dlrs in 1986 against 9 mln dlrs in 1985.',
    );
    expect(a.deal && MA.includes(a.type ?? '')).toBe(false);
  });
});

describe('buying back', () => {
  it('debt bought back is a buyback, however the offer is worded', () => {
    const a = analyze(
      'ARDENIA TO OFFER TO BUY BACK BANK DEBT',
      'Ardenia will offer to buy back its 400 mln dlrs of commercial bank debt at a steep discount, the finance minister said.',
    );
    expect(a.deal && MA.includes(a.type ?? '')).toBe(false);
  });

  it("a holder's stake bought back is a stake changing hands", () => {
    const a = analyze(
      'KELMONT TO BUY BACK STAKE HELD BY DUNMORE',
      'Kelmont Corp said it agreed to buy back the 9.8 pct stake held by Dunmore Partners for 40 dlrs a share.',
    );
    expect(a.deal).toBe(true);
    expect(MA).toContain(a.type);
  });

  it('a company bought back from its owner is a company bought', () => {
    const a = analyze(
      'Brenna Hale buys back Hale Outdoor Co from Marrow Holdings',
      'Brenna Hale, who started Hale Outdoor Co in 2009, has bought the gear maker back from Marrow Holdings for $60 million.',
    );
    expect(a.deal).toBe(true);
    expect(a.type).toBe('acquisition');
  });
});

describe('a generic "pact with" takes the type its lead names', () => {
  it('an agreement under which one buys a unit of the other is an acquisition', () => {
    const a = analyze(
      'TRENT <TRN> SIGNS PACT WITH HALVERN <HLV>',
      "Trent Corp said it signed an agreement with Halvern Inc under which Trent will acquire Halvern's medical products unit for 30 mln dlrs.",
    );
    expect(a.type).toBe('acquisition');
  });

  it('a pact to develop something together stays a partnership', () => {
    const a = analyze('Acme signs pact with Widget to co-develop batteries', 'Acme Corp and Widget Inc will jointly develop solid-state batteries.');
    expect(a.type).toBe('partnership');
  });
});

describe('more ways to say one company takes another', () => {
  it.each([
    [
      'misspelt in the headline',
      'ORMSBY SAVINGS ACUISITION ANNOUNCED',
      'Regulators announced the acquisiton of Ormsby Savings and Loan by Pellam Federal Savings.',
    ],
    ['misspelt verb', 'KELMONT <KLM> AQUIRES DATA FIRM', 'Kelmont Inc said it aquired Brixton Data Corp for 2 mln shares.'],
    [
      'to become a subsidiary',
      'HARLAN <HRL>, OSPREY TO FORM PLAN',
      'Harlan Energy Inc said it began talks with Osprey International Inc on a plan under which Harlan would become a subsidiary of Osprey.',
    ],
    [
      'control of a company taken',
      'CALLOWAY <CLW> TAKES CONTROL OF DUNMORE <DNM>',
      'Dunmore Inc said <Calloway Development Corp> had assumed control of the company under a plan signed last month.',
    ],
  ])('%s', (_label, title, body) => {
    const a = analyze(title, body);
    expect(a.deal).toBe(true);
    expect(a.type).toBe('acquisition');
  });

  it('taking control of your finances is no deal', () => {
    const a = analyze('Five habits to take control of your finances', 'Budgeting apps help you take control of your monthly spending.');
    expect(a.deal && MA.includes(a.type ?? '')).toBe(false);
  });
});

describe('deal words about an economy or an earlier purchase', () => {
  it.each([
    [
      'investment in developing nations',
      'BANK CHIEF URGES MORE INVESTMENT BY ARDENIA',
      'The development bank president called on Ardenia to boost investment in developing nations, for its own sake as well as the world economy.',
    ],
    [
      'state investment in grain',
      'OFFICIAL CRITICISES PROVINCE FARM POLICY',
      'Grain output is flat because farmers lack incentives and there is too little state investment in grain, an official said.',
    ],
    [
      'a newly acquired weapon',
      'NAVY SAID TO TEST NEW MISSILE',
      'The navy has test-fired its newly acquired anti-ship missile off the coast, a naval source said.',
    ],
  ])('%s', (_label, title, body) => {
    const a = analyze(title, body);
    expect(a.deal && MA.includes(a.type ?? '')).toBe(false);
  });

  it('an investment in a company is still one', () => {
    const a = analyze('Kelmont makes investment in Brixton Labs', 'Kelmont Corp said it made a 40 mln dlr investment in Brixton Labs Inc.');
    expect(a.deal).toBe(true);
    expect(a.type).toBe('investment');
  });
});

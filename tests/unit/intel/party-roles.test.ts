// Parties with the right role (issue 13, second round): each rule with invented companies and
// headlines. A case is [label, title, body, roles expected (a subset of the story's list)].

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { CompanyRole } from '../../../src/model/deal.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const rolesOf = (title: string, body = ''): Record<string, CompanyRole> =>
  Object.fromEntries(analyzer.analyze({ title, body }).companies.map((c) => [c.name, c.role]));

type Case = [label: string, title: string, body: string, expected: Record<string, CompanyRole>];

describe('names and their short forms', () => {
  it.each<Case>([
    [
      'a capitals headline may name a body company by its first word',
      "BRAVIK TAKES 9% STAKE IN HALDENE'S QUORRA FOR $2 BILLION",
      'OSLO, May 3 - Bravik Holdings agreed to buy a 9% stake in Quorra Networks, the digital arm of Haldene Industries, for about $2 billion.',
      { Bravik: 'investor', 'Quorra Networks': 'investee', 'Haldene Industries': 'mentioned' },
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('initials stand for a name whose last word is generic ("GM" for "General Motors")', () => {
    const a = analyzer.analyze({
      title: 'OKM and Tamsin Works form battery joint venture',
      body: 'The venture will build cells in Ohio. Orvel Kestner Motors shares rose 2%.',
    });
    const okm = a.companies.filter((c) => c.name === 'OKM' || c.name === 'Orvel Kestner Motors');
    expect(okm.map((c) => c.role)).toEqual(['party']);
  });
});

describe('possessive investees', () => {
  it.each<Case>([
    [
      "a stake in an owner's company names the company owned",
      "Pellucid Capital takes 5% stake in Marrow's Tessaly",
      '',
      { 'Pellucid Capital': 'investor', Tessaly: 'investee' },
    ],
    [
      'the owner of an investee sells nothing: it is mentioned',
      "Pellucid Capital to invest $300 million in Marrow's Tessaly",
      'Pellucid Capital will invest $300 million in Tessaly, the logistics unit of Marrow Group, for new shares.',
      { 'Pellucid Capital': 'investor', Tessaly: 'investee', Marrow: 'mentioned' },
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(rolesOf(title, body)).toMatchObject(expected);
  });
});

describe('contract direction', () => {
  it.each<Case>([
    [
      'a state paying a company a sum for goods is the customer of a contract',
      'Kestoria to pay Amberfield Bio $480 million for 20 million vaccine doses',
      'The Ministry of Health and the Ministry of Defence agreed to pay Amberfield Bio Inc $480 million for 20 million doses of its vaccine.',
      { Kestoria: 'customer', 'Amberfield Bio': 'supplier', 'Ministry of Health': 'customer', 'Ministry of Defence': 'customer' },
    ],
    [
      'a name put beside a government noun is a government, and so the customer',
      'Drelko Wins Record Shell Order of Up to €2 Billion',
      "BERGEN, May 2 - Drelko AG said Kastellia's navy, the Marinor, signed a framework agreement worth up to €2 billion for artillery shells.",
      { Drelko: 'supplier', Marinor: 'customer' },
    ],
    [
      'a government the lead names in a contract is its customer',
      'Calder Pharma wins $900 million U.S. order for antiviral pills',
      'Calder Pharma will receive $900 million from the U.S. government for 5 million courses of its antiviral pill, the company said.',
      { 'Calder Pharma': 'supplier', 'U.S. government': 'customer' },
    ],
    [
      "a supplier's consortium partners supply too",
      'Velmora wins £300 million hospital data contract',
      'Velmora won the contract from the NHS on Tuesday. Its consortium partners, Ashgrove Analytics and Penrith Digital, will run the data platform.',
      { Velmora: 'supplier', NHS: 'customer', 'Ashgrove Analytics': 'supplier', 'Penrith Digital': 'supplier' },
    ],
    [
      'a headline about consortium partners, a lead that says who the supplier works with',
      "Palmer data contract: Palmer's consortium partners revealed",
      'Palmer Analytics, which won the £330 million contract from the NHS last month, will work with Corlan Digital, Vessey Consulting and Ardent Health on the data platform.',
      { 'Palmer Analytics': 'supplier', NHS: 'customer', 'Corlan Digital': 'supplier', 'Vessey Consulting': 'supplier', 'Ardent Health': 'supplier' },
    ],
    [
      'partners named after the list: "X and Y are part of the consortium"',
      'Harlow Systems wins $120 million rail signalling contract',
      'Harlow Systems won the contract from Mersey Rail. Quenby Controls and Tolland Works are part of the consortium.',
      { 'Harlow Systems': 'supplier', 'Mersey Rail': 'customer', 'Quenby Controls': 'supplier', 'Tolland Works': 'supplier' },
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('without a consortium, those a supplier works with are only mentioned', () => {
    const roles = rolesOf(
      'Palmer Analytics wins £330 million NHS data contract',
      'Palmer Analytics won the contract from the NHS. It will work with Corlan Digital on the rollout.',
    );
    expect(roles['Corlan Digital']).toBe('mentioned');
  });

  it('a regulator named in a contract story buys nothing', () => {
    const roles = rolesOf(
      'Harlow Systems wins $120 million rail signalling contract',
      'Harlow Systems won the contract from Mersey Rail. The Office of Rail Regulation and the Competition Authority cleared the award.',
    );
    expect(roles['Competition Authority'] ?? 'mentioned').toBe('mentioned');
  });
});

describe('money for a bid, orders placed with a supplier', () => {
  it.each<Case>([
    [
      "money committed to a buyer's bid is an investment in the buyer",
      "Quarry Lane Commits $2 Billion to Halvard's Tessel Bid",
      'Quarry Lane Capital agreed to invest $2 billion in Halvard Inc, contingent on Halvard completing its proposed acquisition of Tessel Corp.',
      { 'Quarry Lane Capital': 'investor', Halvard: 'investee', Tessel: 'mentioned' },
    ],
    [
      'the same in running text, with "provides ... for"',
      "Marisol Growth provides $500 million for Halvard's Tessel takeover",
      "Marisol Growth said it would provide $500 million for Halvard's planned takeover of Tessel Corp in exchange for preferred shares.",
      { 'Marisol Growth': 'investor', Halvard: 'investee' },
    ],
    [
      'an order a company placed with another is a contract between them',
      'Dunmore-Lakeway: a 40,000-truck bet on hydrogen',
      'The 40,000-truck order Dunmore Freight placed with Lakeway Motors this week is the largest ever for hydrogen trucks.',
      { 'Dunmore Freight': 'customer', 'Lakeway Motors': 'supplier' },
    ],
    [
      '"placed an order with" names the supplier',
      'Kastor Air placed an order with Velden Aero for 30 jets',
      '',
      { 'Kastor Air': 'customer', 'Velden Aero': 'supplier' },
    ],
  ])('%s', (_label, title, body, expected) => {
    const a = analyzer.analyze({ title, body });
    expect(a.deal).toBe(true);
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('an investment for a bid is typed as an investment, not an acquisition', () => {
    const a = analyzer.analyze({
      title: "Quarry Lane Commits $2 Billion to Halvard's Tessel Bid",
      body: 'Quarry Lane Capital agreed to invest $2 billion in Halvard Inc, contingent on Halvard completing its proposed acquisition of Tessel Corp.',
    });
    expect(a.type).toBe('investment');
  });

  it('money for a new plant is no investment in a bid', () => {
    const a = analyzer.analyze({ title: 'Halvard commits $2 billion to new battery plant in Ohio', body: '' });
    expect(a.type === 'investment' && a.companies.some((c) => c.role === 'investee')).toBe(false);
  });
});

describe('deals called off, and proposals received', () => {
  it.each<Case>([
    [
      'a "deal" called off is the takeover the lead names',
      'Dunmore calls off $4 billion Calloway deal',
      'Dunmore Inc said on Monday it had walked away from its agreement with Calloway Corp, citing opposition from regulators. The $4 billion takeover was announced in March.',
      { Dunmore: 'acquirer', Calloway: 'target' },
    ],
    [
      'a pair calling off a deal: the lead names the target, so the other one bought',
      'Dunmore and Calloway call off $4 billion deal',
      'Dunmore Inc and Calloway Corp said on Monday they had terminated their merger agreement, citing opposition from regulators. The takeover of Calloway, announced in March, would have created the largest maker of paper cups.',
      { Dunmore: 'acquirer', Calloway: 'target' },
    ],
    [
      'a pair calling off a deal whose lead says who was to buy',
      'Dunmore and Calloway call off $4 billion deal',
      'Dunmore Inc and Calloway Corp said they had ended their agreement. Dunmore had agreed in March to buy Calloway for $40 a share.',
      { Dunmore: 'acquirer', Calloway: 'target' },
    ],
    [
      'the one that received a proposal to acquire "the company" is the target, the verb a few words off',
      'Kessel confirms takeover approach',
      'Kessel Holdings, owner of the Brightway chain, said it had received a preliminary, non-binding proposal to acquire the company from Marwick Group.',
      { Kessel: 'target', 'Marwick Group': 'acquirer' },
    ],
  ])('%s', (_label, title, body, expected) => {
    const a = analyzer.analyze({ title, body });
    expect(a.type).toBe('acquisition');
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('two partners calling off a venture stay parties', () => {
    const title = 'Dunmore and Calloway scrap battery joint venture';
    const body = 'Dunmore Inc and Calloway Corp said they would dissolve the venture they formed in 2022.';
    expect(analyzer.analyze({ title, body }).type).toBe('joint_venture');
    expect(rolesOf(title, body)).toMatchObject({ Dunmore: 'party', Calloway: 'party' });
  });
});

describe('parents, units and holders', () => {
  it.each<Case>([
    [
      "a unit sold, named only in the lead's apposition, is the target",
      "Glenmore to buy Tarsk's coal unit for $9 billion",
      "Glenmore Plc agreed to buy Tarsk Resources' steelmaking coal business, Elk Ridge Coal, for $9 billion in cash.",
      { Glenmore: 'acquirer', 'Tarsk Resources': 'seller', 'Elk Ridge Coal': 'target' },
    ],
    [
      'the parent of a merging unit is a party ("P, the parent of U")',
      'HALVEN, CORSAIR AGREE TO MERGE',
      'Brightline Group, the parent of Halven Airways, and Corsair Air Lines Inc agreed to merge in an all-stock deal.',
      { 'Halven Airways': 'party', 'Corsair Air Lines': 'party', 'Brightline Group': 'party' },
    ],
    [
      'the parent of a merging unit, told later ("U is owned by P")',
      'Halven and Corsair to merge',
      'Halven Airways and Corsair Air Lines agreed to merge in an all-stock deal. Halven is owned by Brightline Group.',
      { 'Halven Airways': 'party', 'Brightline Group': 'party' },
    ],
    [
      'the owner of a target unit sells it ("U, a unit of P")',
      'Vexley to buy Dorne Logistics',
      'Vexley Inc agreed to buy Dorne Logistics, a unit of Marlow Holdings, for $700 million.',
      { Vexley: 'acquirer', 'Dorne Logistics': 'target', 'Marlow Holdings': 'seller' },
    ],
    [
      'the company that controls a merging party sells its control',
      'Corvane enters exclusive talks with Weller Studios',
      'Corvane Media has entered exclusive talks with Weller Studios on a merger. The deal would include Weller buying Ostrander Holdings, the family company that controls Corvane.',
      { 'Corvane Media': 'party', 'Weller Studios': 'party', 'Ostrander Holdings': 'seller' },
    ],
    [
      "a unit its parent lists is the IPO's party",
      'Velden Aero to spin off defense unit in IPO',
      'Velden Aero plans to list its defense business, Velden Defense, on the New York Stock Exchange next year.',
      { 'Velden Aero': 'party', 'Velden Defense': 'party', 'New York Stock Exchange': 'mentioned' },
    ],
    [
      'units the parties put together are parties too',
      'Tarrow confirms talks with Bellis on UK merger',
      'Tarrow Group said it was in talks with Bellis Holdings about combining their UK broadband businesses, Kestrel Fibre and Orbit Net, into one company.',
      { Tarrow: 'party', Bellis: 'party', 'Kestrel Fibre': 'party', 'Orbit Net': 'party' },
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('an owner named before the company that buys ("P\'s U agreed to acquire") buys with it', () => {
    expect(rolesOf('Vantor to buy Quillon Sports for $2 billion', "Halden's Vantor agreed to acquire Quillon Sports for $2 billion in cash.")).toMatchObject({
      Vantor: 'acquirer',
      Halden: 'acquirer',
      'Quillon Sports': 'target',
    });
  });

  it('the owner of a company that buys is no seller; an owner only described stays mentioned', () => {
    expect(
      rolesOf(
        'Tapwell to buy Quillon Sports for $2 billion',
        'Tapwell Inc, the owner of Brooksby and Lanner, agreed to acquire Quillon Sports for $2 billion.',
      ),
    ).toMatchObject({ Tapwell: 'acquirer', 'Quillon Sports': 'target', Brooksby: 'mentioned', Lanner: 'mentioned' });
  });
});

describe('deals without the usual deal words', () => {
  it.each<Case>([
    [
      "a brand's shops inside a retailer's stores are a partnership",
      'Lumen Toys to Open Shops Inside Brightmart Stores',
      'Lumen Toys will open 40 branded shops inside Brightmart stores next year, the companies said.',
      { 'Lumen Toys': 'party', Brightmart: 'party' },
    ],
    [
      'the one paid for what an acquirer buys sells it',
      'Harwick Bank acquires Lindell Savings after regulators seize lender',
      'Harwick Bank said it had acquired most of Lindell Savings, after state regulators closed the lender. Harwick will pay the Deposit Guarantee Agency $2.1 billion.',
      { 'Harwick Bank': 'acquirer', 'Lindell Savings': 'target', 'Deposit Guarantee Agency': 'seller' },
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(analyzer.analyze({ title, body }).deal).toBe(true);
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('a check written to a company is an investment in it', () => {
    const a = analyzer.analyze({
      title: "Marisol's $2 billion Halvard check: a familiar playbook",
      body: 'Marisol Growth is again playing lender of last resort, this time writing a $2 billion check to Halvard Motors so it can outbid Dunmore for Calloway.',
    });
    expect(a.type).toBe('investment');
    expect(a.companies.find((c) => c.name === 'Halvard Motors')?.role).toBe('investee');
  });

  it.each([
    ['a store opening is no partnership', 'Lumen Toys to open 40 new stores in Ohio'],
    ['shops inside its own stores are no partnership', 'Lumen Toys opens shops inside its own stores'],
  ])('%s', (_label, title) => {
    expect(analyzer.analyze({ title, body: '' }).deal).toBe(false);
  });
});

describe('more contract and takeover wordings', () => {
  it.each<Case>([
    [
      'vehicles bought in bulk from a company are a contract, not an acquisition',
      'Tessel Logistics and Halvard sign van deal',
      'Tessel Logistics will buy 10,000 electric vans from Halvard Motors over five years under a deal announced on Monday.',
      { 'Tessel Logistics': 'customer', 'Halvard Motors': 'supplier' },
    ],
    [
      'a consortium led by one supplier and including others',
      'NHS picks Velmora consortium for data platform',
      'The NHS has picked a consortium led by Velmora Analytics and including Ashgrove Digital and Penrith Labs to build its data platform.',
      { NHS: 'customer', 'Velmora Analytics': 'supplier', 'Ashgrove Digital': 'supplier', 'Penrith Labs': 'supplier' },
    ],
    [
      'a unit the subject sells, named after "its ... business,", is the target',
      'Tarsk to sell its chemicals unit to Orvel for $3 billion',
      'Tarsk Industries agreed to sell its specialty chemicals business, Tarsk Specialty, to Orvel Capital for $3 billion.',
      { 'Tarsk Industries': 'seller', 'Orvel Capital': 'acquirer', 'Tarsk Specialty': 'target' },
    ],
    [
      "the one rejecting a named bidder's approach is the target",
      'Brightline rejects Kastor takeover approach',
      'Brightline Group said its board had rejected an unsolicited takeover proposal from Kastor Holdings that valued the company at $4 billion.',
      { Brightline: 'target', Kastor: 'acquirer' },
    ],
  ])('%s', (_label, title, body, expected) => {
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it.each<Case>([
    [
      '"Shareholders of X" at the head of a sentence name X',
      'Kastor shareholders approve sale to Brightline',
      "Shareholders of Kastor Holdings voted to approve the company's $4 billion sale to Brightline Group.",
      { Kastor: 'target', Brightline: 'acquirer' },
    ],
    [
      'a watchdog that clears a deal is not the "its" of "its acquisition"',
      'Brightline wins EU approval for Kastor deal',
      'Brightline Group won approval from the European Commission for its $4 billion acquisition of Kastor Holdings.',
      // The headline's "approval for Kastor deal" is read too, so its short forms name the two sides.
      { Brightline: 'acquirer', Kastor: 'target', 'European Commission': 'mentioned' },
    ],
    [
      'the maker named before the goods a deal is for supplies them',
      'Marisol Airlines signs deal for 20 Velden jets',
      'Marisol Airlines signed a deal with Velden Aero for 20 widebody jets.',
      { 'Marisol Airlines': 'customer', 'Velden Aero': 'supplier' },
    ],
    [
      'goods bought "from" a company: it supplies them',
      'Kastellia signs $3 billion deal for 31 drones from Korvel',
      'The Kastellian Ministry of Defence signed a $3 billion deal for 31 drones from Korvel Aerospace.',
      { Kastellia: 'customer', 'Korvel Aerospace': 'supplier', 'Ministry of Defence': 'customer' },
    ],
    ['a contract won "from" a customer: it buys', 'Korvel wins $3 billion deal for 31 drones from Kastellian Ministry of Defence', '', { Korvel: 'supplier' }],
  ])('%s', (_label, title, body, expected) => {
    expect(rolesOf(title, body)).toMatchObject(expected);
  });

  it('a bidder weighing a raised offer is still the bidder', () => {
    expect(rolesOf('Kastor weighs sweetened Brightline bid', '')).not.toMatchObject({ Kastor: 'target' });
  });
});

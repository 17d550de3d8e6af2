// Deal frames: every kind of predicate, with the roles its subject, object and
// prepositions give. Written for this test; names are fictional.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import type { CompanyRole, DealType } from '../../../src/model/deal.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const read = (title: string, body = ''): { type: DealType | null; roles: Record<string, CompanyRole> } => {
  const a = analyzer.analyze({ title, body });
  return { type: a.type, roles: Object.fromEntries(a.companies.map((c) => [c.name, c.role])) };
};

describe('acquisition frames', () => {
  it.each<[string, string, string, Record<string, CompanyRole>]>([
    ['X buys Y', 'Orchard Lane Foods to acquire Pemberton Dairy', '', { 'Orchard Lane Foods': 'acquirer', 'Pemberton Dairy': 'target' }],
    [
      'X buys Y from Z',
      'Lenmore to Buy Castor Mobility From Quill Group for $2.9 Billion',
      '',
      { Lenmore: 'acquirer', 'Castor Mobility': 'target', 'Quill Group': 'seller' },
    ],
    ["X buys Y's unit", "Halvard to Acquire Tessel's Sensor Business for $250 Million", '', { Halvard: 'acquirer', Tessel: 'seller' }],
    ['X sells its unit to Z', 'Kessler Group sells packaging unit to Arden Partners', '', { 'Kessler Group': 'seller', 'Arden Partners': 'acquirer' }],
    [
      'X sells Y to Z',
      'Corrin Holdings sells Pellmar Studios to Vantage Media for $300 million',
      '',
      { 'Corrin Holdings': 'seller', 'Pellmar Studios': 'target', 'Vantage Media': 'acquirer' },
    ],
    ['Y acquired by X', 'Redfern Media acquired by Stanton Group', '', { 'Redfern Media': 'target', 'Stanton Group': 'acquirer' }],
    ['Y agrees to be acquired by X', 'Vantor Systems agrees to be acquired by Helix Capital', '', { 'Vantor Systems': 'target', 'Helix Capital': 'acquirer' }],
    ['Y sells itself to X', 'Brisa Pharmacy in talks to sell itself to Oakmont Partners', '', { 'Brisa Pharmacy': 'target', 'Oakmont Partners': 'acquirer' }],
    ['X completes Y acquisition', 'Teller Bank Completes Riverside Savings Acquisition', '', { 'Teller Bank': 'acquirer', 'Riverside Savings': 'target' }],
    ['X raises Y offer', 'Dunmore raises Calloway offer to $40 billion', '', { Dunmore: 'acquirer', Calloway: 'target' }],
    ['X takes Y private', 'Halden Partners to take Corvid Retail private for $1.2 billion', '', { 'Halden Partners': 'acquirer', 'Corvid Retail': 'target' }],
    [
      'Y receives a takeover proposal from X',
      'Seaforth confirms takeover proposal from Rilling Group',
      '',
      { Seaforth: 'target', 'Rilling Group': 'acquirer' },
    ],
    [
      'X pays Z for its stake in Y',
      'Dunmore to pay Quill Group $8 billion for remaining Lantern stake',
      '',
      { Dunmore: 'acquirer', 'Quill Group': 'seller', Lantern: 'target' },
    ],
    ['Y explores a sale of itself', 'Pellham Stores hires bankers to explore sale, sources say', '', { 'Pellham Stores': 'target' }],
    [
      'Y ends sale talks with X',
      'Corvane ends sale talks with Rudd Holdings and will stay independent',
      '',
      { Corvane: 'target', 'Rudd Holdings': 'acquirer' },
    ],
  ])('%s', (_label, title, body, roles) => {
    const r = read(title, body);
    expect(r.type).toBe('acquisition');
    expect(r.roles).toMatchObject(roles);
  });
});

describe('investment and funding frames', () => {
  it.each<[string, string, DealType, Record<string, CompanyRole>]>([
    [
      'X takes a stake in Y',
      'Mistral Foods takes 25% stake in Greenbay Organics',
      'investment',
      { 'Mistral Foods': 'investor', 'Greenbay Organics': 'investee' },
    ],
    ['X invests in Y', 'Kanto Electric to invest $400 million in battery maker Solvix', 'investment', { 'Kanto Electric': 'investor', Solvix: 'investee' }],
    [
      'Y secures investment from X',
      'Gravelock Mining secures C$150 million strategic investment from Tarrow Power',
      'investment',
      { 'Gravelock Mining': 'investee', 'Tarrow Power': 'investor' },
    ],
    [
      'X buys 30% of Y from Z',
      'Kerris Buys 30% of Valemont for €1.7 Billion From Maywood',
      'investment',
      { Kerris: 'investor', Valemont: 'investee', Maywood: 'seller' },
    ],
    [
      'Y raises a round led by X',
      'Nimbus Robotics raises $60 million in Series C led by Foundry Peak',
      'funding',
      { 'Nimbus Robotics': 'investee', 'Foundry Peak': 'investor' },
    ],
    [
      'Y raises from X and W',
      'Flintrock raises $3.6 billion from Ostrom Fund, Kipling Investments and Brae Capital',
      'funding',
      { Flintrock: 'investee', 'Ostrom Fund': 'investor', 'Kipling Investments': 'investor', 'Brae Capital': 'investor' },
    ],
    [
      'X leads a round in Y',
      'Beacon Grid Ventures leads $30 million round in Voltra Storage',
      'funding',
      { 'Beacon Grid Ventures': 'investor', 'Voltra Storage': 'investee' },
    ],
    ['Y in talks to raise at a valuation', 'Quenby Labs in talks to raise at $3 billion valuation', 'funding', { 'Quenby Labs': 'investee' }],
  ])('%s', (_label, title, type, roles) => {
    const r = read(title);
    expect(r.type).toBe(type);
    expect(r.roles).toMatchObject(roles);
  });

  it('other investors named in the lead', () => {
    const r = read(
      'Hollis AI raises $200 million',
      'Hollis AI has raised $200 million in a Series D round. Greyline Partners led the round, and Orbit Capital and Tallow Ventures also participated.',
    );
    expect(r.roles).toMatchObject({ 'Hollis AI': 'investee', 'Greyline Partners': 'investor', 'Orbit Capital': 'investor', 'Tallow Ventures': 'investor' });
  });
});

describe('contract frames', () => {
  it.each<[string, string, Record<string, CompanyRole>]>([
    ['customer awards supplier', 'Trackmore Rail awards Kessrel $38 million sensor supply deal', { 'Trackmore Rail': 'customer', Kessrel: 'supplier' }],
    [
      'supplier wins from customer',
      'Tessaly Rail wins signalling contract from Norrland Railways',
      { 'Tessaly Rail': 'supplier', 'Norrland Railways': 'customer' },
    ],
    [
      'a government agency awards',
      'U.S. Navy awards Corbel Shipyards $1.2 billion frigate contract',
      { 'U.S. Navy': 'customer', 'Corbel Shipyards': 'supplier' },
    ],
    ['supplier is awarded by an agency', 'Kellan Defense Awarded $95 Million Contract by U.S. Army', { 'Kellan Defense': 'supplier', 'U.S. Army': 'customer' }],
    ['customer orders from supplier', 'Pinecrest Airlines orders 40 jets from Aerona', { 'Pinecrest Airlines': 'customer', Aerona: 'supplier' }],
    ['supplier supplies customer', 'Helios Grid signs deal to supply power to Dataforge', { 'Helios Grid': 'supplier', Dataforge: 'customer' }],
    ['customer picks supplier', 'Nordhaven Wind picks Halver Marine for four service vessels', { 'Nordhaven Wind': 'customer', 'Halver Marine': 'supplier' }],
  ])('%s', (_label, title, roles) => {
    const r = read(title);
    expect(r.type).toBe('contract');
    expect(r.roles).toMatchObject(roles);
  });

  it('the lead says who supplies when the headline only says "signs ... with"', () => {
    const r = read(
      'Pellam Foods signs supply agreement with Ostby Farms',
      'Pellam Foods has signed a three-year supply agreement under which Ostby Farms will provide all the potatoes for its crisps.',
    );
    expect(r.type).toBe('contract');
    expect(r.roles).toMatchObject({ 'Pellam Foods': 'customer', 'Ostby Farms': 'supplier' });
  });

  it.each<[string, string, Record<string, CompanyRole>]>([
    ['a supplier named before the agency', 'Kellan Optics Awarded $90 Million Contract by U.S. Navy', { 'Kellan Optics': 'supplier', 'U.S. Navy': 'customer' }],
  ])('%s', (_label, title, roles) => {
    const r = read(title, 'Kellan Optics Inc. said it has been awarded a $90 million contract by the U.S. Navy to supply night-vision sensors.');
    expect(r.type).toBe('contract');
    expect(r.roles).toMatchObject(roles);
  });
});

describe('party frames: partnership, joint venture, merger, IPO', () => {
  it.each<[string, string, DealType, Record<string, CompanyRole>]>([
    [
      'X partners with Y',
      'Juniper Cloud partners with Taliesin Retail on online checkout',
      'partnership',
      { 'Juniper Cloud': 'party', 'Taliesin Retail': 'party' },
    ],
    [
      'X and Y team up',
      'Streamline Auto teams up with Kovac Batteries on solid-state cells',
      'partnership',
      { 'Streamline Auto': 'party', 'Kovac Batteries': 'party' },
    ],
    [
      'X licenses to Y',
      'Orrin Biotech Licenses Cancer Antibody to Merrick Therapeutics',
      'partnership',
      { 'Orrin Biotech': 'party', 'Merrick Therapeutics': 'party' },
    ],
    ['X picks Y as partner', 'Netwave Picks Lumara as Partner for Ad Tier', 'partnership', { Netwave: 'party', Lumara: 'party' }],
    [
      'X and Y form a JV',
      'Tamsin Steel and Okoro Mining to form $2 billion joint venture',
      'joint_venture',
      { 'Tamsin Steel': 'party', 'Okoro Mining': 'party' },
    ],
    ['X scraps Y venture', 'Brandt Stahl scraps Korvath Steel venture', 'joint_venture', { 'Brandt Stahl': 'party', 'Korvath Steel': 'party' }],
    ['X and Y merge', 'Harlow Bank and Westmere Financial agree to merge', 'merger', { 'Harlow Bank': 'party', 'Westmere Financial': 'party' }],
    [
      'X merges with Y',
      'Palmer Media Agrees to Merge With Skyline Studios in $8 Billion Deal',
      'merger',
      { 'Palmer Media': 'party', 'Skyline Studios': 'party' },
    ],
    ['the listing company is the IPO party, not the exchange', 'Tandem Robotics shares jump 30% in NYSE debut', 'ipo', { 'Tandem Robotics': 'party' }],
  ])('%s', (_label, title, type, roles) => {
    const r = read(title);
    expect(r.type).toBe(type);
    expect(r.roles).toMatchObject(roles);
  });

  it('an exchange is never the IPO party', () => {
    expect(read('Tandem Robotics shares jump 30% in NYSE debut').roles.NYSE ?? 'mentioned').toBe('mentioned');
  });
});

describe('people may be parties', () => {
  it('a person buying a company is its acquirer', () => {
    expect(read('Elon Musk agrees to buy Chirper for $44 billion').roles).toMatchObject({ 'Elon Musk': 'acquirer', Chirper: 'target' });
  });
  it('a person speaking for a company stands for it', () => {
    expect(read("Quorra's Sam Vance says company is in talks to buy Lytic").roles).toMatchObject({ Quorra: 'acquirer', Lytic: 'target' });
  });
});

describe('sources and rivals are no sides', () => {
  it.each<[string, string, string, string]>([
    [
      'a paper that reports',
      'Tamsin Foods in talks to take stake in Orvel Bakery, Nikkan says',
      'Tamsin Foods is in talks to take a minority stake in bakery chain Orvel Bakery, its partner in Japan, the Nikkan reported.',
      'Nikkan',
    ],
    [
      'a news service told',
      'Brightwater and Calder held early merger talks',
      'Brightwater Group and Calder Plc held talks about combining, people familiar with the matter told Harlow News.',
      'Harlow News',
    ],
    [
      'a rival named after "compete with"',
      'Ostrava Motor and Kenmori in talks to merge',
      'Ostrava Motor and Kenmori Motor are in talks to merge as they try to compete with Veltra and other makers.',
      'Veltra',
    ],
  ])('%s', (_label, title, body, name) => {
    expect(read(title, body).roles[name] ?? 'mentioned').toBe('mentioned');
  });
});

describe('roles beyond the main frame', () => {
  it.each<[string, string, string, Record<string, CompanyRole>]>([
    [
      'investors selling after an appositive',
      'Tarrow to Buy Quenby Chips for $2 Billion',
      "Tarrow Group agreed to acquire Quenby Chips for $2 billion. Quenby's main investors, Harlan Capital and Pellis, will sell their stakes.",
      { 'Harlan Capital': 'seller', Pellis: 'seller' },
    ],
    [
      'a seller far after "from"',
      'Brantley to acquire Vossen Pumps for $1 billion',
      'Brantley Holdings agreed to buy privately held Vossen Pumps from its founding family and private equity owner Marrow Lane Capital for $1 billion.',
      { 'Marrow Lane Capital': 'seller' },
    ],
    [
      'an investment from someone inside a round',
      'Kestle Games closes $1 billion round',
      'Kestle Games has closed a $1 billion funding round, including a $200 million strategic investment from Orrin Group.',
      { 'Kestle Games': 'investee', 'Orrin Group': 'investor' },
    ],
    [
      'an arm added to a round',
      'Pellfast Robotics Closes $42M Series A',
      "Pellfast Robotics announced the final close of its $42 million Series A, after adding Harwick Foods' venture arm to a round led by Quill Capital.",
      { 'Pellfast Robotics': 'investee', 'Harwick Foods': 'investor', 'Quill Capital': 'investor' },
    ],
  ])('%s', (_label, title, body, roles) => {
    expect(read(title, body).roles).toMatchObject(roles);
  });

  it('lead investment whose company says it raised the money is a funding round', () => {
    expect(read('Tarrow and Pellis invest $2 billion in Kestle Games', 'Kestle Games said it raised $2 billion from Tarrow Group and Pellis.').type).toBe(
      'funding',
    );
    expect(read('Tarrow to invest $500 million in Kestle Games', 'Tarrow Group will invest $500 million in Kestle Games for a 2% stake.').type).toBe(
      'investment',
    );
  });

  it('a named mine is an asset, a regulator no party', () => {
    const a = read(
      'Brantley to buy Laurel gold mine from Vossen for C$600 million',
      'Brantley Resources agreed to acquire the Belmont gold mine from Vossen Mining for C$600 million.',
    );
    expect(Object.keys(a.roles)).not.toContain('Belmont');
    expect(Object.keys(a.roles)).not.toContain('Laurel');
    const m = read(
      'Crestway and Harbor Trust agree to merge',
      'Crestway Bancorp and Harbor Trust Financial agreed to merge, according to a filing with the Securities and Exchange Commission.',
    );
    expect(m.roles['Securities and Exchange Commission'] ?? 'mentioned').toBe('mentioned');
  });
});

describe('headline descriptions, lists and lead frames', () => {
  it.each<[string, string, string, Record<string, CompanyRole>]>([
    [
      'a Title Case description before the name',
      'Orrin Leads $700 Million Investment in Electric Truck Startup Velmar',
      '',
      { Orrin: 'investor', Velmar: 'investee' },
    ],
    [
      'investors after "led," and "all joined"',
      "Pellfast's $235M round: a who's who of backers",
      "The backers in Pellfast's new $235 million round: Quill Ventures led, and Harlow, Tenby and Ostrava all joined.",
      { 'Quill Ventures': 'investor', Harlow: 'investor', Tenby: 'investor', Ostrava: 'investor' },
    ],
    [
      'a round that included an investor',
      'Lumora raises ¥4.5 billion to scale production',
      'Smart-glasses startup Lumora has raised ¥4.5 billion in a Series B round that included Kessel Electronics.',
      { Lumora: 'investee', 'Kessel Electronics': 'investor' },
    ],
    [
      "a person's company in a list",
      'Corvane Nears $50 Billion Take-Private Deal With Halden, Silver Birch',
      "Corvane is in talks to go private in a deal with a consortium including Halden Fund, Silver Birch and Jared Kushner's Marrow Partners.",
      { Corvane: 'target', 'Marrow Partners': 'acquirer' },
    ],
    [
      'the owner of a business bought sells it',
      'Tarrow closes Pellam devices deal',
      "Tarrow completed its acquisition of Pellam's Devices and Services business on Friday.",
      { Tarrow: 'acquirer', Pellam: 'seller' },
    ],
    [
      'a company receiving a proposal is the target',
      'Kessel confirms takeover approach',
      "Kessel Holdings said it had received a preliminary proposal to acquire the company from Canada's Arden Group.",
      { Kessel: 'target', 'Arden Group': 'acquirer' },
    ],
    [
      'who builds the goods supplies them',
      'Orrin signs deal to buy power from small reactors',
      'Orrin agreed to buy electricity from small modular reactors to be built by Kestle Power.',
      { Orrin: 'customer', 'Kestle Power': 'supplier' },
    ],
    [
      'investors among the sellers',
      'Harlow to buy 77% of Tenby for $16 billion',
      'Harlow Inc will pay about $16 billion for roughly 77% of Tenby. Quill Group is among the investors selling their shares.',
      { 'Quill Group': 'seller' },
    ],
  ])('%s', (_label, title, body, roles) => {
    expect(read(title, body).roles).toMatchObject(roles);
  });

  it('a deal the headline only names is what the lead says it is', () => {
    const r = read(
      'Tarrow and Quenby Drop $5 Billion Deal After Antitrust Suit',
      'Tarrow Inc agreed to acquire Quenby Labs for $5 billion last year, but the companies said on Tuesday they had ended the deal after the Justice Department sued to block it.',
    );
    expect(r.type).toBe('acquisition');
    expect(r.roles).toMatchObject({ Tarrow: 'acquirer', 'Quenby Labs': 'target' });
  });
});

// Every failure quoted in issue 13, as a table: the headline (and, where the issue gave one,
// a body written for this test), what the analysis must say, and whether it alerts when
// every company named is on the watchlist.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, shouldAlert } from '../../../src/intel/index.js';
import type { CompanyRole, DealStatus, DealType } from '../../../src/model/deal.js';
import { company } from './helpers.js';

const watched = [
  'Halvard',
  'Tessel',
  'Home Depot',
  'SRS Distribution',
  'Brightline Bio',
  'Atlas Capital',
  'Ramp',
  'Kestrel Dynamics',
  'Orchid Sovereign Fund',
  'Lumio',
  'Harbor Health',
  'Palantir',
  'UPS',
  'Samsung',
  'Nintendo',
  'OpenAI',
].map((n) => company(n));
const analyzer = createDealAnalyzer({ watchlist: watched });
const policy = { minScore: 0.5, alertOnMention: false };

interface Case {
  readonly title: string;
  readonly body?: string;
  readonly deal: boolean;
  readonly type?: DealType;
  readonly status?: DealStatus;
  readonly roles?: Readonly<Record<string, CompanyRole>>;
  readonly amount?: number | null;
  readonly alert: boolean;
}

describe('issue 13: Title Case headlines keep their organisations', () => {
  it.each<[string, Case]>([
    [
      'Halvard acquires Tessel Corp.',
      {
        title: 'Halvard Agrees to Buy Tessel Corp. for $2 Billion',
        deal: true,
        type: 'acquisition',
        status: 'announced',
        roles: { Halvard: 'acquirer', Tessel: 'target' },
        amount: 2e9,
        alert: true,
      },
    ],
    [
      'Home Depot acquires SRS Distribution',
      {
        title: 'Home Depot to Buy SRS Distribution for $18.25 Billion',
        deal: true,
        type: 'acquisition',
        status: 'announced',
        roles: { 'Home Depot': 'acquirer', 'SRS Distribution': 'target' },
        amount: 18.25e9,
        alert: true,
      },
    ],
  ])('%s', (_label, c) => check(c));

  it('never names a verb as part of an organisation ("Buy Tessel Corp")', () => {
    const a = analyzer.analyze({ title: 'Halvard Agrees to Buy Tessel Corp. for $2 Billion', body: '' });
    expect(a.companies.map((x) => x.name)).not.toContain('Buy Tessel Corp');
    expect(a.companies.some((x) => /buy/i.test(x.name))).toBe(false);
  });
});

describe('issue 13: funding rounds', () => {
  it.each<[string, Case]>([
    [
      'raises ... from',
      {
        title: 'Brightline Bio raises $120 million from Atlas Capital',
        deal: true,
        type: 'funding',
        status: 'announced',
        roles: { 'Brightline Bio': 'investee', 'Atlas Capital': 'investor' },
        amount: 120e6,
        alert: true,
      },
    ],
    [
      'lands a Series D: the raising company is the investee',
      {
        title: 'Ramp lands $150M Series D',
        deal: true,
        type: 'funding',
        roles: { Ramp: 'investee' },
        amount: 150e6,
        alert: true,
      },
    ],
    [
      'a very large round, valuation not taken as the amount',
      {
        title: 'Kestrel Dynamics raises $6.5 billion at a $60 billion valuation',
        body: 'Kestrel Dynamics has raised $6.5 billion in a funding round led by Orchid Sovereign Fund, valuing the drone maker at $60 billion.',
        deal: true,
        type: 'funding',
        roles: { 'Kestrel Dynamics': 'investee', 'Orchid Sovereign Fund': 'investor' },
        amount: 6.5e9,
        alert: true,
      },
    ],
  ])('%s', (_label, c) => check(c));
});

describe('issue 13: partnerships in Title Case', () => {
  it('"X and Y Partner to ..." is a partnership of both', () =>
    check({
      title: 'Lumio and Harbor Health Partner to Bring AI Triage to Clinics',
      deal: true,
      type: 'partnership',
      roles: { Lumio: 'party', 'Harbor Health': 'party' },
      alert: true,
    }));
});

describe('issue 13: false deals', () => {
  it.each<[string, Case]>([
    ['a stock tip', { title: 'How to Buy Palantir Stock Today', deal: false, alert: false }],
    [
      'a labour contract',
      {
        title: 'Teamsters Ratify New Contract With UPS',
        body: 'Members of the union voted to ratify a five-year labor contract with the parcel carrier.',
        deal: false,
        alert: false,
      },
    ],
    ['a product on sale', { title: "Samsung's New Galaxy Watch Goes on Sale Friday", deal: false, alert: false }],
    ['products sold', { title: 'Nintendo Sold 5 Million Switch 2 Consoles in Its First Month', deal: false, alert: false }],
    [
      'a webinar',
      {
        title: 'Building data partnerships that last',
        body: 'Join our free webinar on May 14 to hear how retailers and suppliers build data partnerships. Register now to save your seat.',
        deal: false,
        alert: false,
      },
    ],
    [
      'a denied IPO',
      {
        title: "OpenAI's Sam Altman says company is not planning an IPO",
        deal: true,
        type: 'ipo',
        status: 'denied',
        amount: null,
        alert: false,
      },
    ],
  ])('%s', (_label, c) => check(c));

  it('a labour contract is not stored as a contract between "Teamsters" and "Ups"', () => {
    const a = analyzer.analyze({ title: 'Teamsters Ratify New Contract With UPS', body: '' });
    expect(a.type).not.toBe('contract');
    expect(a.companies.map((c) => c.name)).not.toContain('Ups');
    expect(a.companies.every((c) => c.role === 'mentioned')).toBe(true);
  });

  it('a webinar names no party "Building"', () => {
    const a = analyzer.analyze({ title: 'Building data partnerships that last', body: '' });
    expect(a.companies.map((c) => c.name)).not.toContain('Building');
  });
});

describe('issue 13: non-organisations are never parties or mentions', () => {
  const a = createDealAnalyzer({ watchlist: [] }).analyze({
    title: 'Sony to buy stake in Kestrel Games',
    body:
      'The End of an era came on Monday. Sony Group agreed to buy a 20% stake in Kestrel Games for EUR 1.1 billion, ' +
      'the Japanese company said. The Army and an Australian pension fund were not involved. <!channel> Deal alert.',
  });
  const names = a.companies.map((c) => c.name);
  it.each(['End', 'Army', 'Australian', 'EUR 1.1', '!channel', 'channel'])('%s', (name) => {
    expect(names).not.toContain(name);
  });
  it('"Sony" and "Sony Group" are one organisation', () => {
    expect(names.filter((n) => n.startsWith('Sony'))).toHaveLength(1);
    expect(a.companies.find((c) => c.name.startsWith('Sony'))?.role).toBe('investor');
  });
});

function check(c: Case): void {
  const a = analyzer.analyze({ title: c.title, body: c.body ?? '' });
  expect(a.deal).toBe(c.deal);
  if (c.type) expect(a.type).toBe(c.type);
  if (c.status) expect(a.status).toBe(c.status);
  if (!c.deal) expect(a.status).toBeNull();
  for (const [name, role] of Object.entries(c.roles ?? {})) {
    expect(a.companies.find((x) => x.name === name)?.role, name).toBe(role);
  }
  if (c.amount !== undefined) expect(a.amount?.value ?? null).toBe(c.amount);
  expect(shouldAlert(a, policy)).toBe(c.alert);
}

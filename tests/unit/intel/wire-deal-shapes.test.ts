// How 1980s wire copy words a deal, and what only looks like one: a "tie-up" is what its
// lead says it is (a stake bought, or a partnership); a company selling its own new shares
// in a private placement raises money and sells no company; money "paid for" a business is
// its price, even when the business is named for a commodity. Written for this test;
// names are fictional.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const analyze = (title: string, body = ''): ReturnType<typeof analyzer.analyze> => analyzer.analyze({ title, body });
const MA = ['acquisition', 'merger', 'investment'];
const isMA = (a: ReturnType<typeof analyze>): boolean => a.deal && MA.includes(a.type ?? '');

describe('a tie-up is the deal its lead names', () => {
  it.each([
    [
      'a stake bought',
      'HALSTEAD LIFE, MERRIVALE TIE-UP SEEN AS MODEL',
      "Halstead Life Insurance Co's 410 mln dlr purchase of a 12 pct stake in Merrivale Securities Inc is a move other insurers are likely to copy, analysts said.\n" +
        'The investment will give Halstead a foothold in the U.S. brokerage business, they said.',
      'investment',
    ],
    [
      'a partnership',
      'KORVAN, LISTRA TIE-UP ON CHIP DESIGN',
      'Korvan Electronics Co and Listra Systems Inc said they agreed to jointly develop memory chips under a technology partnership.\n' +
        'The companies said no money would change hands.',
      'partnership',
    ],
  ])('%s', (_label, title, body, type) => {
    const a = analyze(title, body);
    expect(a.deal).toBe(true);
    expect(a.type).toBe(type);
  });
});

describe('a company issuing its own shares sells no company', () => {
  it.each([
    [
      'preferred shares in a private placement',
      'BRENTFORD ENERGY TO SELL PREFERRED SHARES',
      '<Brentford Energy Ltd> said it reached agreement in principle to sell two mln preferred shares by way of private placement to raise 40 mln Canadian dlrs for exploration.\n' +
        'The cumulative redeemable preferred shares will be convertible into common shares at 20 dlrs a share.',
      false,
    ],
    [
      'common shares to raise money',
      'TILBURY MINES TO SELL 1.5 MLN SHARES',
      'Tilbury Mines Ltd said it will sell 1.5 mln common shares in a public offering to raise about 12 mln dlrs for its gold program.',
      false,
    ],
    [
      'shares of another company sold',
      'BRENTFORD ENERGY TO SELL ALDEN SHARES',
      '<Brentford Energy Ltd> said it agreed to sell its two mln shares of Alden Resources Ltd to Corrin Oil Corp for 40 mln Canadian dlrs.',
      true,
    ],
    [
      'a stake sold, its proceeds raising money',
      'PELHAM TO SELL 20 PCT STAKE IN ORRIN',
      'Pelham Industries Inc said it agreed to sell its 20 pct stake in Orrin Chemical Co to Duvall Corp to raise cash to pay down debt.',
      true,
    ],
  ])('%s', (_label, title, body, deal) => {
    expect(isMA(analyze(title, body))).toBe(deal);
  });
});

describe('money paid for a business is its price', () => {
  const phrases = (body: string): string[] => analyzer.explain({ title: '', body }).explanation.features.map((f) => f.text.toLowerCase());
  it.each([
    ['a business named for a commodity', 'Tessaro Finanziaria SpA will pay 500 mln dlrs for the European corn milling business of Dunhill Foods Inc.', true],
    ['a unit', 'Corrin Oil Corp will pay 90 mln dlrs for the refining unit of Alden Resources Ltd.', true],
    ['a commodity itself', 'The trading house will pay 20 mln dlrs for 150,000 tonnes of corn for May delivery.', false],
  ])('%s', (_label, body, counts) => {
    expect(phrases(body).includes('pay')).toBe(counts);
  });
});

describe('a holder raising its stake', () => {
  const stake =
    'Halverson Partners, a New York investment partnership, said it raised its stake in Penwick Motors Inc to 1,210,000 shares, or 9.8 pct of the total outstanding, from 7.9 pct.';
  it.each([
    ['in a headline with a ticker', 'HALVERSON RAISES PENWICK MOTORS <PNWK> STAKE TO 9.8 PCT'],
    ['in a headline without one', 'HALVERSON RAISES STAKE IN PENWICK MOTORS TO 9.8 PCT'],
  ])('%s: the holder invests, the company is invested in, and the lead says it is done', (_label, title) => {
    const a = analyze(title, stake);
    expect(a.type).toBe('investment');
    expect(a.status).toBe('completed');
    expect(a.companies.find((c) => c.name === 'Halverson Partners')?.role).toBe('investor');
    // Without a watchlist a capitals headline may give the short form ("Penwick") as the name.
    expect(a.companies.find((c) => c.name.startsWith('Penwick'))?.role).toBe('investee');
  });

  it('a ticker names the words before it up to the verb, not the headline from its start', () => {
    const names = analyze('HALVERSON RAISES PENWICK MOTORS <PNWK> STAKE TO 9.8 PCT').companies.map((c) => c.name);
    expect(names).toContain('Penwick Motors');
    expect(names.some((n) => /Raises/i.test(n))).toBe(false);
  });

  it('a company raising money still receives it', () => {
    const a = analyze('BRIGHTLY RAISES 12 MLN DLRS', 'Brightly Software Inc said it raised 12 mln dlrs from a group led by Torvald Ventures.');
    expect(a.companies.find((c) => c.name === 'Brightly Software')?.role).toBe('investee');
  });
});

describe('a waiting period that ends moves a bid on', () => {
  it.each([
    ['a waiting period', 'WARWICK <WRWK> SAYS WAITING PERIOD ENDS ON ELSTON BID', 'announced'],
    ['a bid ended', 'HOLLIS GROUP ENDS OFFER FOR PARRISH COURIER', 'terminated'],
    ['a deal dropped', 'WARWICK DROPS ELSTON BID', 'terminated'],
  ])('%s', (_label, title, status) => {
    const a = analyze(title, '');
    expect(a.deal).toBe(true);
    expect(a.status).toBe(status);
  });
});

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

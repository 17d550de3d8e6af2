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

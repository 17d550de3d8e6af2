// Organisations the story names, watched or not: what counts as one, and how variants merge.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer } from '../../../src/intel/index.js';
import { company } from './helpers.js';

const analyzer = createDealAnalyzer({ watchlist: [] });
const names = (title: string, body = ''): string[] => analyzer.analyze({ title, body }).companies.map((c) => c.name);

describe('organisations from evidence', () => {
  it.each([
    ['corporate suffix', 'Markets were quiet.', 'Analysts said Brannock Industrial Holdings Ltd. would report next week.', 'Brannock Industrial Holdings'],
    ['exchange ticker in parentheses', 'Results due', 'Shares of Corvane Systems (NASDAQ: CRVN) rose 4% on Tuesday.', 'Corvane Systems'],
    ['ticker after an exchange', 'Results due', 'The stock, NYSE:WRFD, is up for Wrenfield Software this year.', 'Wrenfield Software'],
    ['possessive', 'Results due', "Regulators questioned Halvorsen's plans on Monday.", 'Halvorsen'],
    ['X-backed', 'Results due', 'The Sequoia-backed startup hired a new finance chief.', 'Sequoia'],
    ['known (SEC) name at a sentence start', 'Palantir wins Army deal', '', 'Palantir'],
    ['wire tag', 'ACME <ACM> TO SELL UNIT', 'Acme said it would sell its <Western Emergency Services Inc> unit.', 'Western Emergency Services'],
    ['government body', 'Results due', 'The contract was awarded by the U.S. Army on Friday.', 'U.S. Army'],
    ['Title Case name ending in a company word', 'Harbor Health Signs Partnership With Lumio', '', 'Harbor Health'],
  ])('%s', (_label, title, body, expected) => {
    expect(names(title, body)).toContain(expected);
  });
});

describe('not organisations', () => {
  it.each([
    ['a single ordinary word', 'The End of an era came quietly on Monday for traders.', 'End'],
    ['the army alone', 'Results due. The Army said nothing about the plan.', 'Army'],
    ['a demonym', 'An Australian fund bought bonds on Tuesday.', 'Australian'],
    ['a currency figure', 'The group paid EUR 1.1 billion for bonds.', 'EUR 1.1'],
    ['chat markup', '<!channel> heads up: markets are calm today.', '!channel'],
    ['a place', 'Factories in Texas and Ohio added jobs in March.', 'Texas'],
    ['a month', 'Sales rose in January.', 'January'],
    ['a subheading noun', 'Discussions between the two sides continued on Monday.', 'Discussions'],
    ['a filing form', 'The company disclosed the deal in an 8-K filed on Friday with the regulator.', '8-K'],
    ['a law', 'The Hart-Scott-Rodino Act waiting period for the deal expired.', 'Hart-Scott-Rodino Act'],
    ['a disease', 'Demand for masks fell as Covid-19 cases eased.', 'Covid-19'],
    ['a unit of power', 'The plant will add 300 MW of capacity next year.', 'MW'],
    ['a region', 'Wind farms off the East Coast will need ships.', 'East Coast'],
    ['a place with a sector word', 'Investors poured money into Abu Dhabi AI projects this year.', 'Abu Dhabi AI'],
    ['a contraction', "We're thrilled to say the store opens on Friday, the owner said.", "We're"],
  ])('%s', (_label, body, name) => {
    expect(names('Markets steady', body)).not.toContain(name);
  });

  it('people are parties, never bare mentions', () => {
    expect(names('Markets steady', 'Warren Buffett told shareholders he was patient.')).not.toContain('Warren Buffett');
    expect(analyzer.analyze({ title: 'Elon Musk agrees to buy Chirper for $44 billion', body: '' }).companies).toContainEqual({
      name: 'Elon Musk',
      role: 'acquirer',
      watched: false,
    });
  });
});

describe('variants of one organisation are listed once', () => {
  it.each([
    ['Sony', 'Sony Group', 'Sony to buy stake in Kestrel Games', 'Sony Group agreed to buy a 20% stake in Kestrel Games.'],
    ['Cisco', 'Cisco Systems', 'Cisco to buy Splunk for $28 billion', 'Cisco Systems Inc said it would acquire Splunk Inc for $28 billion.'],
    ['Anglo', 'Anglo American', 'BHP weighs takeover of Anglo American', "BHP is considering an offer for Anglo American Plc. Anglo's shares jumped."],
    ['PIF', 'Public Investment Fund', 'PIF invests $3 billion in Lytic', "Saudi Arabia's Public Investment Fund has invested $3 billion in Lytic."],
  ])('%s / %s', (short, long, title, body) => {
    const all = names(title, body);
    expect(all.filter((n) => n === short || n === long)).toHaveLength(1);
  });

  it('two watched names of one company take part alike', () => {
    const a = createDealAnalyzer({ watchlist: [company('Orvane', []), company('Orvane.com', [])] }).analyze({
      title: 'Orvane to buy Pellmar for $2 billion',
      body: 'Orvane.com Inc agreed to buy Pellmar Foods for $2 billion.',
    });
    expect(a.companies.filter((c) => c.name.startsWith('Orvane')).map((c) => c.role)).toEqual(['acquirer', 'acquirer']);
  });

  it('a watched name keeps its canonical form', () => {
    const a = createDealAnalyzer({ watchlist: [company('Sony Group', ['Sony'])] }).analyze({
      title: 'Sony to buy stake in Kestrel Games',
      body: 'Sony Group agreed to buy a 20% stake in Kestrel Games.',
    });
    expect(a.companies.filter((c) => c.name.startsWith('Sony'))).toEqual([{ name: 'Sony Group', role: 'investor', watched: true }]);
  });
});

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { companyFromSecTitle, createDealAnalyzer, parseTicker, type SecCompany } from '../../../src/intel/index.js';
import { describeShared, sharedPath } from '../../helpers/shared-data.js';
import { company } from './helpers.js';

const common = ['Target', 'Gap', 'Apple', 'Meta', 'Block', 'Shell', 'Visa', 'Snap', 'Square'].map((n) => company(n));
const analyzer = createDealAnalyzer({
  watchlist: [
    company('OpenAI'),
    company('Google', ['Google Cloud', 'Alphabet']),
    company('Nestlé'),
    company('Coca-Cola'),
    company('Siemens AG'),
    company('Nvidia', [], ['NVDA']),
    ...common,
  ],
});

describe('matchWatched: spelling variants', () => {
  it.each([
    ['word boundary', 'Googleplex visitors and OpenAIs fans', []],
    ['possessive', "OpenAI's new model", ['OpenAI']],
    ['alias maps to canonical name', 'a deal with Google Cloud', ['Google']],
    ['second alias', 'Alphabet reported results', ['Google']],
    ['hyphen across a line break', 'the deal with Open-\nAI was signed', ['OpenAI']],
    ['name split over a line break', 'partnership with Google\nCloud announced', ['Google']],
    ['accent dropped', 'Nestle said on Monday', ['Nestlé']],
    ['accent kept', 'Nestlé said on Monday', ['Nestlé']],
    ['hyphenated name', 'Coca-Cola bottlers', ['Coca-Cola']],
    ['hyphenated name written as two words', 'Coca Cola bottlers', ['Coca-Cola']],
    ['suffix absent', 'Siemens said', ['Siemens AG']],
    ['suffix present', 'Siemens AG said', ['Siemens AG']],
    ['suffix on a name listed without one', 'Nvidia Corp. said', ['Nvidia']],
    ['ticker with dollar', 'traders bought $NVDA today', ['Nvidia']],
    ['ticker with exchange', 'shares of NASDAQ:NVDA rose', ['Nvidia']],
    ['bare ticker in prose', 'shares of NVDA rose', ['Nvidia']],
    ['lower-case non-name', 'the nvidia of the south', []],
  ])('%s', (_label, text, expected) => {
    expect(analyzer.matchWatched(text).sort()).toEqual([...expected].sort());
  });
});

describe('matchWatched: names that are also common words', () => {
  it.each([
    ['Target', 'Target said it would close 20 stores.', true],
    ['Target', 'We hit a target of 5 pct growth.', false],
    ['Target', 'Target practice starts early.', false],
    ['Gap', 'Shoppers at Gap stores spent more.', true],
    ['Gap', 'The gap between rich and poor widened.', false],
    ['Apple', 'The deal gives Apple a foothold in India.', true],
    ['Apple', 'She baked an apple pie.', false],
    ['Apple', 'Apple pie is a classic dessert.', false],
    ['Apple', 'Crowds came to see the Big Apple Circus downtown.', false],
    ['Meta', 'Analysts expect Meta to spend more on chips.', true],
    ['Meta', 'A meta-analysis of 40 studies found no effect.', false],
    ['Meta', 'Meta-analysis is a statistical method.', false],
    ['Block', "Block's Cash App grew users.", true],
    ['Block', 'The city will block the road on Sunday.', false],
    ['Shell', 'Royal Dutch Shell plc reported earnings; Shell shares rose.', true],
    ['Shell', 'The turtle hid in its shell.', false],
    ['Visa', 'Payments on Visa rose 8 pct.', true],
    ['Visa', 'He applied for a visa to work abroad.', false],
    ['Snap', 'Snap Inc said it would cut jobs.', true],
    ['Snap', 'The decision was a snap judgement.', false],
    ['Square', 'Merchants using Square saw higher volumes.', true],
    ['Square', 'The town square was crowded.', false],
  ])('%s in "%s" -> %s', (name, text, expected) => {
    expect(analyzer.matchWatched(text).includes(name)).toBe(expected);
  });

  it.each([
    ['Target', 'Target to Acquire Shipt for $550 Million'],
    ['Shell', 'Shell completes acquisition of Nature Energy'],
    ['Meta', 'Meta Agrees to Invest $14.3 Billion in Scale AI'],
    ['Gap', 'GAP INC TO SELL OLD NAVY UNIT'],
    ['Visa', 'Visa and Mastercard settle lawsuit'],
    ['Block', 'Block acquires Afterpay in $29 billion deal'],
  ])('%s at the start of a headline with company context: %s', (name, title) => {
    expect(analyzer.matchWatched(title)).toContain(name);
  });

  it('headline capitals alone do not make a company', () => {
    expect(analyzer.matchWatched('Shares Hit A New Target As The Gap With Rivals Narrows')).toEqual([]);
  });

  it('match mode overrides the automatic rule', () => {
    const loose = createDealAnalyzer({ watchlist: [company('Target', [], [], 'any')] });
    const strict = createDealAnalyzer({ watchlist: [company('Apple', [], [], 'case-sensitive')] });
    expect(loose.matchWatched('we hit our target')).toEqual(['Target']);
    expect(strict.matchWatched('Apple pie is a classic dessert.')).toEqual(['Apple']);
    expect(strict.matchWatched('APPLE earnings')).toEqual([]);
  });
});

describe('tickers and SEC titles', () => {
  it.each([
    ['NVDA', { symbol: 'NVDA', exchange: null }],
    ['$NVDA', { symbol: 'NVDA', exchange: null }],
    ['NASDAQ:NVDA', { symbol: 'NVDA', exchange: 'NASDAQ' }],
    ['nyse: brk.b', { symbol: 'BRK.B', exchange: 'NYSE' }],
    ['not a ticker!', null],
  ])('parseTicker(%s)', (input, expected) => {
    expect(parseTicker(input)).toEqual(expected);
  });

  it.each([
    [{ ticker: 'AAPL', title: 'Apple Inc.' }, 'Apple'],
    [{ ticker: 'TGT', title: 'TARGET CORP' }, 'Target'],
    [{ ticker: 'OKE', title: 'ONEOK INC /NEW/' }, 'Oneok'],
    [{ ticker: 'VALE', title: 'Vale S.A.' }, 'Vale'],
    [{ ticker: 'IBM', title: 'INTERNATIONAL BUSINESS MACHINES CORP' }, 'International Business Machines'],
    [{ ticker: 'AMZN', title: 'AMAZON COM INC' }, 'Amazon'],
  ])('companyFromSecTitle(%o)', (entry: SecCompany, name) => {
    const c = companyFromSecTitle(entry);
    expect(c.name).toBe(name);
    expect(c.tickers).toEqual([entry.ticker]);
    expect(c.match).toBe('auto');
  });
});

describeShared('10,000 SEC names on the watchlist', () => {
  // Read when the suite runs, not when it is collected, so a checkout without ../shared skips it cleanly.
  let big: ReturnType<typeof createDealAnalyzer>;
  beforeAll(() => {
    const sec = Object.values(JSON.parse(readFileSync(sharedPath('companies/sec-company-tickers.json'), 'utf8')) as Record<string, SecCompany>);
    big = createDealAnalyzer({ watchlist: sec.slice(0, 10_000).map(companyFromSecTitle) });
  });

  it('ordinary prose names no company', () => {
    expect(big.matchWatched('Shares hit a new target as the gap with rivals narrows')).toEqual([]);
    expect(big.analyze({ title: 'Shares hit a new target as the gap with rivals narrows', body: '' }).companies).toEqual([]);
  });

  it('still finds real companies', () => {
    expect(big.matchWatched('Microsoft and Nvidia announced a deal; Target said sales rose.')).toEqual(
      expect.arrayContaining(['Microsoft', 'Nvidia', 'Target']),
    );
  });
});

describe('a side of the deal named by a short form', () => {
  const parties = (watchlist: string[], title: string) =>
    createDealAnalyzer({ watchlist: watchlist.map((n) => company(n)) })
      .analyze({ title, body: '' })
      .companies.filter((c) => c.role !== 'mentioned')
      .map((c) => [c.name, c.role]);

  it.each([
    ['the short form is watched itself', ['Disney', 'Walt Disney', 'The Walt Disney Company', 'Northwind Games'], 'Disney'],
    ['only the full name is watched', ['Walt Disney', 'Northwind Games'], 'Walt Disney'],
  ])('is one company, whichever names are watched: %s', (_label, watchlist, acquirer) => {
    // One side stays one party: several watched names for it would make grouping join different deals.
    expect(parties(watchlist, 'Disney to acquire Northwind Games for $1 billion')).toEqual([
      [acquirer, 'acquirer'],
      ['Northwind Games', 'target'],
    ]);
  });
});

describe('a short form two watched companies share', () => {
  it.each([
    ['one drops a generic tail ("Tata Motors" is keyed "tata")', ['Tata Steel', 'Tata Motors', 'Corus Group'], 'Tata to buy Corus for $12 billion', 'Tata'],
    ['neither drops one', ['Adani Ports', 'Adani Green Energy', 'Corus Group'], 'Adani to buy Corus for $12 billion', 'Adani'],
  ])('is neither company: %s', (_label, watchlist, title, written) => {
    const side = createDealAnalyzer({ watchlist: watchlist.map((n) => company(n)) })
      .analyze({ title, body: '' })
      .companies.find((c) => c.role === 'acquirer');
    expect(side).toMatchObject({ name: written, watched: false });
  });
});

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, dealAmount } from '../../../src/intel/index.js';

describe('amount forms', () => {
  it.each([
    ['Acme to acquire Widget for $500 billion', 500e9, 'USD', '$500 billion'],
    ['Acme to buy Widget for €1.2bn', 1.2e9, 'EUR', '€1.2bn'],
    ['Acme buys Widget unit for US$3 mln', 3e6, 'USD', 'US$3 mln'],
    ['Acme to acquire Widget for 1.5 billion dlrs', 1.5e9, 'USD', '1.5 billion dlrs'],
    ['SoftBank agrees ¥20bn stake purchase in Widget', 20e9, 'JPY', '¥20bn'],
    ['Acme to buy Widget for £250m', 250e6, 'GBP', '£250m'],
    ['Acme Robotics raises $40M Series B led by Sequoia', 40e6, 'USD', '$40M'],
    ['Acme to acquire Widget for two mln dlrs in stock', 2e6, 'USD', 'two mln dlrs'],
    ['Hanson to sell cement unit for 244 mln stg', 244e6, 'GBP', '244 mln stg'],
    ['Microsoft will invest a further $10 billion in OpenAI', 10e9, 'USD', '$10 billion'],
    ['BP will pay Reliance about Rs 7,000 crore for a 49% stake', 7e10, 'INR', 'Rs 7,000 crore'],
    ['Hyundai Motor India raised ₹27,870 crore in its IPO', 2.787e11, 'INR', '₹27,870 crore'],
    ['Halvorsen agreed to buy the stake for NOK 1.1 billion', 1.1e9, 'NOK', 'NOK 1.1 billion'],
    ['UBS will take over Credit Suisse for 3 billion Swiss francs', 3e9, 'CHF', '3 billion Swiss francs'],
    ['Trackwell awarded Kestrelink a $38 million, five-year contract', 38e6, 'USD', '$38 million'],
    ['The government will pay Moderna about $1.5 billion for doses', 1.5e9, 'USD', '$1.5 billion'],
    ['The ministry agreed to pay Amberfield Bio Inc and Corlan SE $480 million for 20 million doses', 480e6, 'USD', '$480 million'],
  ])('%s', (sentence, value, currency, text) => {
    expect(dealAmount([sentence])).toEqual({ value, currency, text });
  });

  it.each<[string, 'investment' | 'funding', number | null]>([
    // The money one company puts into another is that investment's value...
    ['Kiln Capital puts another $35M into Arbor Robotics', 'investment', 35e6],
    ['Halden pours $200 million into battery maker Velmar', 'investment', 200e6],
    // ... but in a round it is one backer's share; the round is worth what the company raised.
    ['Berkshire puts $500 million into Quenby', 'funding', null],
  ])('%s (%s)', (sentence, type, value) => {
    expect(dealAmount([sentence], type)?.value ?? null).toBe(value);
  });

  it('undisclosed terms give a null value', () => {
    expect(dealAmount(['Acme acquired Widget for an undisclosed sum.'])).toEqual({ value: null, currency: null, text: 'undisclosed' });
    expect(dealAmount(['Acme bought Widget. Terms were not disclosed.'])).toEqual({ value: null, currency: null, text: 'undisclosed' });
  });

  it.each([
    ['revenue', 'Acme, which agreed to buy Widget, reported annual revenue of $10 billion.'],
    ['revenues', 'With revenues reaching $43 billion in 2024, the partnership is a win.'],
    ['market value', 'Acme agreed to buy Widget, which has a market value of $3 billion.'],
    ['price per share', 'Acme offered 32.25 dlrs per share for Widget.'],
    ['price a share', 'Acme bid 50 dlrs a share for Widget.'],
  ])('%s is not the deal value', (_label, sentence) => {
    expect(dealAmount([sentence])).toBeNull();
  });

  it('a funding round is worth what it raises, not the valuation', () => {
    expect(dealAmount(['Chime raised $750 million at a $25 billion valuation.'], 'funding')?.value).toBe(750e6);
    expect(dealAmount(['Epic Games closed a round that values it at $28.7 billion.'], 'funding')).toBeNull();
  });

  it('a company bought whole is worth what the deal values it at; a part of it is not', () => {
    expect(dealAmount(['The deal values Capri at about $8.5 billion.'], 'acquisition')?.value).toBe(8.5e9);
    expect(dealAmount(['Orrin will sell 51% of its chip unit to Galt Partners in a deal that values the unit at $8 billion.'], 'acquisition')).toBeNull();
  });

  it.each([
    ['a bid raised to a figure', 'Rillford Raises Kestle Bid to About $47 Billion', 47e9, 'USD'],
    ['a per-share price and its total', 'Rillford sweetened its proposal for Kestle to $18.19 a share, or roughly $47 billion.', 47e9, 'USD'],
    ['money a supplier receives', 'Parrin and Colt will receive $1.95 billion from the U.S. government for 100 million doses.', 1.95e9, 'USD'],
    ['a contract won', 'Parrin wins $1.5 billion U.S. deal for vaccine doses', 1.5e9, 'USD'],
    ['a payee after "the"', 'Harwick will pay the FDIC $10.6 billion for the bank.', 10.6e9, 'USD'],
    ['a combined investment', 'The partners will invest a combined €180 million in the plant.', 180e6, 'EUR'],
    ['the currency the deal was struck in', 'Orbel has raised €110 million ($120 million) in a Series C round.', 110e6, 'EUR'],
  ])('%s', (_label, sentence, value, currency) => {
    expect(dealAmount([sentence], 'acquisition')).toMatchObject({ value, currency });
  });

  it('small figures are prices, not deal values', () => {
    expect(dealAmount(['Coinbase opened at $381 after a reference price of $250.'], 'ipo')).toBeNull();
  });

  it('takes the figure from the deal story, not from a different deal further down', () => {
    const a = createDealAnalyzer({ watchlist: [] }).analyze({
      title: 'Acme Corp signs partnership with Widget Inc',
      body: 'Acme Corp signed a partnership with Widget Inc on Monday. The weather was mild. Traders were calm. Markets were flat. Acme also has a $500 billion partnership with Oracle.',
    });
    expect(a.amount).toBeNull();
  });
});

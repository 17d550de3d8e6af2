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
  ])('%s', (sentence, value, currency, text) => {
    expect(dealAmount([sentence])).toEqual({ value, currency, text });
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

  it('takes the figure from the deal story, not from a different deal further down', () => {
    const a = createDealAnalyzer({ watchlist: [] }).analyze({
      title: 'Acme Corp signs partnership with Widget Inc',
      body: 'Acme Corp signed a partnership with Widget Inc on Monday. The weather was mild. Traders were calm. Markets were flat. Acme also has a $500 billion partnership with Oracle.',
    });
    expect(a.amount).toBeNull();
  });
});

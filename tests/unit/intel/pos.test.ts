// Part-of-speech tags on headlines: a capitalised word is still a verb or a noun when grammar says so.

import { describe, expect, it } from 'vitest';
import { tagSentence, truecase } from '../../../src/intel/pos.js';
import { isShouty, tokenize, type Sentence } from '../../../src/intel/text.js';
import { truecaseWord } from '../../../src/intel/truecase-words.js';

const headline = (text: string): Sentence => {
  const tokens = tokenize(text);
  return { text, start: 0, tokens, shouty: isShouty(tokens, 3) };
};
const tagOf = (text: string, word: string): string => {
  const s = headline(text);
  const tags = tagSentence(s, (t) => truecaseWord(t.norm), true);
  return tags[s.tokens.findIndex((t) => t.raw === word)] ?? '?';
};

describe('truecase', () => {
  it('writes ordinary words of a Title Case headline in lower case, names as they are', () => {
    expect(truecase(headline('Halvard Agrees to Buy Tessel Corp. for $2 Billion'))).toBe('Halvard agrees to buy Tessel Corp. for $2 billion');
  });
  it('lower-cases an all-caps wire headline but keeps tickers in tags', () => {
    expect(truecase(headline('ACME <ACM> TO BUY WIDGET UNIT'))).toBe('acme <ACM> to buy widget unit');
  });
  it('leaves running text alone', () => {
    const s = headline('Acme said it would buy Widget.');
    expect(truecase({ ...s, shouty: false })).toBe('Acme said it would buy Widget.');
  });
});

describe('deal words as verbs or nouns', () => {
  it.each([
    ['Halvard Agrees to Buy Tessel Corp. for $2 Billion', 'Buy', 'VERB'],
    ['Is Visa Stock a Buy After Earnings?', 'Buy', 'NOUN'],
    ['Lumio and Harbor Health Partner to Bring AI Triage to Clinics', 'Partner', 'VERB'],
    ['Kestrelink Launches Partner Program for Integrators', 'Partner', 'NOUN'],
    ['Ramp Lands $150M Series D', 'Lands', 'VERB'],
    ['Gap Partners With Yeezy on Apparel Line', 'Partners', 'VERB'],
    ['Driftpoint, Halvorsen Marine partner to electrify ferries', 'partner', 'VERB'],
  ])('%s: %s', (text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });

  it('"Sycamore Partners to Buy ..." keeps Partners in the name', () => {
    expect(tagOf('Sycamore Partners to Buy Walgreens', 'Partners')).not.toBe('VERB');
  });
});

import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize, type Token } from '../../../src/intel/text.js';

/** pick: the fields a table row states, so each row says only what it is about. */
function pick(t: Token, keys: readonly (keyof Token)[]): Partial<Token> {
  return Object.fromEntries(keys.map((k) => [k, t[k]]));
}

describe('tokenize', () => {
  it.each([
    ['Tapestry Inc. buys Capri', ['Tapestry', 'Inc.', 'buys', 'Capri']],
    ['the U.S. deal', ['the', 'U.S.', 'deal']],
    ['AT&T and T-Mobile', ['AT&T', 'and', 'T', '-', 'Mobile']],
    ['a $1.5 billion bid', ['a', '$', '1.5', 'billion', 'bid']],
    ['a 20% stake', ['a', '20', '%', 'stake']],
    ["OpenAI's deal with Reuters' desk", ['OpenAI', 'deal', 'with', 'Reuters', 'desk']],
    ['It closed. Then', ['It', 'closed', '.', 'Then']],
    ['Microsoft Corp. said', ['Microsoft', 'Corp.', 'said']],
    ['Brightline Bio raises €120 million (£100 million)', ['Brightline', 'Bio', 'raises', '€', '120', 'million', '(', '£', '100', 'million', ')']],
  ])('%s', (text, raws) => {
    expect(tokenize(text).map((t) => t.raw)).toEqual(raws);
  });

  it.each<[string, number, Partial<Token>]>([
    ['Nestlé buys', 0, { raw: 'Nestlé', norm: 'nestle', cap: true, upper: false }],
    ['IBM buys', 0, { norm: 'ibm', cap: true, upper: true }],
    ['Acquires Tessel', 0, { norm: 'acquires', stem: 'acquir', cap: true, upper: false }],
    ["OpenAI's deal", 0, { raw: 'OpenAI', possessive: true, start: 0, end: 6 }],
    ["Reuters' desk", 0, { raw: 'Reuters', possessive: true, end: 7 }],
    ['Tapestry Inc. buys', 1, { raw: 'Inc.', norm: 'inc', start: 9, end: 13 }],
    ['meta-analysis', 2, { raw: 'analysis', hyphenBefore: true }],
    ['meta - analysis', 2, { raw: 'analysis', hyphenBefore: false }],
    ['a 20% stake', 2, { raw: '%', norm: 'pct', word: true }],
    ['40M round', 0, { raw: '40M', digit: true, norm: '40m' }],
    ['ends. Next', 1, { raw: '.', word: false }],
  ])('%s: token %i', (text, index, want) => {
    const t = tokenize(text)[index] as Token;
    expect(pick(t, Object.keys(want) as (keyof Token)[])).toEqual(want);
  });

  it('offsets count from base', () => {
    expect(tokenize('Ramp lands', 100).map((t) => [t.start, t.end])).toEqual([
      [100, 104],
      [105, 110],
    ]);
  });

  // Word shapes are remembered by the characters where the word stands: a word met before, a word that starts
  // like it, and one inside a longer text must each get their own shape and their own offsets.
  it('gives a repeated word, and words sharing its first letters, their own shapes', () => {
    const toks = tokenize('Co Corp Co. Corporation co CO Co');
    expect(toks.map((t) => [t.raw, t.norm, t.start, t.end, t.upper])).toEqual([
      ['Co', 'co', 0, 2, false],
      ['Corp', 'corp', 3, 7, false],
      ['Co.', 'co', 8, 11, false],
      ['Corporation', 'corporation', 12, 23, false],
      ['co', 'co', 24, 26, false],
      ['CO', 'co', 27, 29, true],
      ['Co', 'co', 30, 32, false],
    ]);
  });

  it('stays right after more distinct words than it remembers', () => {
    // 40,000 distinct words fill the shape table past its bound, so it is cleared on the way.
    const words = Array.from({ length: 40_000 }, (_v, i) => `Word${i.toString(36)}`);
    for (let i = 0; i < words.length; i += 500) tokenize(words.slice(i, i + 500).join(' '));
    const last = words[39_999] as string;
    const again = tokenize(`Word0 ${last} acquires Word0`);
    expect(again.map((t) => [t.raw, t.norm, t.cap, t.stem, t.start])).toEqual([
      ['Word0', 'word0', true, 'word0', 0],
      [last, last.toLowerCase(), true, last.toLowerCase(), 6],
      ['acquires', 'acquires', false, 'acquir', 7 + last.length],
      ['Word0', 'word0', true, 'word0', 16 + last.length],
    ]);
  });
});

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['Tapestry buys Capri. The deal closes in May.', ['Tapestry buys Capri.', 'The deal closes in May.']],
    ['Tapestry Inc. buys Capri. It pays cash.', ['Tapestry Inc. buys Capri.', 'It pays cash.']],
    ['First line\n\nSecond   paragraph  here.', ['First line', 'Second paragraph here.']],
    ['Spaces\tand\ttabs. Go on.', ['Spaces and tabs.', 'Go on.']],
    // A no-break space is no line break: a sentence without any other whitespace run keeps it.
    ['Ax\u00a0By buys Capri. Dx\u00a0Ey sells.', ['Ax\u00a0By buys Capri.', 'Dx\u00a0Ey sells.']],
    ['Ax\u00a0By buys Capri.  Dx\u00a0Ey  sells.', ['Ax\u00a0By buys Capri.', 'Dx Ey sells.']],
  ])('%j', (text, want) => {
    expect(splitSentences(text).map((s) => s.text)).toEqual(want);
  });

  it('keeps where each sentence starts in the text', () => {
    expect(splitSentences('One. Two.').map((s) => s.start)).toEqual([0, 5]);
  });
});

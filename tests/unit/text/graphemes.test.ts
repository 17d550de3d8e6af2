import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  graphemeBoundaryAtOrBefore,
  truncateCodePoints,
  truncateCodeUnits,
  truncateGraphemes,
  type LengthUnit,
} from '../../../src/text/graphemes.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Every grapheme boundary of text, from a full segmentation (the reference the helper must agree with). */
function boundaries(text: string): Set<number> {
  const out = new Set<number>([text.length]);
  for (const { index } of segmenter.segment(text)) out.add(index);
  return out;
}

function measure(text: string, unit: LengthUnit): number {
  return unit === 'code-units' ? text.length : Array.from(text).length;
}

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // 👨‍👩‍👧‍👦, 11 code units, 7 code points
const FLAGS = '\u{1F1EB}\u{1F1F7}\u{1F1E9}\u{1F1EA}\u{1F1EF}\u{1F1F5}'; // 🇫🇷🇩🇪🇯🇵
const THUMBS_TONE = '\u{1F44D}\u{1F3FD}'; // 👍🏽
const KEYCAP = '1\uFE0F\u20E3'; // 1️⃣
const RAINBOW_FLAG = '\u{1F3F3}\uFE0F\u200D\u{1F308}'; // 🏳️‍🌈

const SAMPLES: Record<string, string> = {
  ascii: 'Acme Corp agrees to buy Widget Inc for $2bn',
  'emoji at the cut point': 'Deal 😀😀 done 🎉 today',
  flags: `Leaders ${FLAGS} meet ${FLAGS}`,
  'ZWJ family': `a${FAMILY}b${FAMILY}${FAMILY}c`,
  'skin tone and keycap': `ok ${THUMBS_TONE}${THUMBS_TONE} ${KEYCAP}${KEYCAP} ${RAINBOW_FLAG}`,
  'combining accents': 'Ame\u0301lie Poulain, cafe\u0301 de\u0301ja\u0300 vu, n\u0303',
  'zalgo run': `x${'\u0301'.repeat(40)}y${'\u0300\u0327'.repeat(10)}z`,
  CJK: '日本語のテキストを切る。東京証券取引所に上場',
  'Hangul jamo': '\u1100\u1161\u11A8\u1100\u1161\u11A8 한국어',
  'Devanagari conjuncts': 'क्षत्रिय अनुच्छेद',
  CRLF: 'line one\r\nline two\r\n',
  'whitespace before the cut': 'word      word      word',
};

describe('truncateGraphemes: properties over every limit', () => {
  for (const [name, text] of Object.entries(SAMPLES)) {
    for (const unit of ['code-units', 'code-points'] as const) {
      for (const ellipsis of ['…', '', '...']) {
        it(`${name}, ${unit}, ellipsis ${JSON.stringify(ellipsis)}`, () => {
          const cuts = boundaries(text);
          for (let max = 0; max <= measure(text, unit) + 1; max++) {
            const out = truncateGraphemes(text, max, { unit, ellipsis });
            expect(measure(out, unit)).toBeLessThanOrEqual(max);
            expect(LONE_SURROGATE.test(out)).toBe(false);
            if (measure(text, unit) <= max) {
              expect(out).toBe(text);
              continue;
            }
            const fits = measure(ellipsis, unit) <= max;
            const head = fits && ellipsis !== '' ? out.slice(0, out.length - ellipsis.length) : out;
            if (fits) expect(out.endsWith(ellipsis)).toBe(true);
            // The kept text is a prefix of the original that ends on one of its grapheme boundaries.
            expect(text.startsWith(head)).toBe(true);
            expect(cuts.has(head.length)).toBe(true);
            if (!fits || ellipsis === '') {
              // And it is the longest such prefix: the next boundary would not fit.
              const next = Math.min(...[...cuts].filter((b) => b > head.length));
              expect(measure(text.slice(0, next), unit)).toBeGreaterThan(max);
            }
          }
        });
      }
    }
  }
});

describe('truncateGraphemes: examples', () => {
  it.each([
    ['fits: unchanged', 'hello', 5, 'code-units', 'hello'],
    ['plain cut with ellipsis', 'hello world', 8, 'code-units', 'hello w…'],
    ['trailing space dropped before the ellipsis', 'hello world', 7, 'code-units', 'hello…'],
    ['emoji not split (units)', 'ab😀cd', 4, 'code-units', 'ab…'],
    ['emoji kept whole (points)', 'ab😀cd', 4, 'code-points', 'ab😀…'],
    ['flag pair never halved', FLAGS, 7, 'code-units', '🇫🇷…'],
    ['ZWJ family kept whole or dropped', `x${FAMILY}y`, 11, 'code-units', 'x…'],
    ['ZWJ family fits', `x${FAMILY}yz`, 13, 'code-units', `x${FAMILY}…`],
    ['combining accent stays with its letter', 'cafe\u0301s', 5, 'code-units', 'caf…'],
    ['CJK', '日本語のテキスト', 5, 'code-points', '日本語の…'],
    ['limit 0', 'hello', 0, 'code-units', ''],
    ['limit 1: only the ellipsis', 'hello', 1, 'code-units', '…'],
  ] as const)('%s', (_name, text, max, unit, expected) => {
    expect(truncateGraphemes(text, max, { unit })).toBe(expected);
  });

  it('Discord (code units) and Slack (code points) count the same emoji differently', () => {
    const text = '😀'.repeat(10);
    expect(truncateCodeUnits(text, 10)).toBe(`${'😀'.repeat(4)}…`);
    expect(truncateCodePoints(text, 10)).toBe(text);
    expect(truncateCodePoints(text, 9)).toBe(`${'😀'.repeat(8)}…`);
  });

  it('drops an ellipsis that cannot fit, and accepts custom ones', () => {
    expect(truncateCodeUnits('abcdef', 2, '...')).toBe('ab');
    expect(truncateCodeUnits('abcdef', 5, '...')).toBe('ab...');
    expect(truncateCodeUnits('abcdef', 3, '')).toBe('abc');
  });

  it('a first grapheme longer than the limit leaves only the ellipsis', () => {
    expect(truncateCodeUnits(`${FAMILY}z`, 6)).toBe('…');
  });

  it('does not invent lone surrogates, and keeps ones it was given intact around the cut', () => {
    expect(truncateCodeUnits('\uD83Dabc😀', 5)).toBe('\uD83Dabc…');
    expect(truncateCodeUnits('ab\uDE00cd', 4)).toBe('ab\uDE00…');
  });

  it('non-integer and negative limits behave like their floor / 0', () => {
    expect(truncateCodeUnits('hello world', 8.9)).toBe('hello w…');
    expect(truncateCodeUnits('hello', -3)).toBe('');
  });

  it('cost follows the cut position, not the input length', () => {
    const huge = `${'word '.repeat(400_000)}${FAMILY}`;
    const started = performance.now();
    for (let i = 0; i < 200; i++) truncateCodeUnits(huge, 1_000);
    const out = truncateCodeUnits(huge, 1_000);
    expect(out).toHaveLength(1_000);
    expect(out.endsWith(' word…')).toBe(true);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('helpers', () => {
  it('codePointLength counts pairs once and lone surrogates once', () => {
    expect(codePointLength('')).toBe(0);
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength(FAMILY)).toBe(7);
    expect(codePointLength('\uD83Dx\uDE00')).toBe(3);
  });

  it('graphemeBoundaryAtOrBefore agrees with a full segmentation at every index', () => {
    const text = Object.values(SAMPLES).join(' ');
    const cuts = boundaries(text);
    let last = 0;
    for (let i = 0; i <= text.length; i++) {
      if (cuts.has(i)) last = i;
      expect(graphemeBoundaryAtOrBefore(text, i)).toBe(last);
    }
  });
});

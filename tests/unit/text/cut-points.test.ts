// Every place that shortens text for a platform limit cuts between graphemes: an emoji, a
// flag or a family at the cut point is kept whole or dropped whole, never halved.
import { describe, expect, it } from 'vitest';
import { cut } from '../../../src/chat/discord/discord-text.js';
import { fitEscaped, truncate } from '../../../src/chat/slack/slack-text.js';

const family = '👨‍👩‍👧‍👦';
const flag = '🇫🇷';
const accent = 'e\u0301';
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('cut points', () => {
  for (const grapheme of [family, flag, accent, '🚀']) {
    for (let n = 1; n <= 12; n++) {
      const text = `${'a'.repeat(n)}${grapheme}${grapheme}bbbb`;
      it(`${JSON.stringify(grapheme)} after ${n} letters`, () => {
        for (let max = 2; max <= text.length; max++) {
          for (const out of [cut(text, max), truncate(text, max), fitEscaped(text, max)]) {
            expect(out).not.toMatch(loneSurrogate);
            const body = out.replace(/…$/, '').replace(/^a*/, '');
            // What is left after the letters is whole graphemes only.
            expect(body.replaceAll(grapheme, '').replace(/b*$/, '')).toBe('');
          }
        }
      });
    }
  }
});

import { describe, expect, it } from 'vitest';
import { identityHashes } from '../../../src/dedupe/index.js';
import type { NormalizedItem } from '../../../src/model/feed.js';

const item = (over: Partial<NormalizedItem>): NormalizedItem => ({
  guid: null,
  url: null,
  canonicalUrl: null,
  title: 'Title',
  text: 'Text',
  publishedAt: null,
  author: null,
  categories: [],
  ...over,
});

describe('identityHashes', () => {
  it.each([
    {
      name: 'guid wins over link and title',
      a: item({ guid: 'g1', canonicalUrl: 'https://x/1', title: 'A' }),
      b: item({ guid: 'g1', canonicalUrl: 'https://x/2', title: 'B' }),
      same: true,
    },
    {
      name: 'an edited title or date keeps the identity',
      a: item({ guid: 'g1', title: 'A' }),
      b: item({ guid: 'g1', title: 'A (updated)', publishedAt: new Date(0) }),
      same: true,
    },
    {
      name: 'without guid, the canonical link decides',
      a: item({ canonicalUrl: 'https://x/1', title: 'A' }),
      b: item({ canonicalUrl: 'https://x/1', title: 'B' }),
      same: true,
    },
    { name: 'different links differ', a: item({ canonicalUrl: 'https://x/1' }), b: item({ canonicalUrl: 'https://x/2' }), same: false },
    { name: 'without guid or link, title plus content', a: item({ title: 'A', text: 'x' }), b: item({ title: 'A', text: 'y' }), same: false },
    {
      name: 'blank guid falls through to the link',
      a: item({ guid: '  ', canonicalUrl: 'https://x/1' }),
      b: item({ canonicalUrl: 'https://x/1' }),
      same: true,
    },
  ])('$name', ({ a, b, same }) => {
    const [ha] = identityHashes([a]);
    const [hb] = identityHashes([b]);
    expect(ha === hb).toBe(same);
  });

  it('tells apart items that share a guid within one feed', () => {
    const hashes = identityHashes([
      item({ guid: 'same', canonicalUrl: 'https://x/1' }),
      item({ guid: 'same', canonicalUrl: 'https://x/2' }),
      item({ guid: 'unique', canonicalUrl: 'https://x/3' }),
    ]);
    expect(new Set(hashes).size).toBe(3);
    // Stable across polls and independent of position.
    const again = identityHashes([
      item({ guid: 'unique', canonicalUrl: 'https://x/3' }),
      item({ guid: 'same', canonicalUrl: 'https://x/2' }),
      item({ guid: 'same', canonicalUrl: 'https://x/1' }),
    ]);
    expect(new Set(again)).toEqual(new Set(hashes));
  });
});

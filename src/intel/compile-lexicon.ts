// Compiling the lexicon (weights.ts deal phrases, lexicon.ts cues, config overrides)
// into one phrase trie, once per analyzer.

import type { DealType } from '../model/deal.js';
import type { LexValue } from './evidence.js';
import { DEFAULT_CUES } from './lexicon.js';
import { createPhraseTrie, type PhraseTrie } from './phrase-trie.js';
import { DEFAULT_KIND } from './phrase-types.js';
import { DEAL_PHRASES, w, type PhraseRow } from './weights.js';

/** LexiconOverrides extends the built-in lexicon from config. */
export interface LexiconOverrides {
  /** Extra phrases per type (weight `extra-phrase` each; "=word" matches the exact word). */
  readonly extra?: Partial<Record<DealType, readonly string[]>>;
  /** Phrases that must never count as deal evidence (they act as look-alikes). */
  readonly exclude?: readonly string[];
}

/** compileLexicon merges defaults with config overrides into one phrase trie. */
export function compileLexicon(overrides: LexiconOverrides = {}): PhraseTrie<LexValue> {
  const trie = createPhraseTrie<LexValue>();
  for (const [type, rows] of Object.entries(DEAL_PHRASES) as [DealType, readonly PhraseRow[]][]) {
    for (const [phrase, weight, kind] of rows) trie.add(phrase, { kind: 'deal', type, weight, frame: kind ?? DEFAULT_KIND[type], phrase });
  }
  for (const [phrase, kind] of DEFAULT_CUES) trie.add(phrase, { kind, phrase });
  for (const [type, phrases] of Object.entries(overrides.extra ?? {}) as [DealType, readonly string[]][]) {
    for (const phrase of phrases) trie.add(phrase, { kind: 'deal', type, weight: w('extra-phrase'), frame: DEFAULT_KIND[type], phrase });
  }
  for (const phrase of overrides.exclude ?? []) trie.add(phrase, { kind: 'lookalike', phrase });
  return trie;
}

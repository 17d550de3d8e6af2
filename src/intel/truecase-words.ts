// Which headline words the tagger should see in lower case (pos.ts), and which
// sentences are worth tagging at all.

import { isCommonWord } from './common-words.js';
import type { PhraseHit } from './evidence-types.js';
import { lexiconWords } from './lexicon.js';
import type { Sentence } from './text.js';

// Headline verbs and nouns of business news that the common-word list lacks.
const HEADLINE_WORDS = new Set(
  `
  said says acquires acquired agrees approves announces beats boosts buys clinches closes completes cuts debuts denies ditches
  downgrades drops ends eyes files hikes inks jumps lands launches mulls names nears offloads opens plunges prices raises
  rallies rebuffs rejects reports rises scraps seals secures sells sinks slumps snaps soars spins surges taps tops trims
  tumbles unveils upgrades weighs wins withdraws consoles distribution upgrades downgrades stock stocks shares sale sales
  deal deals talks bid bids offer takeover buyout merger acquisition stake funding round series valuation ipo listing
  debut contract order partner partners partnership venture alliance pact licensing license
`
    .trim()
    .split(/\s+/),
);

let lexicon: Set<string> | undefined;
// Deal nouns and verbs: a headline name ends where one begins ("21st Century Fox | Acquisition").
const DEAL_WORDS = new Set(
  `
  acquisition acquisitions acquire acquires acquired acquirer takeover takeovers buyout buyouts merger mergers merge merges
  deal deals stake stakes offer offers bid bids bidder sale purchase divestiture spinoff ipo ipos listing debut
  partnership partnerships alliance collaboration venture jv agreement pact contract contracts order orders award
  funding financing round investment invests licensing license offtake talks tender
`
    .trim()
    .split(/\s+/),
);

/** dealWord: a deal noun or verb. */
export function dealWord(norm: string): boolean {
  return DEAL_WORDS.has(norm);
}

/** truecaseWord: a headline word the tagger should read as an ordinary word. */
export function truecaseWord(norm: string): boolean {
  lexicon ??= lexiconWords();
  return isCommonWord(norm) || HEADLINE_WORDS.has(norm) || lexicon.has(norm);
}

// Deal words whose reading turns on their part of speech: "to buy" / "a Buy", "chip orders slow" /
// "X orders jets", "deals with fallout" / "a deal with". Other deal words read the same either way.
const AMBIGUOUS = new Set(
  `
  buy buys bought buying sell sells sold selling partner partners license licenses raise raises raised orders ordered order
  wins win won awards award snaps picks selects taps lands landed secures secured closes closed gets got bags nabs leads lead
  backs backed deal deals offer offers bid bids sale sales round stake
`
    .trim()
    .split(/\s+/),
);

/**
 * shouldTag: only sentences with a deal phrase or a hard-negative cue are worth the tagger's time; in
 * sentence case, where capitals already tell names from words, only those whose deal word needs grammar.
 */
export function shouldTag(hits: readonly PhraseHit[], sentence?: Sentence): boolean {
  if (!sentence || sentence.shouty) return hits.some((h) => h.value.kind === 'deal' || h.value.kind.startsWith('neg:'));
  return hits.some(
    (h) => h.value.kind.startsWith('neg:') || (h.value.kind === 'deal' && sentence.tokens.slice(h.from, h.to).some((t) => AMBIGUOUS.has(t.norm))),
  );
}

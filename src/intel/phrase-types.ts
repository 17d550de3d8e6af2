// The shapes of the model's phrase tables: the kinds of deal frame a phrase opens
// (frames.ts reads them, roles.ts names their sides) and the rows of weights.ts, which
// holds the numbers themselves.

import type { DealType } from '../model/deal.js';

/**
 * How a deal phrase's sentence is read for roles (frames.ts, roles.ts):
 * acquire "X buys Y", sell "X sells Y to Z", acquired "Y acquired by X", nominal "X's acquisition of Y",
 * merge, invest "X invests in Y", raise "Y raises $N from X", lead "X leads a round in Y",
 * win "Y wins a contract from X", award "X awards Y a contract", order "X orders jets from Y",
 * supply "Y supplies X", pay "X pays Y $N for Z", back "X commits $N to Y's bid for Z" (X invests in Y), partner, jv, ipo.
 */
export type FrameKind =
  | 'acquire'
  | 'sell'
  | 'acquired'
  | 'nominal'
  | 'merge'
  | 'invest'
  | 'raise'
  | 'lead'
  | 'win'
  | 'award'
  | 'order'
  | 'supply'
  | 'pay'
  | 'back'
  | 'partner'
  | 'jv'
  | 'ipo';

/** The frame kind a deal type opens when its phrase row names none. */
export const DEFAULT_KIND: Readonly<Record<DealType, FrameKind>> = {
  acquisition: 'acquire',
  merger: 'merge',
  investment: 'invest',
  funding: 'raise',
  contract: 'win',
  partnership: 'partner',
  joint_venture: 'jv',
  ipo: 'ipo',
};

export type PhraseRow = readonly [phrase: string, weight: number, kind?: FrameKind];
export type PhraseWeights = Readonly<Record<DealType, readonly PhraseRow[]>>;

/**
 * A deal phrase with room for words inside, which the phrase trie cannot hold: "take the retailer
 * private", "a joint battery company", "puts $500 million into", "walks away from Anglo American".
 * `cue` is a cheap substring every match contains, tested first.
 */
export interface GappedPhrase {
  readonly cue: string;
  readonly pattern: RegExp;
  readonly type: DealType;
  readonly weight: number;
  readonly kind: FrameKind;
  /** The pattern says more than a lighter lexicon phrase inside it ("offers" in "offers $3 billion for X") and replaces it. */
  readonly replaces?: boolean;
}

/** A named feature of weights.ts: its weight and what it scores. */
export interface FeatureRow {
  readonly weight: number;
  readonly what: string;
}

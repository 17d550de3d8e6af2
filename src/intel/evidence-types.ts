// Types shared by the evidence, frames and negatives modules.

import type { DealType } from '../model/deal.js';
import type { CueKind } from './lexicon.js';
import type { PosTag } from './pos.js';
import type { Sentence } from './text.js';
import type { FrameKind } from './phrase-types.js';

export type LexValue =
  | { readonly kind: 'deal'; readonly type: DealType; readonly weight: number; readonly frame: FrameKind; readonly phrase: string }
  | { readonly kind: CueKind; readonly phrase: string };

export interface PhraseHit {
  readonly value: LexValue;
  readonly from: number;
  readonly to: number;
}

export interface DealHit {
  readonly type: DealType;
  readonly weight: number;
  readonly kind: FrameKind;
  readonly from: number;
  readonly to: number;
  readonly phrase: string;
  readonly text: string;
}

/** One sentence as the classifier sees it. */
export interface StorySentence {
  /** -1 for the title, else the index among body sentences. */
  readonly index: number;
  readonly sentence: Sentence;
  readonly hits: readonly PhraseHit[];
  readonly pos: readonly PosTag[] | undefined;
  readonly orgs: readonly OrgSpan[];
}

export interface Dropped {
  readonly text: string;
  readonly why: string;
}

export interface SentenceEvidence {
  readonly ss: StorySentence;
  /** Deal phrases that counted, with the type they counted for. */
  readonly deals: readonly DealHit[];
  /** Deal phrases the grammar or the object ruled out. */
  readonly dropped: readonly Dropped[];
  readonly byType: ReadonlyMap<DealType, number>;
  readonly total: number;
  readonly cues: ReadonlySet<CueKind>;
  readonly position: number;
}

export type OrgKind = 'org' | 'person';

export interface OrgSpan {
  readonly from: number;
  readonly to: number;
  readonly name: string;
  readonly watched: boolean;
  readonly kind: OrgKind;
  /** false: a Title Case run of ordinary words, an organisation only when a deal frame puts it in a slot. */
  readonly strong: boolean;
  /** Found on the list of known companies: its form of the name is the one to show. */
  readonly known?: boolean;
}

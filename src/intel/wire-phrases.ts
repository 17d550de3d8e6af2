// Acquisition phrases of wire copy, kept beside the main table (weights.ts spreads
// them into DEAL_PHRASES.acquisition): idioms in which one company takes another
// without a buying verb, and misspellings that wire copy lets through. Weights are
// set by hand, like every row of weights.ts.

import type { PhraseRow } from './phrase-types.js';

export const WIRE_ACQUISITION_PHRASES: readonly PhraseRow[] = [
  // "Bell would become a subsidiary of Regal": the subject is the one bought.
  ['become a subsidiary of', 3, 'acquired'],
  ['become a unit of', 3, 'acquired'],
  ['become a wholly owned subsidiary of', 3.5, 'acquired'],
  ['=became =a =subsidiary =of', 3, 'acquired'],
  // "assumed control of the company": weak (below 3), so it needs something a company owns as its object.
  ['take control of', 2.5],
  ['=took =control =of', 2.5],
  ['assume control of', 2.5],
  ['gain control of', 2.5],
  // "ACUIRES SUPERMAC", "SAVINGS ACUISITION": the word is meant, and read as written.
  ['aquire', 3],
  ['acuire', 3],
  ['aquisition', 3, 'nominal'],
  ['acuisition', 3, 'nominal'],
  ['acquisiton', 3, 'nominal'],
  ['acqusition', 3, 'nominal'],
  ['acquistion', 3, 'nominal'],
];

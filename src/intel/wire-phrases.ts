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
  // Headline verbs for buying a company ("Intel scoops up Mobileye", "Verizon gobbles up Yahoo", "Google picks up
  // Bebop"). Weak (below 3), like "buy": they count only with something a company owns as their object, so
  // "picks up steam" or "scoops up shares" is no deal.
  ['=scoops =up', 2.5],
  ['=scoop =up', 2.5],
  ['=scooped =up', 2.5],
  ['=snapped =up', 2.5],
  ['=snapping =up', 2.5],
  ['=gobbles =up', 2.5],
  ['=gobble =up', 2.5],
  ['=gobbled =up', 2.5],
  ['=swallows', 2],
  ['=picks =up', 2],
  ['=picked =up', 2],
];

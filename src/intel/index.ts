// Public surface of the deal-intelligence stage. Pure: no I/O, no clock.

export { createDealAnalyzer, type AnalyzerOptions, type DealAnalyzer } from './analyzer.js';
export { shouldAlert, type AlertPolicy } from './policy.js';
export type { LexiconOverrides } from './compile-lexicon.js';
export { DEFAULT_DEAL_PHRASES, DEFAULT_CUES } from './lexicon.js';
export { FEATURES, DEAL_PHRASES } from './weights.js';
export { formatExplanation, whyLine } from './explain.js';
export { parseAmounts, dealAmount } from './amount.js';
export { companyFromSecTitle, parseTicker, type SecCompany } from './sec.js';
export { isCommonWord } from './common-words.js';

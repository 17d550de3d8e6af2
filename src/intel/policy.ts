// Alert policy: which analyses deserve a message.

import type { DealAnalysis } from '../model/deal.js';

export interface AlertPolicy {
  /** Minimum classifier confidence for a deal alert. */
  readonly minScore: number;
  /** Also alert when a watched company is merely mentioned in a deal story. */
  readonly alertOnMention: boolean;
}

/**
 * shouldAlert: a deal in which a watched company is a party (any role but
 * "mentioned") with score >= minScore; or, with alertOnMention, any story
 * naming a watched company.
 */
export function shouldAlert(analysis: DealAnalysis, policy: AlertPolicy): boolean {
  const watched = analysis.companies.filter((c) => c.watched);
  if (analysis.deal && analysis.score >= policy.minScore && watched.some((c) => c.role !== 'mentioned')) return true;
  return policy.alertOnMention && watched.length > 0;
}

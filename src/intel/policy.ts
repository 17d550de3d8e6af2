// Alert policy: which analyses deserve a message.

import type { DealAnalysis } from '../model/deal.js';

export interface AlertPolicy {
  /** Minimum classifier confidence for a deal alert. */
  readonly minScore: number;
  /** Also alert when a watched company is merely mentioned in a deal story. */
  readonly alertOnMention: boolean;
  /** Alert on rumoured deals (talks, people familiar); default true. Denied deals never alert. */
  readonly alertOnRumored?: boolean;
}

/**
 * shouldAlert: a deal scored at least minScore in which a watched company is a party
 * (any role but "mentioned"); with alertOnMention, a watched company named anywhere in
 * such a deal story is enough. A story that is not a deal never alerts, nor one a party
 * denies; rumoured deals alert unless the policy says `alertOnRumored: false`.
 */
export function shouldAlert(analysis: DealAnalysis, policy: AlertPolicy): boolean {
  if (!analysis.deal || analysis.score < policy.minScore) return false;
  if (analysis.status === 'denied') return false;
  if (analysis.status === 'rumored' && policy.alertOnRumored === false) return false;
  const watched = analysis.companies.filter((c) => c.watched);
  return watched.some((c) => c.role !== 'mentioned') || (policy.alertOnMention && watched.length > 0);
}

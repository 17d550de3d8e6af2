// Which destinations get an alert for an analysed story. Pure.
import type { DealAnalysis } from '../model/deal.js';

export interface AlertPolicy {
  readonly minScore: number;
  readonly alertOnMention: boolean;
}

export interface RouteFilter {
  readonly name: string;
  readonly companies: readonly string[] | null;
  readonly types: readonly string[] | null;
  readonly minScore: number | null;
}

/** Watched companies the alert is about: parties, plus mentions when the policy allows them. */
export function alertCompanies(analysis: DealAnalysis, policy: AlertPolicy): string[] {
  return analysis.companies
    .filter((c) => c.watched && (c.role !== 'mentioned' || policy.alertOnMention))
    .map((c) => c.name);
}

/** The names of the destinations that should receive this story as an alert (empty: no alert). */
export function routeAlert(analysis: DealAnalysis, policy: AlertPolicy, destinations: readonly RouteFilter[]): string[] {
  if (!analysis.deal || analysis.score < policy.minScore) return [];
  const involved = alertCompanies(analysis, policy);
  if (involved.length === 0) return [];
  const lowered = new Set(involved.map((n) => n.toLowerCase()));
  return destinations
    .filter((d) => d.minScore === null || analysis.score >= d.minScore)
    .filter((d) => d.types === null || (analysis.type !== null && d.types.includes(analysis.type)))
    .filter((d) => d.companies === null || d.companies.some((c) => lowered.has(c.toLowerCase())))
    .map((d) => d.name);
}

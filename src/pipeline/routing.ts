// Which destinations get an alert for an analysed story. Pure.
import { shouldAlert, type AlertPolicy } from '../intel/policy.js';
import type { DealAnalysis } from '../model/deal.js';

export type { AlertPolicy } from '../intel/index.js';

export interface RouteFilter {
  readonly name: string;
  readonly companies: readonly string[] | null;
  readonly types: readonly string[] | null;
  readonly minScore: number | null;
  /** Further reports of a deal: in the alert's thread, or not at all (lifecycle steps still post). */
  readonly followUps: 'thread' | 'none';
  /** Alert on deals only rumoured so far (talks, people familiar). */
  readonly rumored: boolean;
}

/** The names of the destinations that should receive this story as an alert (empty: no alert). */
export function routeAlert(analysis: DealAnalysis, policy: AlertPolicy, destinations: readonly RouteFilter[]): string[] {
  if (!shouldAlert(analysis, policy)) return [];
  const involved = new Set(analysis.companies.filter((c) => c.watched && (c.role !== 'mentioned' || policy.alertOnMention)).map((c) => c.name.toLowerCase()));
  const status = analysis.status;
  return destinations
    .filter((d) => d.rumored || status !== 'rumored')
    .filter((d) => d.minScore === null || analysis.score >= d.minScore)
    .filter((d) => d.types === null || (analysis.type !== null && d.types.includes(analysis.type)))
    .filter((d) => d.companies === null || d.companies.some((c) => involved.has(c.toLowerCase())))
    .map((d) => d.name);
}

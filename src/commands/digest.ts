// A digest: one period's deals, grouped by type, the deals with most reports first. Pure;
// the command core and the scheduled digests both build it from a page of deals.
import { DEAL_TYPES, type DealType } from '../model/deal.js';
import type { DealRecord, Digest } from '../model/records.js';

/** A digest lists at most this many deals; the rest are counted. */
export const DIGEST_MAX = 100;

const DAY = 86_400_000;

/** The period `/deals digest day|week` covers, ending now. */
export function digestSince(period: 'day' | 'week', now: number): Date {
  return new Date(now - (period === 'day' ? DAY : 7 * DAY));
}

export function buildDigest(deals: readonly DealRecord[], since: Date, until: Date, more: boolean): Digest {
  const shown = deals.slice(0, DIGEST_MAX);
  const order = new Map<DealType | null, number>(DEAL_TYPES.map((t, i) => [t, i]));
  const byType = new Map<DealType | null, DealRecord[]>();
  for (const deal of shown) byType.set(deal.type, [...(byType.get(deal.type) ?? []), deal]);
  const groups = [...byType.entries()]
    .sort(([a], [b]) => (order.get(a) ?? DEAL_TYPES.length) - (order.get(b) ?? DEAL_TYPES.length))
    .map(([type, list]) => ({
      type,
      deals: [...list].sort((a, b) => b.reportCount - a.reportCount || b.lastReportAt.getTime() - a.lastReportAt.getTime() || b.id - a.id),
    }));
  return { since, until, groups, total: shown.length, more: more || deals.length > shown.length };
}

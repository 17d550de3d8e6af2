// The team's story fixtures (tests/unit/intel/fixtures/*.jsonl), in the modern dev set's shape:
// reading them, the watchlist of their names, and the share of parties given the right role.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompanyRole, DealAnalysis, DealStatus, DealType, WatchedCompany } from '../../../src/model/deal.js';
import { company } from './helpers.js';

export interface StoryRow {
  id: string;
  title: string;
  body: string;
  deal: boolean;
  type: DealType | null;
  status: DealStatus | null;
  parties: { name: string; role: CompanyRole }[];
  mentioned: string[];
  amount: { value: number; currency: string } | null;
}

/** readStories reads one fixture file, one story per line. */
export function readStories(file: string): StoryRow[] {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as StoryRow);
}

/** watchlistOf: every labelled party, and with `mentions` every labelled mention too. */
export function watchlistOf(rows: readonly StoryRow[], options: { mentions: boolean }): WatchedCompany[] {
  const names = rows.flatMap((r) => [...r.parties.map((p) => p.name), ...(options.mentions ? r.mentioned : [])]);
  return [...new Set(names)].map((n) => company(n));
}

/** roleRate: the share of the deal stories' labelled parties that got their labelled role. */
export function roleRate(rows: readonly StoryRow[], analyses: ReadonlyMap<string, DealAnalysis>): number {
  const parties = rows.filter((r) => r.deal).flatMap((r) => r.parties.map((p) => ({ p, a: analyses.get(r.id) })));
  return parties.filter(({ p, a }) => a?.companies.find((c) => c.name === p.name)?.role === p.role).length / parties.length;
}

// The team's story fixtures (tests/unit/intel/fixtures/*.jsonl), in the modern dev set's shape:
// reading them, the watchlist of their names, and the share of parties given the right role.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { shouldAlert } from '../../../src/intel/index.js';
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

/** A story's alert is right when it alerts exactly if it reports a live (not denied) deal, at score 0.5. */
export function alertRight(a: DealAnalysis | undefined, r: StoryRow): boolean {
  return a !== undefined && shouldAlert(a, { minScore: 0.5, alertOnMention: false }) === (r.deal && r.status !== 'denied');
}

/** The share of rows for which ok holds. */
export function rate(rows: readonly StoryRow[], ok: (r: StoryRow) => boolean): number {
  return rows.filter(ok).length / rows.length;
}

/** The fields a story fixture's test checks; a test's known misses leave some out for some stories. */
export type StoryField = 'alert' | 'type' | 'status' | 'roles' | 'amount' | 'mentions';

/**
 * expectStory: the story alerts exactly if it reports a live deal, a denied one reads as denied, a name only
 * mentioned takes no side (a denied deal's names are the sides of what is denied), and a deal's labelled fields.
 */
export function expectStory(a: DealAnalysis, r: StoryRow, checks: (field: StoryField) => boolean): void {
  if (checks('alert')) expect(shouldAlert(a, { minScore: 0.5, alertOnMention: false })).toBe(r.deal && r.status !== 'denied');
  if (r.status === 'denied') expect(a.status).toBe('denied');
  if (r.status !== 'denied' && checks('mentions'))
    for (const m of r.mentioned) expect(a.companies.find((c) => c.name === m)?.role ?? 'mentioned', m).toBe('mentioned');
  expectDealFields(a, r, checks);
}

/** setRates: the shares of a set's parties, types, statuses, amounts and alerts that came out right. */
export function setRates(rows: readonly StoryRow[], analyses: ReadonlyMap<string, DealAnalysis>) {
  const deals = rows.filter((r) => r.deal);
  return {
    roles: roleRate(rows, analyses),
    type: rate(deals, (r) => analyses.get(r.id)?.type === r.type),
    status: rate(deals, (r) => analyses.get(r.id)?.status === r.status),
    amounts: rate(deals, (r) => (analyses.get(r.id)?.amount?.value ?? null) === (r.amount?.value ?? null)),
    alerts: rate(rows, (r) => alertRight(analyses.get(r.id), r)),
  };
}

/** expectDealFields: a deal story's labelled type, status, party roles and amount, each one that `checks` keeps. */
export function expectDealFields(a: DealAnalysis, r: StoryRow, checks: (field: 'type' | 'status' | 'roles' | 'amount') => boolean): void {
  if (!r.deal) return;
  if (checks('type')) expect(a.type).toBe(r.type);
  if (checks('status')) expect(a.status).toBe(r.status);
  if (checks('roles')) for (const p of r.parties) expect(a.companies.find((c) => c.name === p.name)?.role, p.name).toBe(p.role);
  if (checks('amount')) {
    expect(a.amount?.value ?? null).toBe(r.amount?.value ?? null);
    if (r.amount) expect(a.amount?.currency).toBe(r.amount.currency);
  }
}

// The team's story fixtures (tests/unit/intel/fixtures/*.jsonl), in the modern dev set's shape:
// reading them, the watchlist of their names, and the share of parties given the right role.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, shouldAlert } from '../../../src/intel/index.js';
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

/** f1: the F1 score of `predicted` against `truth` over rows. */
export function f1<R>(rows: readonly R[], truth: (r: R) => boolean, predicted: (r: R) => boolean): number {
  const tp = rows.filter((r) => predicted(r) && truth(r)).length;
  const fp = rows.filter((r) => predicted(r) && !truth(r)).length;
  const fn = rows.filter((r) => !predicted(r) && truth(r)).length;
  return (2 * tp) / (2 * tp + fp + fn);
}

export interface StorySet {
  /** The suite's name. */
  readonly title: string;
  readonly file: string;
  /** Per story, the fields its per-story check leaves out (the aggregate checks still count them). */
  readonly knownMisses: Readonly<Record<string, readonly StoryField[]>>;
  /** The whole set's test: its name and the floors of its rates. */
  readonly rates: { readonly title: string; readonly floors: Readonly<Partial<Record<keyof ReturnType<typeof setRates>, number>>> };
}

/**
 * describeStorySet: a team-written set as one suite, analysed with a watchlist of every labelled party and
 * mention: each story checked with expectStory, and the set's rates against their floors.
 */
export function describeStorySet(set: StorySet): void {
  const rows = readStories(set.file);
  const analyzer = createDealAnalyzer({ watchlist: watchlistOf(rows, { mentions: true }) });
  const checks = (id: string, f: StoryField): boolean => !(set.knownMisses[id] ?? []).includes(f);
  const analyses = new Map(rows.map((r) => [r.id, analyzer.analyze({ title: r.title, body: r.body })]));

  describe(set.title, () => {
    it.each(rows.map((r) => [`${r.id} ${r.title}`, r] as const))('%s', (_label, r) => {
      const a = analyses.get(r.id);
      if (!a) throw new Error(`no analysis for ${r.id}`);
      expectStory(a, r, (field) => checks(r.id, field));
    });

    it(set.rates.title, () => {
      const rates = setRates(rows, analyses);
      for (const [name, floor] of Object.entries(set.rates.floors)) expect(rates[name as keyof typeof rates], name).toBeGreaterThanOrEqual(floor);
    });
  });
}

// A fourth set of team-written stories (fixtures/team-stories-4.jsonl), written before the analyzer
// code was read, aimed at party roles in the frames modern wire copy uses: divestitures with a seller
// ("sells its unit to", "buys X's business", "agrees to offload"), rounds with several investors ("led
// by A, with participation from B and C", "backed by", "from investors including"), consortium and
// private-equity buyouts, stakes bought and sold, contracts and awards between agencies and suppliers,
// three-party ventures, IPOs, mergers, passive leads ("is being acquired by"), parties first named in
// the second sentence, tickers and short forms; with every status, and non-deals that use deal words.
// The watchlist holds every labelled party and every labelled mention.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, shouldAlert } from '../../../src/intel/index.js';
import { alertRight, expectDealFields, rate, readStories, roleRate, watchlistOf } from './story-fixtures.js';

const rows = readStories('team-stories-4.jsonl');
const analyzer = createDealAnalyzer({ watchlist: watchlistOf(rows, { mentions: true }) });

type Field = 'alert' | 'type' | 'status' | 'roles' | 'amount' | 'mentions';
// Known misses, kept with their honest labels: each is left out of the per-story check for the fields
// listed only, and counted in the aggregate checks below.
// w057: the parent listing its unit ("Brenner Group ... plans to list its medical devices unit, Cassia Medical") is
//   labelled mentioned, as the dev set labels an IPO's parent; party-roles.test.ts keeps the parent a party.
const KNOWN_MISSES: Readonly<Record<string, readonly Field[]>> = {
  w057: ['mentions'],
};
const checks = (id: string, f: Field): boolean => !(KNOWN_MISSES[id] ?? []).includes(f);

const analyses = new Map(rows.map((r) => [r.id, analyzer.analyze({ title: r.title, body: r.body })]));

describe('team-written stories, fourth set (party roles)', () => {
  it.each(rows.map((r) => [`${r.id} ${r.title}`, r] as const))('%s', (_label, r) => {
    const a = analyses.get(r.id);
    if (!a) throw new Error(`no analysis for ${r.id}`);
    const live = r.deal && r.status !== 'denied';
    if (checks(r.id, 'alert')) expect(shouldAlert(a, { minScore: 0.5, alertOnMention: false })).toBe(live);
    if (r.status === 'denied') expect(a.status).toBe('denied');
    // A name only mentioned never takes a side (a denied deal's names are the sides of what is denied).
    if (r.status !== 'denied' && checks(r.id, 'mentions'))
      for (const m of r.mentioned) expect(a.companies.find((c) => c.name === m)?.role ?? 'mentioned', m).toBe('mentioned');
    expectDealFields(a, r, (field) => checks(r.id, field));
  });

  it('gets the roles, types, statuses, amounts and alerts of the whole set right at the rates reached', () => {
    const deals = rows.filter((r) => r.deal);
    const roles = roleRate(rows, analyses);
    const type = rate(deals, (r) => analyses.get(r.id)?.type === r.type);
    const status = rate(deals, (r) => analyses.get(r.id)?.status === r.status);
    const amounts = rate(deals, (r) => (analyses.get(r.id)?.amount?.value ?? null) === (r.amount?.value ?? null));
    const alerts = rate(rows, (r) => alertRight(analyses.get(r.id), r));
    // Reached: roles 179/179, types 73/73, statuses 73/73, amounts 73/73, alerts 88/88.
    expect(roles).toBeGreaterThanOrEqual(0.99);
    expect(type).toBeGreaterThanOrEqual(0.98);
    expect(status).toBeGreaterThanOrEqual(0.98);
    expect(amounts).toBeGreaterThanOrEqual(0.98);
    expect(alerts).toBeGreaterThanOrEqual(0.98);
  });
});

// Stories the team wrote in the styles of the modern dev set (fixtures/team-stories.jsonl):
// each one's deal, type, status, roles and amount, with a watchlist of every party.

import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, shouldAlert } from '../../../src/intel/index.js';
import { readStories, watchlistOf } from './story-fixtures.js';

const rows = readStories('team-stories.jsonl');
const analyzer = createDealAnalyzer({ watchlist: watchlistOf(rows, { mentions: false }) });

describe('team-written stories', () => {
  it.each(rows.map((r) => [`${r.id} ${r.title}`, r] as const))('%s', (_label, r) => {
    const a = analyzer.analyze({ title: r.title, body: r.body });
    const live = r.deal && r.status !== 'denied';
    expect(shouldAlert(a, { minScore: 0.5, alertOnMention: false })).toBe(live);
    if (r.status === 'denied') expect(a.status).toBe('denied');
    if (!r.deal) return;
    expect(a.type).toBe(r.type);
    expect(a.status).toBe(r.status);
    for (const p of r.parties) expect(a.companies.find((c) => c.name === p.name)?.role, p.name).toBe(p.role);
    expect(a.amount?.value ?? null).toBe(r.amount?.value ?? null);
    if (r.amount) expect(a.amount?.currency).toBe(r.amount.currency);
  });
});

// Stories the team wrote in the styles of the modern dev set (fixtures/team-stories.jsonl):
// each one's deal, type, status, roles and amount, with a watchlist of every party.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDealAnalyzer, shouldAlert } from '../../../src/intel/index.js';
import type { CompanyRole, DealStatus, DealType } from '../../../src/model/deal.js';
import { company } from './helpers.js';

interface Row {
  id: string;
  title: string;
  body: string;
  deal: boolean;
  type: DealType | null;
  status: DealStatus | null;
  parties: { name: string; role: CompanyRole }[];
  amount: { value: number; currency: string } | null;
}

const rows = readFileSync(fileURLToPath(new URL('./fixtures/team-stories.jsonl', import.meta.url)), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);
const analyzer = createDealAnalyzer({ watchlist: [...new Set(rows.flatMap((r) => r.parties.map((p) => p.name)))].map((n) => company(n)) });

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

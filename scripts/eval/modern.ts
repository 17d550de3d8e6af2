// Evaluation on the modern dev set: alerts with a watchlist of every labelled
// party, roles, amounts, status and type, with breakdowns by deal type and by
// source style. The grouping score on `cluster` labels can be added beside these.

import { createDealAnalyzer, shouldAlert } from '../../src/intel/index.js';
import type { DealAnalysis, WatchedCompany } from '../../src/model/deal.js';
import type { ModernRow } from './dataset.js';
import { add, emptyCounts, emptyRatio, tally, type Counts, type Ratio } from './metrics.js';
import { bestMatch } from './names.js';
import { partOf, type Part } from './split.js';

export interface ModernOptions {
  /** Which part of the split to score. */
  readonly part: Part | 'all';
  /** Score the headline alone (empty body): a proxy for headline-only feeds. */
  readonly headline: boolean;
  /** Watch every labelled party ("parties"), or also every labelled mention ("all"). */
  readonly watch: 'parties' | 'all';
}

export interface ModernReport {
  stories: number;
  readonly alert: Counts;
  readonly deal: Counts;
  readonly roles: Ratio;
  readonly partiesFound: Ratio;
  readonly mentionsFound: Ratio;
  spuriousParties: number;
  readonly amounts: Ratio;
  readonly status: Ratio;
  readonly types: Ratio;
  readonly byType: Map<string, { alert: Counts; roles: Ratio; amounts: Ratio; status: Ratio }>;
  readonly byStyle: Map<string, { alert: Counts; deal: Counts; roles: Ratio }>;
  readonly errors: string[];
}

/** goldAlert: a live deal (any status but denied) alerts the watchers of its parties. */
export function goldAlert(row: ModernRow): boolean {
  return row.deal && row.status !== 'denied' && row.parties.length > 0;
}

/** watchlistFor builds one watchlist from the labels of the whole file (a product setting, not a fitted one). */
export function watchlistFor(rows: readonly ModernRow[], watch: ModernOptions['watch']): WatchedCompany[] {
  const names = new Map<string, string>();
  for (const r of rows) {
    for (const p of r.parties) names.set(p.name.toLowerCase(), p.name);
    if (watch === 'all') for (const m of r.mentioned) names.set(m.toLowerCase(), m);
  }
  return [...names.values()].map((name) => ({ name, aliases: [], tickers: [], match: 'auto' as const }));
}

function amountRight(row: ModernRow, a: DealAnalysis): boolean {
  const gold = row.amount?.value ?? null;
  const got = a.amount?.value ?? null;
  if (gold === null) return got === null;
  if (got === null) return false;
  return Math.abs(got - gold) <= Math.abs(gold) * 0.01 && a.amount?.currency === row.amount?.currency;
}

const bucket = <K, V>(m: Map<K, V>, k: K, make: () => V): V => {
  let v = m.get(k);
  if (!v) {
    v = make();
    m.set(k, v);
  }
  return v;
};

/** evaluateModern scores the analyzer on one part of the modern dev set. */
export function evaluateModern(rows: readonly ModernRow[], options: ModernOptions): ModernReport {
  const analyzer = createDealAnalyzer({ watchlist: watchlistFor(rows, options.watch) });
  const report: ModernReport = {
    stories: 0,
    alert: emptyCounts(),
    deal: emptyCounts(),
    roles: emptyRatio(),
    partiesFound: emptyRatio(),
    mentionsFound: emptyRatio(),
    spuriousParties: 0,
    amounts: emptyRatio(),
    status: emptyRatio(),
    types: emptyRatio(),
    byType: new Map(),
    byStyle: new Map(),
    errors: [],
  };
  for (const row of rows) {
    if (options.part !== 'all' && partOf(row) !== options.part) continue;
    report.stories += 1;
    const a = analyzer.analyze({ title: row.title, body: options.headline ? '' : row.body });
    const alerted = shouldAlert(a, { minScore: 0.5, alertOnMention: false });
    const liveDeal = a.deal && a.status !== 'denied';
    const style = bucket(report.byStyle, row.source_style, () => ({ alert: emptyCounts(), deal: emptyCounts(), roles: emptyRatio() }));
    add(report.alert, alerted, goldAlert(row));
    add(style.alert, alerted, goldAlert(row));
    add(report.deal, liveDeal, row.deal);
    add(style.deal, liveDeal, row.deal);
    const problems: string[] = [];
    if (alerted !== goldAlert(row)) problems.push(alerted ? 'FALSE ALERT' : 'MISSED ALERT');
    if (row.status !== null) {
      tally(report.status, a.status === row.status);
      if (a.status !== row.status) problems.push(`status ${a.status ?? '-'} (gold ${row.status})`);
    }
    if (row.deal) {
      const t = bucket(report.byType, row.type ?? '-', () => ({ alert: emptyCounts(), roles: emptyRatio(), amounts: emptyRatio(), status: emptyRatio() }));
      add(t.alert, alerted, goldAlert(row));
      tally(t.status, a.status === row.status);
      tally(report.types, a.type === row.type);
      if (a.deal && a.type !== row.type) problems.push(`type ${a.type ?? '-'} (gold ${row.type ?? '-'})`);
      const okAmount = amountRight(row, a);
      tally(report.amounts, okAmount);
      tally(t.amounts, okAmount);
      if (!okAmount)
        problems.push(`amount ${a.amount?.value ?? 'null'} ${a.amount?.currency ?? ''} (gold ${row.amount?.value ?? 'null'} ${row.amount?.currency ?? ''})`);
      for (const p of row.parties) {
        const got = bestMatch(p.name, a.companies);
        tally(report.partiesFound, got !== undefined);
        tally(report.roles, got?.role === p.role);
        tally(t.roles, got?.role === p.role);
        tally(style.roles, got?.role === p.role);
        if (got?.role !== p.role) problems.push(`${p.name}: ${got ? `${got.role} as "${got.name}"` : 'missing'} (gold ${p.role})`);
      }
      for (const c of a.companies) {
        if (c.role !== 'mentioned' && !row.parties.some((p) => bestMatch(p.name, [c]))) {
          report.spuriousParties += 1;
          problems.push(`extra party ${c.name} as ${c.role}`);
        }
      }
    }
    for (const m of row.mentioned) tally(report.mentionsFound, bestMatch(m, a.companies) !== undefined);
    if (problems.length > 0) {
      report.errors.push(
        `${row.id} [${row.source_style}; gold ${row.deal ? `${row.type}/${row.status}` : 'no deal'}; got ${a.deal ? `${a.type}/${a.status} ${a.score}` : `no deal ${a.score}`}] ${row.title}\n    ${problems.join('; ')}\n    companies: ${a.companies.map((c) => `${c.name}=${c.role}`).join(', ')}`,
      );
    }
  }
  return report;
}

// Evaluation on Reuters-21578 (M&A): predicted M&A = deal && type in
// {acquisition, merger, investment}, against `is_acq`, with an empty watchlist
// (whether a story is a deal must not depend on who is watched). Research use only:
// it tunes and measures; nothing fitted on it ships.

import { createDealAnalyzer } from '../../src/intel/index.js';
import type { ReutersRow } from './dataset.js';
import { add, emptyCounts, prfLine, type Counts } from './metrics.js';
import { reutersPart } from './split.js';

const MA_TYPES = new Set(['acquisition', 'merger', 'investment']);

export interface ReutersReport {
  readonly all: Counts;
  readonly dev: Counts;
  readonly holdout: Counts;
  readonly ms: number;
  readonly errors: string[];
}

export function evaluateReuters(rows: readonly ReutersRow[], maxErrors: number): ReutersReport {
  const analyzer = createDealAnalyzer({ watchlist: [] });
  const report: ReutersReport = { all: emptyCounts(), dev: emptyCounts(), holdout: emptyCounts(), ms: 0, errors: [] };
  const started = performance.now();
  for (const row of rows) {
    const a = analyzer.analyze({ title: row.title ?? '', body: row.body ?? '' });
    const predicted = a.deal && a.type !== null && MA_TYPES.has(a.type);
    const part = reutersPart(row.id);
    add(report.all, predicted, row.is_acq);
    add(report[part], predicted, row.is_acq);
    // Errors are only ever shown from the dev part; holdout is scored, never read.
    if (predicted !== row.is_acq && part === 'dev' && report.errors.length < maxErrors) {
      report.errors.push(`${predicted ? 'FP' : 'FN'} ${row.id} [${a.type ?? '-'} ${a.status ?? '-'} ${a.score}] ${row.title}`);
    }
  }
  return { ...report, ms: performance.now() - started };
}

export function printReuters(r: ReutersReport, stories: number): void {
  console.log(`Reuters M&A = deal && type in {acquisition, merger, investment}; empty watchlist; ${stories} stories in ${r.ms.toFixed(0)} ms`);
  console.log(prfLine('all', r.all));
  console.log(prfLine('dev (70%)', r.dev));
  console.log(prfLine('holdout', r.holdout));
  for (const e of r.errors) console.log(e);
}

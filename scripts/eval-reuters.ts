// Evaluates the deal classifier on Reuters-21578 style JSON Lines
// ({id, title, body, topics[], is_acq, date}). Predicted M&A is
// deal && type in {acquisition, merger, investment}. The watchlist is empty on
// purpose: whether a story is a deal must not depend on who is watched.
//
// Usage: npm run eval -- <file.jsonl> [--errors N]
// Prints the full-file figures and a fixed 70/30 split by story id (dev = the
// part looked at while hand-tuning the lexicon, holdout = the part kept aside).

import { existsSync, readFileSync } from 'node:fs';
import { createDealAnalyzer } from '../src/intel/index.js';

interface ReutersRow {
  readonly id: number;
  readonly title: string;
  readonly body: string;
  readonly is_acq: boolean;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const MA_TYPES = new Set(['acquisition', 'merger', 'investment']);

/** splitOf gives a stable pseudo-random 70/30 split from the story id (Knuth multiplicative hash). */
function splitOf(id: number): 'dev' | 'holdout' {
  return (Math.imul(id, 2654435761) >>> 0) % 100 < 70 ? 'dev' : 'holdout';
}

function line(label: string, c: Counts): string {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const n = c.tp + c.fp + c.fn + c.tn;
  return `${label.padEnd(8)} n=${String(n).padStart(5)}  precision=${p.toFixed(3)}  recall=${r.toFixed(3)}  F1=${f1.toFixed(3)}  TP=${c.tp} FP=${c.fp} FN=${c.fn} TN=${c.tn}`;
}

function main(argv: readonly string[]): number {
  const file = argv.find((a) => !a.startsWith('--'));
  const errorsAt = argv.indexOf('--errors');
  const showErrors = errorsAt >= 0 ? Number(argv[errorsAt + 1] ?? 20) : 0;
  if (!file) {
    console.error('usage: npm run eval -- <reuters.jsonl> [--errors N]');
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`eval: ${file} not found (the Reuters file lives at ../shared/eval/reuters-modapte-train.jsonl)`);
    return 2;
  }
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as ReutersRow);
  const analyzer = createDealAnalyzer({ watchlist: [] });
  const counts: Record<'all' | 'dev' | 'holdout', Counts> = {
    all: { tp: 0, fp: 0, fn: 0, tn: 0 },
    dev: { tp: 0, fp: 0, fn: 0, tn: 0 },
    holdout: { tp: 0, fp: 0, fn: 0, tn: 0 },
  };
  const errors: string[] = [];
  const started = process.hrtime.bigint();
  for (const row of rows) {
    const a = analyzer.analyze({ title: row.title ?? '', body: row.body ?? '' });
    const predicted = a.deal && a.type !== null && MA_TYPES.has(a.type);
    const key: keyof Counts = predicted ? (row.is_acq ? 'tp' : 'fp') : row.is_acq ? 'fn' : 'tn';
    counts.all[key] += 1;
    counts[splitOf(row.id)][key] += 1;
    if ((key === 'fp' || key === 'fn') && errors.length < showErrors) {
      errors.push(`${key.toUpperCase()} ${row.id} [${a.type ?? '-'} ${a.score}] ${row.title}`);
    }
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  console.log(`M&A = deal && type in {acquisition, merger, investment}; empty watchlist; ${rows.length} stories in ${ms.toFixed(0)} ms`);
  console.log(line('all', counts.all));
  console.log(line('dev', counts.dev));
  console.log(line('holdout', counts.holdout));
  for (const e of errors) console.log(e);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

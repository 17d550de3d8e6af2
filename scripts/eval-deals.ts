// `npm run eval -- <file.jsonl> [options]`: scores the deal-intelligence stage on
// either evaluation file; the file's shape says which (see scripts/eval/dataset.ts).
//
// Reuters-21578 (research only): M&A F1 on the whole file and its 70/30 dev/holdout split.
// Modern dev set: alerts (watchlist of every labelled party), roles, amounts, status and
// type, per deal type and per source style, on a fixed 80/20 train/test split by cluster;
// and deal grouping (which stories report the same deal) on the cluster labels.
//
// Options:
//   --part train|test|all   modern set: which part to score (default: train and test)
//   --headline              modern set: also score headlines alone (title without body)
//   --watch all             modern set: watch labelled mentions too, not only parties
//   --errors N              list up to N errors (Reuters: dev part only; modern: train unless --part says otherwise)

import { existsSync } from 'node:fs';
import { readDataset } from './eval/dataset.js';
import { evaluateModern } from './eval/modern.js';
import { printModern } from './eval/print-modern.js';
import { evaluateReuters, printReuters } from './eval/reuters.js';
import { groupRows, printGrouping, scoreGrouping } from './eval/grouping.js';
import type { Part } from './eval/split.js';

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: readonly string[]): number {
  const file = argv.find((a, i) => !a.startsWith('--') && !['--part', '--errors', '--watch'].includes(argv[i - 1] ?? ''));
  if (!file) {
    console.error('usage: npm run eval -- <file.jsonl> [--part train|test|all] [--headline] [--watch all] [--errors N]');
    return 2;
  }
  if (!existsSync(file)) {
    console.error(`eval: ${file} not found (the evaluation files live in ../shared/eval/)`);
    return 2;
  }
  const maxErrors = Number(option(argv, '--errors') ?? 0);
  const data = readDataset(file);
  if (data.format === 'reuters') {
    printReuters(evaluateReuters(data.rows, maxErrors), data.rows.length);
    return 0;
  }
  const partArg = option(argv, '--part');
  const parts: (Part | 'all')[] = partArg === 'train' || partArg === 'test' || partArg === 'all' ? [partArg] : ['train', 'test'];
  const watch = option(argv, '--watch') === 'all' ? 'all' : 'parties';
  console.log(
    `Modern dev set, ${data.rows.length} stories; watchlist: every labelled ${watch === 'all' ? 'party and mention' : 'party'}; alert = shouldAlert(min score 0.5); gold alert = deal and not denied`,
  );
  for (const part of parts) {
    // Errors come from train unless a part was asked for explicitly: test is for reporting.
    const errors = partArg !== undefined || part === 'train' ? maxErrors : 0;
    printModern(`${part}, full stories`, evaluateModern(data.rows, { part, headline: false, watch }), errors);
    if (argv.includes('--headline')) printModern(`${part}, headlines only`, evaluateModern(data.rows, { part, headline: true, watch }), errors);
  }
  // Which stories report the same deal: scored on the cluster labels, per part.
  const grouped = groupRows(data.rows, false);
  for (const part of parts) printGrouping(part, scoreGrouping(grouped, part), partArg !== undefined || part === 'train' ? maxErrors : 0);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

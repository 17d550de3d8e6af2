// `npx tsx scripts/grouping-eval.ts <modern-deals-dev.jsonl> [--gold] [--part train|test|all] [--errors N]`:
// deal grouping alone (npm run eval prints it too). --gold groups on the labelled type,
// status, parties and amount instead of the analyzer's, to tell grouping errors from analysis errors.
import { readDataset } from './eval/dataset.js';
import { groupRows, printGrouping, scoreGrouping } from './eval/grouping.js';
import type { Part } from './eval/split.js';

const argv = process.argv.slice(2);
const option = (name: string) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const file = argv.find((a, i) => !a.startsWith('--') && !['--part', '--errors'].includes(argv[i - 1] ?? ''));
const data = file ? readDataset(file) : null;
if (!data || data.format !== 'modern') {
  console.error('usage: npx tsx scripts/grouping-eval.ts <modern-deals-dev.jsonl> [--gold] [--part train|test|all] [--errors N]');
  process.exitCode = 2;
} else {
  const gold = argv.includes('--gold');
  const grouped = groupRows(data.rows, gold);
  const part = option('--part');
  const parts: (Part | 'all')[] = part === 'train' || part === 'test' || part === 'all' ? [part] : ['train', 'test'];
  for (const p of parts) printGrouping(`${p}${gold ? ', labelled facts' : ''}`, scoreGrouping(grouped, p), Number(option('--errors') ?? 0));
}

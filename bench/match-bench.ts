// Benchmark: stories per second for classify + watchlist match (DealAnalyzer.analyze)
// on ~2 KB stories with 10, 1,000 and 10,000 SEC company names, side by side with a
// naive baseline that runs one regex per name (plus the same classifier).
// Writes the figures and the machine into BENCHMARKS.md between the bench:match markers.
// It measures the compiled build, the code `npm start` runs: `npm run bench:match` builds first.
//
// Usage: npm run bench:match  (needs ../shared/companies/sec-company-tickers.json)

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WatchedCompany } from '../src/model/deal.js';
import type * as Intel from '../src/intel/index.js';
import type { SecCompany } from '../src/intel/index.js';
import { importBuilt, machineDescription, seededRandom, writeBenchmarkSection } from './bench-report.js';

const SEC_PATH = fileURLToPath(new URL('../../shared/companies/sec-company-tickers.json', import.meta.url));
const SIZES = [10, 1_000, 10_000] as const;

const rng = seededRandom;

const FILLER = [
  'Analysts said the move reflects a broader push into cloud infrastructure and artificial intelligence.',
  'The company did not comment on the report, and its shares were little changed in early trading.',
  'Demand for computing power has grown sharply over the past year as customers train larger models.',
  'Regulators in Europe and the United States have stepped up scrutiny of large technology deals.',
  'The firm reported quarterly revenue of $2.1 billion, up 12 percent from a year earlier.',
  'Executives said the new target for margins would be reached by the end of next year.',
  'The gap between the leaders and the rest of the market has narrowed in recent months.',
  'Investors will be watching the next earnings call closely for any sign of slowing growth.',
];
const DEAL = [
  (a: string, b: string) => `${a} agreed to acquire ${b} for $1.4 billion in cash, the companies said on Monday.`,
  (a: string, b: string) => `${a} signed a multi-year partnership with ${b} to supply data center capacity.`,
  (a: string, b: string) => `${a} leads a $40 million Series B round in ${b}, according to a statement.`,
  (a: string, b: string) => `${a} and ${b} said they would merge in an all-stock deal valued at about $3 billion.`,
];

function makeStories(names: readonly string[], count: number): { title: string; body: string }[] {
  const rand = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const stories: { title: string; body: string }[] = [];
  for (let i = 0; i < count; i += 1) {
    const a = pick(names);
    const b = pick(names);
    const deal = pick(DEAL)(a, b);
    const parts = [deal];
    while (parts.join(' ').length < 2000) parts.push(pick(FILLER));
    stories.push({ title: deal.replace(/,.*$/, ''), body: parts.join(' ').slice(0, 2048) });
  }
  return stories;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** naiveMatcher is the baseline: one case-insensitive word-bounded regex per name, tried in turn. */
function naiveMatcher(watchlist: readonly WatchedCompany[]): (text: string) => string[] {
  const res = watchlist.map((c) => ({ name: c.name, re: new RegExp(`\\b${escapeRegex(c.name)}\\b`, 'i') }));
  return (text) => res.filter((r) => r.re.test(text)).map((r) => r.name);
}

/**
 * rate runs fn over stories and returns stories per second: the best of three timed
 * rounds after a warm-up, so a burst of load from other processes on a shared machine
 * does not decide the figure.
 */
function rate(
  stories: readonly { title: string; body: string }[],
  fn: (s: { title: string; body: string }) => unknown,
  ms: number,
  maxStories = Infinity,
): number {
  // Warm up so the JIT has optimised the hot path before the clock starts.
  const warmUntil = performance.now() + Math.min(1000, ms / 3);
  for (let i = 0; i < Math.min(stories.length, maxStories) && performance.now() < warmUntil; i += 1) fn(stories[i] as { title: string; body: string });
  let best = 0;
  let n = 0;
  for (let round = 0; round < 3; round += 1) {
    let done = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < ms / 3 && done < maxStories / 3) {
      fn(stories[n % stories.length] as { title: string; body: string });
      n += 1;
      done += 1;
      if (done % 16 === 0 || done >= maxStories / 3) elapsed = performance.now() - start;
    }
    elapsed = performance.now() - start;
    best = Math.max(best, (done / elapsed) * 1000);
  }
  return best;
}

async function main(): Promise<number> {
  if (!existsSync(SEC_PATH)) {
    console.error(`bench:match: ${SEC_PATH} is missing; it ships in ../shared (companies/sec-company-tickers.json). Nothing measured.`);
    return 1;
  }
  // The analyzer as built by `npm run build`, the code `npm start` runs.
  const { companyFromSecTitle, createDealAnalyzer } = await importBuilt<typeof Intel>('intel/index');
  const sec = Object.values(JSON.parse(readFileSync(SEC_PATH, 'utf8')) as Record<string, SecCompany>);
  // One watchlist entry per SEC row (share classes repeat a name with another ticker).
  const unique = sec.map(companyFromSecTitle);
  const distinct = new Set(unique.slice(0, 10_000).map((c) => c.name.toLowerCase())).size;
  const stories = makeStories(
    unique.slice(0, 10).map((c) => c.name),
    500,
  );
  const avgBytes = stories.reduce((s, x) => s + Buffer.byteLength(x.title + x.body), 0) / stories.length;

  const rows: { size: number; ours: number; naive: number }[] = [];
  for (const size of SIZES) {
    const watchlist = unique.slice(0, size);
    const analyzer = createDealAnalyzer({ watchlist });
    const plain = createDealAnalyzer({ watchlist: [] });
    const naive = naiveMatcher(watchlist);
    const ours = rate(stories, (s) => analyzer.analyze(s), 3000);
    // Baseline does the same classification work, but finds names with one regex per name.
    const naiveRate = rate(
      stories,
      (s) => {
        plain.analyze(s);
        return naive(`${s.title}\n${s.body}`);
      },
      3000,
      size >= 10_000 ? 300 : Infinity,
    );
    rows.push({ size: watchlist.length, ours, naive: naiveRate });
    console.log(`${String(watchlist.length).padStart(6)} names: ${ours.toFixed(0)} stories/s (trie)  vs  ${naiveRate.toFixed(0)} stories/s (regex per name)`);
  }
  // The same analyzer from the TypeScript sources through tsx's loader (as `npm run dealwatch` runs it), for
  // comparison only: the target is the build's, the code `npm start` runs.
  const source = (await import('../src/intel/index.js')) as typeof Intel;
  const sourceAnalyzer = source.createDealAnalyzer({ watchlist: unique.slice(0, 10_000) });
  const sourceRate = rate(stories, (s) => sourceAnalyzer.analyze(s), 3000);
  console.log(`through tsx: ${sourceRate.toFixed(0)} stories/s at 10,000 names`);
  const first = rows[0] as { ours: number };
  const last = rows[rows.length - 1] as { size: number; ours: number; naive: number };
  const slowdown = first.ours / last.ours;
  const speedup = last.ours / last.naive;
  const machine = machineDescription();
  const date = new Date().toISOString().slice(0, 10);
  const verdict = (ok: boolean): string => (ok ? 'met' : '**missed**');
  const table = [
    `### Watchlist matching + deal classification (\`npm run bench:match\`)`,
    '',
    `Measured ${date} on ${machine}.`,
    `Stories: 500 synthetic ~${Math.round(avgBytes)}-byte news stories (deal sentence + filler, seeded), analysed with \`DealAnalyzer.analyze\` (tokenise, classify, match, roles, amount, summary); each figure is the best of three ~1 s rounds after a warm-up.`,
    `Baseline: the same classifier plus one case-insensitive \`\\b…\\b\` regex per watched name.`,
    `Watchlists are the first N entries of the SEC file, one entry per row (${distinct.toLocaleString('en-US')} distinct names among the first 10,000).`,
    '',
    '| watchlist names | trie analyzer (stories/s) | regex-per-name baseline (stories/s) | speed-up |',
    '|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.size.toLocaleString('en-US')} | ${r.ours.toFixed(0)} | ${r.naive.toFixed(0)} | ${(r.ours / r.naive).toFixed(1)}× |`),
    '',
    `The same analyzer from the TypeScript sources through tsx's loader (as \`npm run dealwatch\` runs it), at 10,000 names: ${sourceRate.toFixed(0)} stories/s.`,
    '',
    `Targets: ≥ 5,000 stories/s at 10,000 names: ${last.ours.toFixed(0)} (${verdict(last.ours >= 5000)}); ` +
      `time at 10,000 ≤ 1.5× time at 10: ${slowdown.toFixed(2)}× (${verdict(slowdown <= 1.5)}); ` +
      `≥ 20× faster than baseline at 10,000: ${speedup.toFixed(1)}× (${verdict(speedup >= 20)}).`,
  ].join('\n');
  console.log(`\n${table}`);
  writeBenchmarkSection('match', table);
  return 0;
}

process.exitCode = await main();

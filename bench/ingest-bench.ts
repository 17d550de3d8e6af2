// npm run bench:ingest — items per second for parse → normalize → dedupe → store over the
// shared feed corpus repeated to at least 50,000 items, beside rss-parser's own parse rate
// on the same documents, and peak RSS. Writes the figures to BENCHMARKS.md.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import Parser from 'rss-parser';
import { pino } from 'pino';
import type * as FetchModule from '../src/fetch/index.js';
import type { FeedFetcher } from '../src/fetch/index.js';
import type { DealAnalyzer } from '../src/intel/index.js';
import type { FeedRecord } from '../src/model/records.js';
import type * as ParseModule from '../src/parse/index.js';
import type * as XmlTreeModule from '../src/parse/xml-tree.js';
import type * as ProcessFeedModule from '../src/pipeline/process-feed.js';
import type * as StoreModule from '../src/storage/store.js';
import { importBuilt, machineDescription, writeBenchmarkSection } from './bench-report.js';

// The pipeline as built by `npm run build`, the code `npm start` runs.
const { DEFAULT_MAX_BODY_BYTES } = await importBuilt<typeof FetchModule>('fetch/index');
const { parseFeed } = await importBuilt<typeof ParseModule>('parse/index');
const { readXmlTree } = await importBuilt<typeof XmlTreeModule>('parse/xml-tree');
const { processFeed } = await importBuilt<typeof ProcessFeedModule>('pipeline/process-feed');
const { createStore } = await importBuilt<typeof StoreModule>('storage/store');

// Run with --expose-gc (npm run bench:ingest does) so heap samples measure live memory.
const gc = (globalThis as { gc?: () => void }).gc;
const TARGET_ITEMS = Number(process.env.BENCH_ITEMS ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const corpusDir = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../shared/corpus/feeds');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

interface Doc {
  readonly path: string;
  readonly bytes: Buffer;
  readonly text: string;
  readonly items: number;
}

async function loadCorpus(): Promise<Doc[]> {
  let files: string[];
  try {
    files = walk(corpusDir).filter((p) => !/\.(json|md|txt|LICENSE)$/i.test(p) && !/LICEN[CS]E|README/i.test(p));
  } catch {
    console.error(`${corpusDir} not found: the ingest benchmark reads the shared feed corpus from ../shared/corpus/feeds`);
    process.exit(1);
  }
  const rss = new Parser();
  const docs: Doc[] = [];
  for (const path of files) {
    const raw = readFileSync(path);
    const bytes = raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw;
    // Both sides must be able to read the document, so the comparison is like for like.
    try {
      const ours = await parseFeed(bytes, { contentType: null });
      await rss.parseString(bytes.toString('utf8'));
      if (ours.items.length > 0) docs.push({ path, bytes, text: bytes.toString('utf8'), items: ours.items.length });
    } catch {
      // unreadable by one side: not part of the benchmark input
    }
  }
  return docs;
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

interface PipelineRun {
  readonly items: number;
  readonly seconds: number;
  readonly stored: number;
  /** Live JavaScript heap after a full GC, a quarter of the way in and at the end. */
  readonly quarterMb: number;
  readonly endMb: number;
  /** Resident set size at the same two points (includes SQLite's page cache and V8's free space). */
  readonly quarterRssMb: number;
  readonly endRssMb: number;
}

const noAnalysis: DealAnalyzer = {
  analyze: () => ({ deal: false, type: null, status: null, score: 0, companies: [], amount: null, summary: '' }),
  explain: () => ({
    deal: false,
    type: null,
    status: null,
    score: 0,
    companies: [],
    amount: null,
    summary: '',
    explanation: { frame: null, features: [], hedges: [] },
  }),
  explainDeal: () => null,
  matchWatched: () => [],
};

type Mode = 'steady' | 'steady-resent' | 'all-new';

async function runPipeline(docs: readonly Doc[], passes: number, mode: Mode): Promise<PipelineRun> {
  const dir = mkdtempSync(join(tmpdir(), 'dealwatch-bench-'));
  const store = await createStore(`sqlite:${join(dir, 'bench.db')}`);
  const feedCount = mode === 'all-new' ? docs.length * passes : docs.length;
  const feeds: FeedRecord[] = [];
  for (let i = 0; i < feedCount; i++) {
    const added = await store.feeds.add({ url: `https://bench.example/${i}`, name: null, source: 'cli', trusted: true, backfill: 0 }, 0, 0);
    feeds.push(added.feed);
  }
  const bodies = new Map(feeds.map((f, i) => [f.url, docs[i % docs.length]!.bytes]));
  let pass = 0;
  // steady-resent: the document differs a little every poll (a new build date, say), so it
  // must be parsed again although every item in it is already stored.
  const resent = (body: Buffer) => Buffer.concat([body, Buffer.from(`\n<!-- poll ${pass} -->\n`)]);
  const fetcher: FeedFetcher = {
    async fetchFeed(req) {
      const body = bodies.get(req.url)!;
      return {
        kind: 'ok',
        status: 200,
        body: mode === 'steady-resent' ? resent(body) : body,
        contentType: null,
        etag: null,
        lastModified: null,
        finalUrl: req.url,
        permanentUrl: null,
        maxAgeSeconds: null,
      };
    },
    async close() {},
  };
  const deps = {
    store,
    fetcher,
    analyzer: noAnalysis,
    policy: { minScore: 0.5, alertOnMention: false },
    destinations: [],
    now: Date.now,
    log: pino({ level: 'silent' }),
    cycleStartedAt: Date.now(),
    cycleIntervalMs: 300_000,
    maxIntervalMs: 86_400_000,
    maxBackoffMs: 86_400_000,
    allowPrivateFeedUrls: true,
    // Every item, as rss-parser reads every item: the comparison is on the same documents.
    limits: { maxBytes: DEFAULT_MAX_BODY_BYTES, maxItems: Infinity },
  };
  const samples: { heapMb: number; rssMb: number }[] = [];
  let items = 0;
  let stored = 0;
  let elapsed = 0n;
  for (let p = 0; p < passes; p++) {
    pass = p;
    const passStart = process.hrtime.bigint();
    // As a poll cycle does, each pass reads the feeds' current state (etag, body hash, first poll) from the store.
    const current = new Map((await store.feeds.list()).map((f) => [f.id, f]));
    for (let i = 0; i < docs.length; i++) {
      const feed = current.get(feeds[mode === 'all-new' ? p * docs.length + i : i]!.id)!;
      const outcome = await processFeed(feed, deps);
      if (outcome.kind === 'failed' || outcome.kind === 'disabled') throw new Error(`bench feed failed: ${JSON.stringify(outcome)}`);
      // The same body again is recognised and not parsed (not-modified): that is the steady state.
      if (outcome.kind === 'updated') stored += outcome.newItems;
      items += docs[i]!.items;
    }
    elapsed += process.hrtime.bigint() - passStart;
    // Memory is sampled a quarter of the way in and at the end, off the clock.
    if (p === Math.floor(passes / 4) || p === passes - 1) {
      gc?.();
      const usage = process.memoryUsage();
      samples.push({ heapMb: usage.heapUsed / 2 ** 20, rssMb: usage.rss / 2 ** 20 });
    }
  }
  const seconds = Number(elapsed) / 1e9;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  const quarter = samples[0]!;
  const end = samples[samples.length - 1]!;
  return { items, seconds, stored, quarterMb: quarter.heapMb, endMb: end.heapMb, quarterRssMb: quarter.rssMb, endRssMb: end.rssMb };
}

async function main() {
  const docs = await loadCorpus();
  const perPass = docs.reduce((n, d) => n + d.items, 0);
  const passes = Math.ceil(TARGET_ITEMS / perPass);
  console.log(`corpus: ${docs.length} documents, ${perPass} items per pass, ${passes} passes`);

  // The machine is shared and noisy: measure in rounds, each side in turn, and keep each
  // side's best round. Memory figures come from the last round.
  const rss = new Parser();
  for (const d of docs) await rss.parseString(d.text); // warm-up
  let rssItems = 0;
  let rssSeconds = Infinity;
  const steadyRuns: PipelineRun[] = [];
  const resentRuns: PipelineRun[] = [];
  const allNewRuns: PipelineRun[] = [];
  const rate = (r: PipelineRun) => r.items / r.seconds;
  // The fastest round's rate, with the last round's memory figures.
  const best = (runs: PipelineRun[]): PipelineRun => {
    const fastest = runs.reduce((a, b) => (rate(b) > rate(a) ? b : a));
    const last = runs[runs.length - 1]!;
    return { ...fastest, quarterMb: last.quarterMb, endMb: last.endMb, quarterRssMb: last.quarterRssMb, endRssMb: last.endRssMb };
  };
  for (let round = 0; round < ROUNDS; round++) {
    let items = 0;
    const start = process.hrtime.bigint();
    for (let p = 0; p < passes; p++) {
      for (const d of docs) items += (await rss.parseString(d.text)).items.length;
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (seconds < rssSeconds) {
      rssSeconds = seconds;
      rssItems = items;
    }
    steadyRuns.push(await runPipeline(docs, passes, 'steady'));
    resentRuns.push(await runPipeline(docs, passes, 'steady-resent'));
    allNewRuns.push(await runPipeline(docs, passes, 'all-new'));
    console.log(
      `round ${round + 1}/${ROUNDS}: items/s rss-parser ${Math.round(items / seconds)}, steady ${Math.round(rate(steadyRuns[round]!))}, steady re-sent ${Math.round(rate(resentRuns[round]!))}, all new ${Math.round(rate(allNewRuns[round]!))}`,
    );
  }
  const steady = best(steadyRuns);
  const resentBest = best(resentRuns);
  const allNew = best(allNewRuns);

  const rssRate = rssItems / rssSeconds;
  const row = (label: string, r: PipelineRun) => {
    const ratio = r.items / r.seconds / rssRate;
    const target = label.startsWith('steady') ? 0.9 : 0.8;
    return `| ${label} | ${Math.round(r.items / r.seconds).toLocaleString('en')} | ${ratio.toFixed(2)} ${ratio >= target ? '(met)' : '(**missed**)'} | ${r.stored.toLocaleString('en')} | ${r.quarterMb.toFixed(0)} → ${r.endMb.toFixed(0)} MB | ${r.quarterRssMb.toFixed(0)} → ${r.endRssMb.toFixed(0)} MB |`;
  };
  const date = new Date().toISOString().slice(0, 10);
  const fastDocs = docs.filter((d) => readXmlTree(d.text).kind === 'tree').length;

  const md = `### Ingest pipeline (\`npm run bench:ingest\`)

Measured ${date} on ${machineDescription()}.
Input: the ${docs.length} documents of \`../shared/corpus/feeds\` that both rss-parser and dealwatch read (${perPass.toLocaleString('en')} items a pass), repeated ${passes} times: ${(perPass * passes).toLocaleString('en')} items. The pipeline is the real \`processFeed\` of the compiled build, the code \`npm start\` runs (parse → normalize → dedupe → store, one SQLite transaction per feed) with the HTTP fetch replaced by the in-memory document and classification switched off (it is measured by \`bench:match\`).

- **steady state**: the same feeds polled again and again, as in production, by a server that ignores conditional GET and sends the whole document each time: the first pass stores every item; later passes recognise the body by its hash and skip parsing it (a server that answers 304 costs even less).
- **steady state, body re-sent changed**: the same, but the document differs a little every poll (as feeds that stamp a new build date do), so every pass is parsed and deduplicated although nothing in it is new.
- **all new**: every pass uses fresh feed rows, so every item is normalized and written: the worst case.

Each side ran ${ROUNDS} times in turn (rss-parser, the two steady states, all new); the table keeps each side's best round, since other work on this shared 2-core machine only ever slows a round down. Memory figures are from the last round.

rss-parser \`parseString\` alone, same documents, same passes: **${Math.round(rssRate).toLocaleString('en')} items/s**. It builds its XML tree with xml2js (over sax). dealwatch's parse is rss-parser too, but its tree comes from the saxes fast path wherever that gives xml2js's tree exactly (ADR 0005): ${fastDocs} of these ${docs.length} documents; the other ${docs.length - fastDocs} go through xml2js as in rss-parser alone.

| dealwatch pipeline | items/s | ratio to rss-parser (targets: steady ≥ 0.9, all new ≥ 0.8) | items stored | live heap after GC, ¼ run → end | RSS, ¼ run → end |
|---|---:|---:|---:|---:|---:|
${row('steady state, same body', steady)}
${row('steady state, body re-sent changed', resentBest)}
${row('all new', allNew)}

Peak RSS of the whole benchmark process: ${peakRssMb().toFixed(0)} MB.`;
  console.log(md);
  if (!process.argv.includes('--no-write')) writeBenchmarkSection('ingest', md);
}

await main();

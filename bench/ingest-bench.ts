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
import { identityHashes } from '../src/dedupe/index.js';
import { normalizeItem } from '../src/normalize/index.js';
import { parseFeed } from '../src/parse/index.js';
import { createStore } from '../src/storage/store.js';
import { machineDescription, writeBenchmarkSection } from './bench-report.js';

const TARGET_ITEMS = Number(process.env.BENCH_ITEMS ?? 50_000);
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

async function main() {
  const docs = await loadCorpus();
  const perPass = docs.reduce((n, d) => n + d.items, 0);
  const passes = Math.ceil(TARGET_ITEMS / perPass);
  console.log(`corpus: ${docs.length} documents, ${perPass} items per pass, ${passes} passes`);

  // rss-parser's own rate, on the same documents the same number of times.
  const rss = new Parser();
  for (const d of docs) await rss.parseString(d.text); // warm-up
  let rssItems = 0;
  const rssStart = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) {
    for (const d of docs) rssItems += (await rss.parseString(d.text)).items.length;
  }
  const rssSeconds = Number(process.hrtime.bigint() - rssStart) / 1e9;

  // Our pipeline: every pass is a fresh set of feeds, so each item is new and stored.
  const dir = mkdtempSync(join(tmpdir(), 'dealwatch-bench-'));
  const store = await createStore(`sqlite:${join(dir, 'bench.db')}`);
  const feedIds: number[] = [];
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < docs.length; i++) {
      const added = await store.feeds.add({ url: `https://bench.example/${p}/${i}`, name: null, source: 'cli', trusted: true, backfill: 0 }, 0, 0);
      feedIds.push(added.feed.id);
    }
  }
  for (const d of docs) await parseFeed(d.bytes, { contentType: null }); // warm-up
  const rssSamples: { items: number; rssMb: number }[] = [];
  let stored = 0;
  let pipelineItems = 0;
  const start = process.hrtime.bigint();
  let f = 0;
  for (let p = 0; p < passes; p++) {
    for (const d of docs) {
      const feedId = feedIds[f++]!;
      const feed = await parseFeed(d.bytes, { contentType: null });
      const items = feed.items.map((raw) => normalizeItem(raw, { baseUrl: feed.link ?? `https://bench.example/${feedId}` }));
      const hashes = identityHashes(items);
      const seen = store.items.seenHashes(feedId, hashes);
      const fresh = items.map((item, i) => ({ item, identityHash: hashes[i]!, analysis: null, destinations: [] })).filter((e) => !seen.has(e.identityHash));
      const result = store.items.commit({
        feedId,
        feedName: null,
        now: Date.now(),
        state: { etag: null, lastModified: null, nextPollAt: 0, minIntervalSeconds: null, newUrl: null },
        items: fresh,
      });
      stored += result.newItems;
      pipelineItems += items.length;
    }
    rssSamples.push({ items: pipelineItems, rssMb: process.memoryUsage().rss / 2 ** 20 });
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  await store.close();
  rmSync(dir, { recursive: true, force: true });

  const rssRate = rssItems / rssSeconds;
  const ourRate = pipelineItems / seconds;
  const ratio = ourRate / rssRate;
  const quarter = rssSamples[Math.floor(rssSamples.length / 4)] ?? rssSamples[0]!;
  const last = rssSamples[rssSamples.length - 1]!;
  const growth = (last.rssMb - quarter.rssMb) / quarter.rssMb;
  const date = new Date().toISOString().slice(0, 10);

  const md = `### Ingest pipeline (\`npm run bench:ingest\`)

Measured ${date} on ${machineDescription()}.
Input: the ${docs.length} documents of \`../shared/corpus/feeds\` that both rss-parser and dealwatch read (${perPass} items a pass), repeated ${passes} times: ${pipelineItems.toLocaleString('en')} items. Each pass uses fresh feed rows, so every item is new and written to SQLite (WAL, one transaction per feed).

| what | items/s |
|---|---:|
| rss-parser \`parseString\` alone | ${Math.round(rssRate).toLocaleString('en')} |
| dealwatch parse → normalize → dedupe → store | ${Math.round(ourRate).toLocaleString('en')} |
| ratio (target ≥ 0.8) | ${ratio.toFixed(2)} ${ratio >= 0.8 ? '(met)' : '(**missed**)'} |

Items stored: ${stored.toLocaleString('en')}. Peak RSS: ${peakRssMb().toFixed(0)} MB. Resident memory after a quarter of the run ${quarter.rssMb.toFixed(0)} MB, at the end ${last.rssMb.toFixed(0)} MB (${(growth * 100).toFixed(0)}% growth${Math.abs(growth) <= 0.2 ? ', flat' : ''}).`;
  console.log(md);
  writeBenchmarkSection('ingest', md);
}

await main();

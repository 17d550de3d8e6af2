// After a big poll cycle V8 keeps the pages the cycle freed in its page pool, and returns
// them only in a memory-reducing collection, which its memory reducer schedules about two
// minutes later (bench:scale: ~560 MB idle at 5,000 feeds, ~300 MB after the reducing
// collection). Asking for that collection at the end of a big cycle gives the memory back at
// once, for one pause per cycle. Node exposes the collector only behind --expose-gc; the
// flag set at runtime makes it available in a new context, as Node's v8 documentation shows.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collector = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

let collector: Collector | null | undefined;

function memoryReducingCollector(): Collector | null {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as Collector;
    } catch {
      collector = null;
    }
  }
  return collector;
}

/** releaseMemory runs a memory-reducing collection and says how long it took and what RSS it left, or null when the runtime offers none. */
export function releaseMemory(): { readonly ms: number; readonly rssBeforeMb: number; readonly rssAfterMb: number } | null {
  const gc = memoryReducingCollector();
  if (!gc) return null;
  const before = process.memoryUsage.rss();
  const start = performance.now();
  gc({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  const ms = performance.now() - start;
  return { ms, rssBeforeMb: before / 2 ** 20, rssAfterMb: process.memoryUsage.rss() / 2 ** 20 };
}

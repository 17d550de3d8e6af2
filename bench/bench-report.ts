// Shared by the benchmarks: names the machine and writes one section of BENCHMARKS.md
// between its markers, leaving the other sections as they are.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const BENCH_MD = fileURLToPath(new URL('../BENCHMARKS.md', import.meta.url));

export function machineDescription(): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = os.loadavg()[0]?.toFixed(2) ?? '?';
  return `${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()} (1-min load average ${load} when measured)`;
}

/** mulberry32: a tiny seeded PRNG, so benchmarks and the soak replay the same inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function writeBenchmarkSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const section = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(BENCH_MD) ? readFileSync(BENCH_MD, 'utf8') : '# Benchmarks\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + section + current.slice(to + end.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(BENCH_MD, next);
}

/**
 * importBuilt loads a module of the compiled build (dist/src/<path>.js), the code `npm start` runs, so a
 * benchmark measures that and not the TypeScript source through tsx's loader. The bench:* scripts build first.
 */
export async function importBuilt<T>(path: string): Promise<T> {
  const url = new URL(`../dist/src/${path}.js`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    console.error(`${fileURLToPath(url)} is missing: run the benchmark through npm (npm run bench:...), which builds first. Nothing measured.`);
    process.exit(1);
  }
  return (await import(url.href)) as T;
}

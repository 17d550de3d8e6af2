// The bot side of `npm run bench:scale`, run as a child process so that its memory is
// measured alone (the parent samples /proc/<pid>/status; the feed servers live there).
// It builds the real app through createApp with the feeds it is given, no chat
// credentials and console alerts to a no-op, then runs whatever the parent asks over IPC:
// a poll cycle, an idle wait, or a heap snapshot. Each answer carries the child's own view
// (wall time, event-loop delay, time inside SQLite, V8 heap figures).
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import v8 from 'node:v8';
import BetterSqlite3 from 'better-sqlite3';
import { createApp } from '../src/app/create-app.js';
import { createLogger } from '../src/app/logger.js';
import { loadConfig } from '../src/config/load-config.js';

export interface RunnerInput {
  /** A config file (YAML or JSON) naming the feeds and the watchlist. */
  readonly configPath: string;
  readonly databasePath: string;
  readonly logPath: string;
  /** Import both chat modules before createApp, as the app did before issue 12, for comparison. */
  readonly eagerSdks: boolean;
  /**
   * Changes recommended for files this bench does not own, emulated from outside to size
   * them (never in the recorded figures): 'statement-cache' reuses one prepared statement
   * per SQL text, as a caching `database` given to kysely's SqliteDialect would.
   */
  readonly emulate: readonly string[];
  /** Each cycle in a process of its own, as `dealwatch run` polls (ADR 0006). */
  readonly cycleProcess: boolean;
}

export type ParentMessage =
  | {
      readonly cmd: 'cycle';
      readonly label: string;
      /** Profiling runs only: a sampling heap profile of every allocation in the cycle (garbage included). */
      readonly profilePath?: string;
      /** Profiling runs only: a heap snapshot when half the feeds are done (what is live mid-cycle). */
      readonly midSnapshotPath?: string;
    }
  /**
   * collect: 'regular' (default) runs a full GC before and after the wait; 'reduce' runs a
   * memory-reducing one, as V8's memory reducer does by itself about 100 s after a busy
   * period (it also gives back V8's pooled pages); 'none' leaves it all to V8.
   */
  | { readonly cmd: 'idle'; readonly waitMs: number; readonly collect?: 'regular' | 'reduce' | 'none' }
  | { readonly cmd: 'snapshot'; readonly path: string }
  | { readonly cmd: 'exit' };

export interface HeapFigures {
  readonly heapUsedMb: number;
  readonly heapTotalMb: number;
  readonly externalMb: number;
  readonly arrayBuffersMb: number;
  readonly mallocedMb: number;
  /** Code and bytecode of every loaded module (V8's code statistics). */
  readonly codeMb: number;
}

export interface CycleReport {
  readonly label: string;
  readonly wallMs: number;
  readonly eventLoopP99Ms: number;
  readonly eventLoopMaxMs: number;
  /** The longest stalls of the event loop (over 50 ms): when in the cycle, and how many feeds were done by then. */
  readonly stalls: readonly { readonly atMs: number; readonly ms: number; readonly feedsDone: number }[];
  /** Time inside the poll commit's transaction (items, deals, outbox, feed state), summed. */
  readonly commitMs: number;
  readonly commits: number;
  /** Time in every other SQLite statement (seen hashes, due feeds, cycle stats), summed. */
  readonly otherSqliteMs: number;
  readonly summary: { feedsPolled: number; notModified: number; failed: number; newItems: number; deals: number; alerts: number };
  readonly heap: HeapFigures;
}

export type ChildMessage =
  | { readonly type: 'ready'; readonly createAppMs: number; readonly heap: HeapFigures }
  | { readonly type: 'cycle'; readonly report: CycleReport }
  | { readonly type: 'idle'; readonly heap: HeapFigures }
  | { readonly type: 'snapshot'; readonly path: string }
  | { readonly type: 'failed'; readonly message: string };

const MB = 2 ** 20;
// --expose-gc's gc() takes options: flavor 'last-resort' is V8's memory-reducing full GC.
const gc = (globalThis as { gc?: (options?: { type: 'major'; execution: 'sync'; flavor: 'regular' | 'last-resort' }) => void }).gc;

function collect(how: 'regular' | 'reduce' | 'none'): void {
  if (how === 'regular') gc?.();
  if (how === 'reduce') gc?.({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

function heapFigures(): HeapFigures {
  const usage = process.memoryUsage();
  const heap = v8.getHeapStatistics();
  const code = v8.getHeapCodeStatistics();
  return {
    heapUsedMb: usage.heapUsed / MB,
    heapTotalMb: usage.heapTotal / MB,
    externalMb: usage.external / MB,
    arrayBuffersMb: usage.arrayBuffers / MB,
    mallocedMb: heap.malloced_memory / MB,
    codeMb: (code.code_and_metadata_size + code.bytecode_and_metadata_size) / MB,
  };
}

/**
 * SQLite time, measured by wrapping better-sqlite3 from the outside (storage is not edited):
 * every transaction function (the poll commit is the only one) and every statement's
 * run/get/all outside a transaction. Statements inside a transaction count in its time.
 */
function instrumentSqlite(): { commitMs: number; commits: number; otherMs: number } {
  const totals = { commitMs: 0, commits: 0, otherMs: 0 };
  let depth = 0;
  const proto = BetterSqlite3.prototype as unknown as { transaction: (fn: (...args: unknown[]) => unknown) => TransactionFn };
  type TransactionFn = ((...args: unknown[]) => unknown) & Record<'default' | 'deferred' | 'immediate' | 'exclusive', (...args: unknown[]) => unknown>;
  const original = proto.transaction;
  proto.transaction = function (this: unknown, fn) {
    const inner = original.call(this, fn);
    const timed = (variant: (...args: unknown[]) => unknown) =>
      function (this: unknown, ...args: unknown[]) {
        const start = performance.now();
        depth++;
        try {
          return variant.apply(this, args);
        } finally {
          depth--;
          totals.commitMs += performance.now() - start;
          totals.commits++;
        }
      };
    const wrapped = timed(inner) as TransactionFn;
    for (const key of ['default', 'deferred', 'immediate', 'exclusive'] as const) Object.defineProperty(wrapped, key, { value: timed(inner[key]) });
    return wrapped;
  };
  // The Statement class is not exported; take it from a throwaway statement.
  const probe = new BetterSqlite3(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<'run' | 'get' | 'all', (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all'] as const) {
    const originalMethod = statementProto[method];
    statementProto[method] = function (this: unknown, ...args: unknown[]) {
      if (depth > 0) return originalMethod.apply(this, args);
      const start = performance.now();
      try {
        return originalMethod.apply(this, args);
      } finally {
        totals.otherMs += performance.now() - start;
      }
    };
  }
  return totals;
}

/**
 * V8's sampling heap profiler, keeping the samples of objects the GC has since collected:
 * who allocates the most over a cycle, which is what drives the heap's growth.
 */
async function startAllocationSampling(): Promise<{ stop(): Promise<unknown> }> {
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 64 * 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  return {
    async stop() {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      session.disconnect();
      return profile;
    },
  };
}

/**
 * Emulates a statement cache in src/storage/database.ts: kysely's SqliteDriver calls
 * `prepare(sql)` for every query, and each better-sqlite3 statement holds native memory
 * until a major GC finalizes it. Reusing one statement per SQL text (bounded) removes that.
 */
function emulateStatementCache(): void {
  const proto = BetterSqlite3.prototype as unknown as { prepare: (sql: string) => unknown };
  const original = proto.prepare;
  const caches = new WeakMap<object, Map<string, unknown>>();
  proto.prepare = function (this: object, sql: string) {
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new Map()));
    const hit = cache.get(sql);
    if (hit) return hit;
    const statement = original.call(this, sql);
    if (cache.size >= 500) cache.delete(cache.keys().next().value!);
    cache.set(sql, statement);
    return statement;
  };
}

/** Records gaps over 50 ms between ticks of a 5 ms timer, to say where in a cycle the loop stalls. */
function watchStalls(start: number, done: () => number): { stop(): CycleReport['stalls'] } {
  const stalls: { atMs: number; ms: number; feedsDone: number }[] = [];
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    if (now - last > 50) stalls.push({ atMs: last - start, ms: now - last, feedsDone: done() });
    last = now;
  }, 5);
  return {
    stop() {
      clearInterval(timer);
      return stalls.sort((a, b) => b.ms - a.ms).slice(0, 5);
    },
  };
}

function send(message: ChildMessage): void {
  process.send!(message);
}

async function main(): Promise<void> {
  const input = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as RunnerInput;
  const sqliteTotals = instrumentSqlite();
  if (input.emulate.includes('statement-cache')) emulateStatementCache();
  if (input.eagerSdks) {
    await import('../src/chat/slack/index.js');
    await import('../src/chat/discord/index.js');
  }
  const started = performance.now();
  // Feeds from the config are trusted, so loopback URLs are allowed. Every fetch setting is
  // the default (concurrency 16, per host 2). The environment holds no chat credential.
  const config = await loadConfig(input.configPath, { DATABASE_URL: `sqlite:${input.databasePath}` });
  // Logs are written as production writes them (JSON lines at info), to a file.
  const log = createLogger('info', 'json', createWriteStream(input.logPath));
  let onFeedDone: ((done: number, total: number) => void) | null = null;
  let feedsDone = 0;
  // The cycle process reads the same config file with the same database; it logs warnings only, to the terminal.
  const cycleProcess = input.cycleProcess
    ? { configPath: input.configPath, env: { ...process.env, DATABASE_URL: `sqlite:${input.databasePath}`, LOG_LEVEL: 'warn' } }
    : undefined;
  const app = await createApp({
    config,
    log,
    ...(cycleProcess ? { cycleProcess } : {}),
    writeAlert: () => {},
    onFeedDone: (_feed, _outcome, done, total) => {
      feedsDone = done;
      onFeedDone?.(done, total);
    },
  });
  const createAppMs = performance.now() - started;
  gc?.();
  send({ type: 'ready', createAppMs, heap: heapFigures() });

  const histogram = monitorEventLoopDelay({ resolution: 10 });
  process.on('message', (message: ParentMessage) => {
    void (async () => {
      switch (message.cmd) {
        case 'cycle': {
          const before = { ...sqliteTotals };
          const midSnapshot = message.midSnapshotPath;
          onFeedDone = midSnapshot ? (done, total) => void (done === Math.ceil(total / 2) && v8.writeHeapSnapshot(midSnapshot)) : null;
          const profiler = message.profilePath ? await startAllocationSampling() : null;
          histogram.reset();
          histogram.enable();
          const start = performance.now();
          feedsDone = 0;
          const stalls = watchStalls(start, () => feedsDone);
          const summary = await app.runCycle({ all: true });
          const wallMs = performance.now() - start;
          histogram.disable();
          onFeedDone = null;
          if (profiler && message.profilePath) writeFileSync(message.profilePath, JSON.stringify(await profiler.stop()));
          send({
            type: 'cycle',
            report: {
              label: message.label,
              wallMs,
              // Node records the time between two ticks of a 10 ms timer (ns), so an idle loop
              // reads about 10 ms: the figure is the interval plus the lateness.
              eventLoopP99Ms: histogram.percentile(99) / 1e6,
              eventLoopMaxMs: histogram.max / 1e6,
              stalls: stalls.stop(),
              commitMs: sqliteTotals.commitMs - before.commitMs,
              commits: sqliteTotals.commits - before.commits,
              otherSqliteMs: sqliteTotals.otherMs - before.otherMs,
              summary: {
                feedsPolled: summary.feedsPolled,
                notModified: summary.notModified,
                failed: summary.failed + summary.disabled,
                newItems: summary.newItems,
                deals: summary.deals,
                alerts: summary.alerts,
              },
              heap: heapFigures(),
            },
          });
          break;
        }
        case 'idle':
          // What the bot holds between cycles: after a full collection and a quiet wait.
          collect(message.collect ?? 'regular');
          await sleep(message.waitMs);
          collect(message.collect ?? 'regular');
          send({ type: 'idle', heap: heapFigures() });
          break;
        case 'snapshot':
          gc?.();
          send({ type: 'snapshot', path: v8.writeHeapSnapshot(message.path) });
          break;
        case 'exit':
          await app.close();
          process.disconnect();
          break;
      }
    })().catch((error: unknown) => send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
  });
}

main().catch((error: unknown) => {
  send({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exitCode = 1;
  process.disconnect();
});

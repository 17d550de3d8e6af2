// Runs the bench:scale bot (bench/scale-runner.ts) as a child process and drives it over
// IPC, phase by phase, while sampling its memory from /proc. Also measures one-off
// commands (bare node, `dealwatch status`) the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sampleMemory, type ProcMemory, type TreePeaks } from './proc-memory.js';
import type { FeedFarm } from './scale-feeds.js';
import type { ChildMessage, CycleReport, HeapFigures, ParentMessage, RunnerInput } from './scale-runner.js';

/**
 * tsx: the sources through tsx's loader, as `npm run dealwatch`; compiled: tsc's output, as production (`node dist/…`);
 * cycle-process: compiled, each cycle in a process of its own, as `dealwatch run` polls (ADR 0006).
 */
export type Runtime = 'tsx' | 'compiled' | 'cycle-process';

export interface CycleResult {
  readonly label: string;
  readonly description: string;
  readonly report: CycleReport;
  /** Peak RSS during the cycle: the kernel's VmHWM, reset when the cycle started. */
  readonly peakMb: number;
  /** For cycle-process: the bot's and the cycle process's own sampled peaks, and the tree's peak PSS. */
  readonly tree: TreePeaks | null;
  readonly endRssMb: number;
  readonly served: { readonly ok: number; readonly notModified: number };
}

export interface BareFigures {
  /** RSS after createApp (and a GC), before any cycle: what `dealwatch status` holds. */
  readonly rssMb: number;
  readonly anonMb: number;
  readonly fileMb: number;
  /** Peak RSS from process start to here (module loading, migrations, syncing 5,000 feeds). */
  readonly startupPeakMb: number;
  readonly createAppMs: number;
  readonly heap: HeapFigures;
}

export interface BotRun {
  readonly runtime: Runtime;
  readonly bare: BareFigures;
  readonly cycles: readonly CycleResult[];
  /** After the cycles, a full GC and the idle wait (the figure the target is about). */
  readonly idle: (ProcMemory & { readonly heap: HeapFigures }) | null;
  /** Then after a memory-reducing GC, which V8 runs by itself about 100 s after a busy period. */
  readonly idleReduced: (ProcMemory & { readonly heap: HeapFigures }) | null;
  readonly logLines: { readonly warn: number; readonly error: number };
  /** The same bare createApp with both chat SDKs imported first (the app before issue 12). */
  readonly eagerBare?: BareFigures;
  /** Peak RSS of `dealwatch status` on the database the cycles filled. */
  readonly statusPeakMb?: number;
  /** Peak RSS of `dealwatch status` with a config of no feeds, on a fresh database. */
  readonly statusEmptyPeakMb?: number;
}

export interface BotChildOptions {
  readonly runtime: Runtime;
  readonly repoRoot: string;
  readonly buildDir: string;
  readonly configPath: string;
  readonly databasePath: string;
  readonly logPath: string;
  readonly farm: FeedFarm;
  readonly eagerSdks: boolean;
  /** false: only build the app, measure it, and exit. */
  readonly cycles: boolean;
  readonly idleMs: number;
  readonly snapshotDir: string | null;
  /** Extra node/V8 flags for the bot, e.g. --max-semi-space-size=4. */
  readonly nodeFlags: readonly string[];
  /** Environment variables for the bot beyond the clean environment (npm start's, see startScriptEnv). */
  readonly env: Readonly<Record<string, string>>;
  /** Emulated changes to files the bench does not own (see RunnerInput.emulate). */
  readonly emulate: readonly string[];
}

/**
 * startScriptEnv: the variables `npm start` sets before `node` (package.json scripts.start,
 * "NAME=value … node …"), so the bench runs the bot as production starts it.
 */
export function startScriptEnv(repoRoot: string): Record<string, string> {
  const start = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start'] ?? '';
  const prefix = /^((?:\w+=\S+\s+)*)node\s/.exec(start)?.[1] ?? '';
  return Object.fromEntries(
    prefix
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]),
  );
}

/** The environment without chat credentials or anything else that would change the bot. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(SLACK_|DISCORD_|DATABASE_URL$|DEALWATCH_|LOG_|PORT$|NODE_OPTIONS$)/.test(key)),
  );
  return { ...env, ...extra };
}

function messages(child: ChildProcess): (type: ChildMessage['type']) => Promise<ChildMessage> {
  const queue: ChildMessage[] = [];
  let waiting: { type: string; resolve: (m: ChildMessage) => void; reject: (e: Error) => void } | null = null;
  let ended: Error | null = null;
  const deliver = () => {
    if (!waiting) return;
    const failed = queue.find((m) => m.type === 'failed');
    if (failed && failed.type === 'failed') return waiting.reject(new Error(`bench bot failed: ${failed.message}`));
    const index = queue.findIndex((m) => m.type === waiting!.type);
    if (index >= 0) {
      const [message] = queue.splice(index, 1);
      const { resolve } = waiting;
      waiting = null;
      resolve(message!);
    } else if (ended) waiting.reject(ended);
  };
  child.on('message', (message: ChildMessage) => {
    queue.push(message);
    deliver();
  });
  child.on('exit', (code, signal) => {
    ended = new Error(`bench bot exited (${signal ?? code}) before answering`);
    deliver();
  });
  return (type) =>
    new Promise((resolve, reject) => {
      waiting = { type, resolve, reject };
      deliver();
    });
}

const CYCLES: readonly { label: string; description: string; before: (farm: FeedFarm) => void }[] = [
  { label: 'a', description: 'first poll: every item new', before: () => {} },
  { label: 'b', description: 'nothing changed: every feed 304', before: () => {} },
  { label: 'c', description: 'one new item in every feed', before: (farm) => farm.publishOneEach() },
];

export async function runBotChild(options: BotChildOptions): Promise<BotRun> {
  const input: RunnerInput = {
    configPath: options.configPath,
    databasePath: options.databasePath,
    logPath: options.logPath,
    eagerSdks: options.eagerSdks,
    emulate: options.emulate,
    cycleProcess: options.runtime === 'cycle-process',
  };
  const inputPath = `${options.databasePath}.input.json`;
  writeFileSync(inputPath, JSON.stringify(input));
  const script =
    options.runtime === 'tsx' ? ['--import', 'tsx', join(options.repoRoot, 'bench/scale-runner.ts')] : [join(options.buildDir, 'bench/scale-runner.js')];
  const child = spawn(process.execPath, ['--expose-gc', ...options.nodeFlags, ...script, inputPath], {
    cwd: options.repoRoot,
    env: cleanEnv(options.env),
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = messages(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // With a cycle process, what the machine holds is the bot and its cycle's process together.
  const sampler = sampleMemory(child.pid!, 50, options.runtime === 'cycle-process');
  const send = (message: ParentMessage) => child.send(message);
  try {
    const ready = await next('ready');
    if (ready.type !== 'ready') throw new Error('unexpected message');
    await sleep(300);
    const now = sampler.now()!;
    const bare: BareFigures = {
      rssMb: now.rssMb,
      anonMb: now.anonMb,
      fileMb: now.fileMb,
      startupPeakMb: now.hwmMb,
      createAppMs: ready.createAppMs,
      heap: ready.heap,
    };
    console.log(
      `  bare createApp: RSS ${bare.rssMb.toFixed(0)} MB (startup peak ${bare.startupPeakMb.toFixed(0)} MB, ${(bare.createAppMs / 1000).toFixed(1)} s)`,
    );
    const snapshot = async (name: string) => {
      if (!options.snapshotDir) return;
      send({ cmd: 'snapshot', path: join(options.snapshotDir, `${options.runtime}-${name}.heapsnapshot`) });
      const done = await next('snapshot');
      if (done.type === 'snapshot') console.log(`  heap snapshot: ${done.path}`);
    };
    await snapshot('bare');
    const cycles: CycleResult[] = [];
    let idle: BotRun['idle'] = null;
    let idleReduced: BotRun['idleReduced'] = null;
    if (options.cycles) {
      for (const cycle of CYCLES) {
        cycle.before(options.farm);
        options.farm.resetStats();
        sampler.startPhase();
        const profiling = options.snapshotDir && cycle.label === 'a';
        send({
          cmd: 'cycle',
          label: cycle.label,
          ...(profiling
            ? {
                profilePath: join(options.snapshotDir!, `${options.runtime}-cycle-a.heapprofile`),
                midSnapshotPath: join(options.snapshotDir!, `${options.runtime}-mid-first-poll.heapsnapshot`),
              }
            : {}),
        });
        const answer = await next('cycle');
        const memory = sampler.endPhase();
        if (answer.type !== 'cycle') throw new Error('unexpected message');
        const result: CycleResult = {
          label: cycle.label,
          description: cycle.description,
          report: answer.report,
          peakMb: memory.peakMb,
          tree: memory.tree,
          endRssMb: memory.last?.rssMb ?? NaN,
          served: { ok: options.farm.stats.ok, notModified: options.farm.stats.notModified },
        };
        cycles.push(result);
        const r = result.report;
        console.log(
          `  cycle ${cycle.label} (${cycle.description}): ${(r.wallMs / 1000).toFixed(1)} s, peak RSS ${result.peakMb.toFixed(0)} MB${result.tree ? ` (bot ${result.tree.rootMb.toFixed(0)}, cycle process ${result.tree.descendantsMb.toFixed(0)}; PSS ${result.tree.pssMb.toFixed(0)} MB)` : ''}, event loop p99 ${r.eventLoopP99Ms.toFixed(0)} ms (max ${r.eventLoopMaxMs.toFixed(0)}), commits ${(r.commitMs / 1000).toFixed(2)} s, new items ${r.summary.newItems}, failed ${r.summary.failed}`,
        );
        const stalls = r.stalls.map((st) => `${st.ms.toFixed(0)} ms at ${(st.atMs / 1000).toFixed(1)} s (${st.feedsDone} feeds done)`);
        if (stalls.length > 0) console.log(`    longest event-loop stalls: ${stalls.join(', ')}`);
        if (cycle.label === 'a') await snapshot('after-first-poll');
      }
      const rest = async (collect: 'regular' | 'reduce', waitMs: number) => {
        send({ cmd: 'idle', waitMs, collect });
        const answer = await next('idle');
        const now = sampler.now()!;
        return answer.type === 'idle' ? { ...now, heap: answer.heap } : null;
      };
      idle = await rest('regular', options.idleMs);
      console.log(`  idle after a GC and ${options.idleMs / 1000} s: RSS ${idle?.rssMb.toFixed(0)} MB (JS heap used ${idle?.heap.heapUsedMb.toFixed(0)} MB)`);
      await snapshot('idle');
      idleReduced = await rest('reduce', 1000);
      console.log(`  idle after a memory-reducing GC: RSS ${idleReduced?.rssMb.toFixed(0)} MB`);
    }
    send({ cmd: 'exit' });
    await exited;
    return { runtime: options.runtime, bare, cycles, idle, idleReduced, logLines: countLogLines(options.logPath) };
  } finally {
    sampler.stop();
    if (child.exitCode === null && child.signalCode === null) child.kill();
  }
}

function countLogLines(path: string): { warn: number; error: number } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return { warn: 0, error: 0 };
  }
  return { warn: (text.match(/"level":40/g) ?? []).length, error: (text.match(/"level":(50|60)/g) ?? []).length };
}

/**
 * Runs `node <args>` and reports its memory: with settleMs, the RSS that long after start
 * (then the process is stopped); without, its peak RSS until it exits.
 */
export async function measureCommand(
  args: readonly string[],
  options: { env?: Record<string, string>; settleMs?: number } = {},
): Promise<{ rssMb: number; peakMb: number; code: number | null }> {
  const child = spawn(process.execPath, [...args], { env: cleanEnv(options.env), stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const sampler = sampleMemory(child.pid!, 20);
  try {
    if (options.settleMs !== undefined) {
      await sleep(options.settleMs);
      const now = sampler.now();
      child.kill();
      await exited;
      return { rssMb: now?.rssMb ?? NaN, peakMb: now?.hwmMb ?? NaN, code: null };
    }
    const code = await exited;
    const last = sampler.now();
    if (code !== 0) console.error(`  node ${args.join(' ')} exited ${code}`);
    return { rssMb: last?.rssMb ?? NaN, peakMb: last?.hwmMb ?? NaN, code };
  } finally {
    sampler.stop();
  }
}

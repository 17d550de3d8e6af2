// Another process's memory, read from Linux's /proc/<pid>/status, so a benchmark can
// measure a child without counting its own servers. VmHWM is the exact peak resident set;
// writing 5 to /proc/<pid>/clear_refs resets it, which gives a peak per phase.
import { readFileSync, writeFileSync } from 'node:fs';

export interface ProcMemory {
  /** Resident set size now (VmRSS), MiB. */
  readonly rssMb: number;
  /** Peak resident set size since start or the last reset (VmHWM), MiB. */
  readonly hwmMb: number;
  /** Anonymous memory (heaps, malloc), MiB. */
  readonly anonMb: number;
  /** File-backed pages (the node binary, shared libraries, native addons), MiB. */
  readonly fileMb: number;
}

/** A process tree's memory: the sums, plus the root's own RSS and the proportional set size. */
export interface TreeMemory extends ProcMemory {
  /** The root process's own RSS, MiB. */
  readonly rootRssMb: number;
  /**
   * The sum of each process's PSS (smaps_rollup), MiB: a page shared by n processes counts 1/n in each,
   * so the node binary's pages, mapped by the bot and its child alike, count once (summed RSS counts them twice).
   */
  readonly pssMb: number;
}

const FIELD = /^(VmRSS|VmHWM|RssAnon|RssFile):\s+(\d+) kB$/gm;

/** The process's memory now, or null once it has exited. */
export function readProcMemory(pid: number): ProcMemory | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  const kb: Record<string, number> = {};
  for (const match of text.matchAll(FIELD)) kb[match[1]!] = Number(match[2]);
  // A process that has exited but not been reaped (a zombie) has no memory lines.
  if (kb.VmRSS === undefined) return null;
  const mb = (key: string) => (kb[key] ?? NaN) / 1024;
  return { rssMb: mb('VmRSS'), hwmMb: mb('VmHWM'), anonMb: mb('RssAnon'), fileMb: mb('RssFile') };
}

/** The direct children of a process (Linux's /proc/<pid>/task/<pid>/children). */
function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The proportional set size of a process, MiB (0 when the kernel does not give it). */
function readPss(pid: number): number {
  try {
    const match = /^Pss:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The memory of a process and all its descendants, summed (the peak field is the process's own VmHWM). */
export function readTreeMemory(pid: number): TreeMemory | null {
  const own = readProcMemory(pid);
  if (!own) return null;
  let { rssMb, anonMb, fileMb } = own;
  let pssMb = readPss(pid);
  for (const child of childrenOf(pid)) {
    const sub = readTreeMemory(child);
    if (!sub) continue;
    rssMb += sub.rssMb;
    anonMb += sub.anonMb;
    fileMb += sub.fileMb;
    pssMb += sub.pssMb;
  }
  return { rssMb, hwmMb: own.hwmMb, anonMb, fileMb, rootRssMb: own.rssMb, pssMb };
}

/** Resets VmHWM to the current RSS; false where the kernel does not allow it. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** A tree's sampled maxima over a phase: the root alone, its descendants together, and the summed PSS. */
export interface TreePeaks {
  readonly rootMb: number;
  readonly descendantsMb: number;
  readonly pssMb: number;
}

export interface MemorySampler {
  /** Starts a new phase: resets the kernel's peak and the sampled maximum. */
  startPhase(): void;
  /** The phase's peak (kernel VmHWM where it could be reset, else the sampled maximum) and the last sample. */
  endPhase(): { peakMb: number; sampledMaxMb: number; tree: TreePeaks | null; last: ProcMemory | null };
  /** The most recent sample (taken now). */
  now(): ProcMemory | null;
  stop(): void;
}

/**
 * Samples the process every intervalMs (50–100 ms is enough beside VmHWM, which is exact). With `tree`,
 * each sample sums the process and its descendants, and the peak is the sampled maximum of that sum
 * (no kernel peak exists for a tree).
 */
export function sampleMemory(pid: number, intervalMs = 50, tree = false): MemorySampler {
  let sampledMax = 0;
  let peaks = { rootMb: 0, descendantsMb: 0, pssMb: 0 };
  let hwmReset = false;
  let last: ProcMemory | null = null;
  const take = () => {
    const sample = tree ? readTreeMemory(pid) : null;
    last = (tree ? sample : readProcMemory(pid)) ?? last;
    if (last) sampledMax = Math.max(sampledMax, last.rssMb);
    if (sample)
      peaks = {
        rootMb: Math.max(peaks.rootMb, sample.rootRssMb),
        descendantsMb: Math.max(peaks.descendantsMb, sample.rssMb - sample.rootRssMb),
        pssMb: Math.max(peaks.pssMb, sample.pssMb),
      };
    return last;
  };
  const timer = setInterval(take, intervalMs);
  take();
  return {
    startPhase() {
      hwmReset = !tree && resetPeak(pid);
      sampledMax = 0;
      peaks = { rootMb: 0, descendantsMb: 0, pssMb: 0 };
      take();
    },
    endPhase() {
      const current = take();
      const peakMb = hwmReset && current ? Math.max(current.hwmMb, sampledMax) : sampledMax;
      return { peakMb, sampledMaxMb: sampledMax, tree: tree ? peaks : null, last: current };
    },
    now: take,
    stop() {
      clearInterval(timer);
    },
  };
}

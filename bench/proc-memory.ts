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

/** The memory of a process and all its descendants, summed (the peak field is the process's own VmHWM). */
export function readTreeMemory(pid: number): ProcMemory | null {
  const own = readProcMemory(pid);
  if (!own) return null;
  let { rssMb, anonMb, fileMb } = own;
  for (const child of childrenOf(pid)) {
    const sub = readTreeMemory(child);
    if (!sub) continue;
    rssMb += sub.rssMb;
    anonMb += sub.anonMb;
    fileMb += sub.fileMb;
  }
  return { rssMb, hwmMb: own.hwmMb, anonMb, fileMb };
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

export interface MemorySampler {
  /** Starts a new phase: resets the kernel's peak and the sampled maximum. */
  startPhase(): void;
  /** The phase's peak (kernel VmHWM where it could be reset, else the sampled maximum) and the last sample. */
  endPhase(): { peakMb: number; sampledMaxMb: number; last: ProcMemory | null };
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
  let hwmReset = false;
  let last: ProcMemory | null = null;
  const take = () => {
    last = (tree ? readTreeMemory(pid) : readProcMemory(pid)) ?? last;
    if (last) sampledMax = Math.max(sampledMax, last.rssMb);
    return last;
  };
  const timer = setInterval(take, intervalMs);
  take();
  return {
    startPhase() {
      hwmReset = !tree && resetPeak(pid);
      sampledMax = 0;
      take();
    },
    endPhase() {
      const current = take();
      const peakMb = hwmReset && current ? Math.max(current.hwmMb, sampledMax) : sampledMax;
      return { peakMb, sampledMaxMb: sampledMax, last: current };
    },
    now: take,
    stop() {
      clearInterval(timer);
    },
  };
}

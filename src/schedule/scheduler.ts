// Runs a job (the poll cycle, a digest) on a cron schedule, never two at once.
import { schedule as cronSchedule, createTask, type ScheduledTask } from 'node-cron';

export interface Scheduler {
  start(): void;
  /** Stops future ticks; a cycle already running is left to finish (see `idle`). */
  stop(): Promise<void>;
  readonly running: boolean;
  /** Resolves when no cycle is in flight. */
  idle(): Promise<void>;
}

/** Where node-cron's own messages (a missed tick, an overlap) go, instead of raw to stderr. */
export interface SchedulerLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  debug(message: string, error?: unknown): void;
}

export interface SchedulerOptions {
  readonly expression: string;
  readonly runCycle: () => Promise<void>;
  readonly onError: (error: unknown) => void;
  readonly log: SchedulerLog;
  /** The zone the expression's hours are in (default: the machine's). */
  readonly timezone?: string;
  /** Names the task in node-cron's messages. */
  readonly name?: string;
}

/** Milliseconds between the next two ticks of a cron expression: the nominal cycle interval. */
export function cronIntervalMs(expression: string, timezone?: string): number {
  const task = createTask(expression, () => undefined, timezone ? { timezone } : {});
  try {
    const [a, b] = task.getNextRuns(2);
    return a && b ? b.getTime() - a.getTime() : 5 * 60_000;
  } finally {
    void task.destroy();
  }
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  let task: ScheduledTask | null = null;
  let inFlight: Promise<void> | null = null;

  const tick = async () => {
    // node-cron's noOverlap also guards this, but a manual trigger must not overlap either.
    if (inFlight) return;
    inFlight = options
      .runCycle()
      .catch(options.onError)
      .finally(() => {
        inFlight = null;
      });
    await inFlight;
  };

  return {
    start() {
      if (task) return;
      task = cronSchedule(options.expression, tick, {
        noOverlap: true,
        name: options.name ?? 'dealwatch-poll',
        ...(options.timezone ? { timezone: options.timezone } : {}),
        logger: {
          info: (message) => options.log.info(String(message)),
          warn: (message) => options.log.warn(String(message)),
          error: (message, error) => options.log.error(String(message instanceof Error ? message.message : message), error),
          debug: (message, error) => options.log.debug(String(message instanceof Error ? message.message : message), error),
        },
      });
    },
    async stop() {
      if (!task) return;
      const t = task;
      task = null;
      await t.stop();
      await t.destroy();
    },
    get running() {
      return task !== null;
    },
    async idle() {
      while (inFlight) await inFlight;
    },
  };
}

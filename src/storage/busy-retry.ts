// Waiting out another connection's write lock. The connection's own busy timeout is a
// synchronous wait that freezes the event loop, so it is kept to a few seconds; writes that
// must not fail (a poll's commit, marking a delivery done) retry on top of it, sleeping
// asynchronously so chat commands and other deliveries go on meanwhile.

export interface BusyRetry {
  /** How long, in all, a write keeps retrying while the database is locked. */
  readonly maxWaitMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

export const isBusyError = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code === 'SQLITE_BUSY_SNAPSHOT';
};

export async function withBusyRetry<T>(write: () => T | Promise<T>, retry: BusyRetry): Promise<T> {
  const deadline = Date.now() + retry.maxWaitMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isBusyError(error) || Date.now() >= deadline) throw error;
      await retry.sleep(Math.min(50 * 2 ** attempt, 1_000));
    }
  }
}

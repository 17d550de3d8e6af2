// The collection asked for after a big poll cycle: it is available without --expose-gc and
// it really collects (an object only a WeakRef holds is gone afterwards).
import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../../src/app/release-memory.js';

describe('releaseMemory', () => {
  it('runs a full collection and reports its time and the RSS around it', async () => {
    // Made in a function of its own, so nothing on this stack holds it.
    const ref = ((): WeakRef<{ payload: number[] }> => new WeakRef({ payload: Array.from({ length: 100_000 }, (_, i) => i) }))();
    // WeakRef targets survive until the end of the current job.
    await new Promise((resolve) => setImmediate(resolve));
    const released = releaseMemory();
    expect(released).not.toBeNull();
    expect(released!.ms).toBeGreaterThanOrEqual(0);
    expect(released!.rssBeforeMb).toBeGreaterThan(0);
    expect(released!.rssAfterMb).toBeGreaterThan(0);
    expect(ref.deref()).toBeUndefined();
  });
});

// The poll cycle's lock: one feed's analysis and commit at a time, each on a turn of the event
// loop of its own, so a health check or a chat command waits for one feed, never for a run of them.
import { describe, expect, it } from 'vitest';
import { oneAtATime } from '../../../src/pipeline/poll-cycle.js';

describe('oneAtATime', () => {
  it('runs the calls in order, one after another', async () => {
    const lock = oneAtATime();
    const log: string[] = [];
    const task = (name: string, ms: number) =>
      lock(async () => {
        log.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, ms));
        log.push(`${name} end`);
        return name;
      });
    expect(await Promise.all([task('a', 20), task('b', 1), task('c', 5)])).toEqual(['a', 'b', 'c']);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('lets the event loop in between two calls that are ready together', async () => {
    const lock = oneAtATime();
    const log: string[] = [];
    const calls = ['a', 'b', 'c'].map((name) =>
      lock(async () => {
        log.push(name);
      }),
    );
    // Queued after all three calls: with a hand-over in a microtask it would run after all of them.
    setImmediate(() => log.push('other work'));
    await Promise.all(calls);
    expect(log.indexOf('other work')).toBeGreaterThan(-1);
    expect(log.indexOf('other work')).toBeLessThan(log.indexOf('c'));
  });

  it('a failing call does not stop the next', async () => {
    const lock = oneAtATime();
    const failed = lock(async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    expect(await lock(async () => 'next')).toBe('next');
  });
});

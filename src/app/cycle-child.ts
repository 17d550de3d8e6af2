// The cycle process: one poll cycle for `dealwatch run`, then exit. The bot starts it for each
// cycle (cycle-process.ts), so everything a cycle allocates (parsed feeds, the analyzer, the
// heap and malloc arenas it grew into) goes back to the system when the cycle ends (ADR 0006).
// Every feed's result is committed by the cycle itself, in its own transaction, as in-process:
// a crash loses at most the feeds in flight, which the next cycle polls again.
import { loadConfig } from '../config/load-config.js';
import { createStore } from '../storage/store.js';
import type { CycleReport, StartCycle } from './cycle-messages.js';
import { createCycleRunner } from './cycle-runner.js';
import { fetcherForConfig } from './fetcher-for-config.js';
import { createLogger } from './logger.js';

let finished = false;

function send(report: CycleReport): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send || !process.connected) return resolve();
    process.send(report, undefined, {}, () => resolve());
  });
}

// The bot went away (killed, crashed): stop at once rather than poll on beside the bot that replaces it.
// The feed being committed rolls back with its transaction, and the next cycle polls it again.
process.once('disconnect', () => {
  if (!finished) process.exit(1);
});

async function runOnce(start: StartCycle): Promise<void> {
  const config = await loadConfig(start.configPath, process.env);
  const log = createLogger(config.env.logLevel, config.env.logFormat).child({ component: 'cycle' });
  const store = await createStore(config.env.databaseUrl);
  const fetcher = fetcherForConfig(config, Date.now);
  try {
    // Progress is sent as it happens, so the bot's metrics count every feed even if this process dies. The channel
    // keeps order: every feed's report reaches the bot before the summary sent after them.
    const run = createCycleRunner({
      config,
      log,
      store,
      fetcher,
      routes: start.routes,
      now: Date.now,
      followUpDelayMs: start.followUpDelayMs,
      onFeedDone: (feed, outcome, done, total) => void send({ kind: 'feed', feed, outcome, done, total }),
    });
    const summary = await run({ all: start.all, spreadMs: start.spreadMs });
    await send({ kind: 'done', summary });
  } finally {
    await fetcher.close();
    await store.close();
  }
}

process.once('message', (message: StartCycle) => {
  runOnce(message)
    .catch((error: unknown) => send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }))
    .finally(() => {
      finished = true;
      if (process.connected) process.disconnect();
    });
});

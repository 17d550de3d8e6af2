// `dealwatch run`: the long-running bot. Polls on the cron schedule, delivers from the
// outbox continuously, serves health, metrics and chat endpoints, and shuts down cleanly.
import type { Logger } from 'pino';
import { DealwatchError } from '../model/errors.js';
import { sendJson } from '../ops/http-server.js';
import { createScheduler, type Scheduler, type SchedulerLog } from '../schedule/index.js';
import type { App } from './create-app.js';

export interface RunningBot {
  readonly port: number;
  readonly scheduler: Scheduler;
  /** Runs a poll cycle now, unless one is already running (then waits for it). */
  pollNow(): Promise<void>;
  /** Stops the scheduler, lets the cycle and deliveries in flight finish (bounded), closes everything. */
  shutdown(reason: string): Promise<void>;
  readonly stopped: Promise<void>;
}

export interface RunOptions {
  readonly app: App;
  readonly log: Logger;
  readonly port: number;
  readonly host?: string;
  readonly schedule: string;
  readonly now?: () => number;
  /** How long shutdown waits for work in flight. */
  readonly shutdownGraceMs?: number;
  /** How often the outbox is checked for due deliveries. */
  readonly deliveryTickMs?: number;
  /** Poll once at start, before the first cron tick. */
  readonly pollOnStart?: boolean;
  /** Window over which a scheduled cycle staggers feed starts; default a quarter of the interval, at most 60 s. */
  readonly spreadMs?: number;
}

export async function runBot(options: RunOptions): Promise<RunningBot> {
  const { app, log } = options;
  const now = options.now ?? Date.now;
  let lastCycleFinishedAt: number | null = null;
  let cycleRunning = false;

  let currentCycle: Promise<void> | null = null;
  const spreadMs = options.spreadMs ?? Math.min(app.cycleIntervalMs / 4, 60_000);
  const runCycle = (spread = 0): Promise<void> => {
    currentCycle ??= cycleOnce(spread).finally(() => {
      currentCycle = null;
    });
    return currentCycle;
  };
  const cycleOnce = async (spread: number) => {
    cycleRunning = true;
    try {
      const summary = await app.runCycle({ all: false, spreadMs: spread });
      lastCycleFinishedAt = now();
      log.info({ ...summary }, 'poll cycle finished');
      if (summary.firstPollItems > 0) {
        log.info(
          { firstPollItems: summary.firstPollItems },
          `${summary.firstPollItems} new items came from feeds polled for the first time, which store without alerting; set backfill: N on a feed to alert on its newest N items at its first poll`,
        );
      }
      kickDelivery();
    } finally {
      cycleRunning = false;
    }
  };
  const scheduler = createScheduler({
    expression: options.schedule,
    // Scheduled cycles spread feed starts over part of the interval so all feeds do not fire at once.
    runCycle: () => runCycle(spreadMs),
    onError: (err) => log.error({ err }, 'poll cycle failed'),
    log: pinoSchedulerLog(log.child({ component: 'node-cron' })),
  });

  // Delivery runs on its own loop: a throttled channel never stalls the next poll.
  let deliveryTimer: NodeJS.Timeout | null = null;
  let delivering: Promise<unknown> | null = null;
  let stopping = false;
  const kickDelivery = () => {
    if (stopping || delivering) return;
    delivering = app.dispatcher
      .dispatch()
      // Pending counts change only when a cycle commits (it refreshes the gauge) or an alert goes out.
      .then((pass) => (pass.delivered > 0 || pass.deadLettered > 0 ? app.refreshPendingGauge() : undefined))
      .catch((err: unknown) => log.error({ err }, 'delivery pass failed'))
      .finally(() => {
        delivering = null;
      });
  };

  app.http.route('/healthz', (_req, res) => sendJson(res, 200, { status: 'ok' }), 'GET');
  app.http.route(
    '/readyz',
    async (_req, res) => {
      const problems: string[] = [];
      try {
        await app.store.ping();
      } catch (error) {
        problems.push(`database unreachable: ${(error as Error).message}`);
      }
      if (!scheduler.running) problems.push('scheduler is not running');
      const staleAfter = app.cycleIntervalMs * 2;
      if (lastCycleFinishedAt !== null && now() - lastCycleFinishedAt > staleAfter && !cycleRunning) {
        problems.push(`last poll cycle finished ${Math.round((now() - lastCycleFinishedAt) / 1000)} s ago (over twice the schedule)`);
      }
      sendJson(res, problems.length === 0 ? 200 : 503, { status: problems.length === 0 ? 'ready' : 'unready', problems });
    },
    'GET',
  );
  app.http.route(
    '/metrics',
    async (_req, res) => {
      const body = await app.metrics.registry.metrics();
      res.writeHead(200, { 'content-type': app.metrics.registry.contentType });
      res.end(body);
    },
    'GET',
  );

  const port = await app.http.listen(options.port, options.host).catch(async (error: unknown) => {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new DealwatchError(
      'http-listen',
      code === 'EADDRINUSE'
        ? `port ${options.port} is already in use; set PORT to a free port`
        : `cannot listen on port ${options.port} (${code ?? String(error)})`,
      { cause: error },
    );
  });
  // Each destination's digest on its own schedule, in its own time zone.
  const digestSchedulers = app.digests.schedules.map((d) =>
    createScheduler({
      expression: d.schedule,
      timezone: d.timezone,
      name: `dealwatch-digest-${d.destination}`,
      runCycle: async () => void (await app.digests.post(d.destination)),
      onError: (err) => log.error({ err, destination: d.destination }, 'digest failed'),
      log: pinoSchedulerLog(log.child({ component: 'node-cron' })),
    }),
  );
  await app.startIntegrations();
  deliveryTimer = setInterval(kickDelivery, options.deliveryTickMs ?? 1_000);
  scheduler.start();
  for (const s of digestSchedulers) s.start();
  log.info({ port, schedule: options.schedule, destinations: app.destinations.map((d) => d.name) }, 'dealwatch is running');
  if (options.pollOnStart !== false) void runCycle().catch((err: unknown) => log.error({ err }, 'poll cycle failed'));

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((resolve) => {
    resolveStopped = resolve;
  });
  let shuttingDown: Promise<void> | null = null;

  const shutdown = (reason: string) => {
    shuttingDown ??= (async () => {
      log.info({ reason }, 'shutting down: finishing the cycle and deliveries in flight');
      stopping = true;
      await scheduler.stop();
      for (const s of digestSchedulers) await s.stop();
      if (deliveryTimer) clearInterval(deliveryTimer);
      const grace = options.shutdownGraceMs ?? 20_000;
      const inFlight = Promise.all([waitFor(() => cycleRunning), delivering ?? Promise.resolve()]);
      const timedOut = await Promise.race([inFlight.then(() => false), sleep(grace).then(() => true)]);
      if (timedOut) log.warn({ graceMs: grace }, 'work still in flight after the grace period; closing anyway (the outbox keeps pending alerts)');
      await app.close();
      log.info('stopped');
      resolveStopped();
    })();
    return shuttingDown;
  };

  return {
    port,
    scheduler,
    shutdown,
    stopped,
    pollNow: () => (stopping ? Promise.resolve() : runCycle().catch((err: unknown) => log.error({ err }, 'poll cycle failed'))),
  };
}

/** node-cron's messages as structured log lines (no ANSI colours on stderr). */
function pinoSchedulerLog(log: Logger): SchedulerLog {
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, err) => log.error({ err }, message),
    debug: (message, err) => log.debug({ err }, message),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function waitFor(busy: () => boolean): Promise<void> {
  while (busy()) await sleep(50);
}

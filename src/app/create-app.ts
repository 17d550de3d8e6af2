// The composition root: the one place that builds every part and wires them together.
import type { Logger } from 'pino';
import type { AppConfig } from '../config/load-config.js';
import type { ChatIntegration } from '../chat/chat-integration.js';
import { createConsoleDestination } from '../chat/cli/index.js';
import { executeCommand, type Actor, type CommandDeps, type ParsedCommand, type Reply } from '../commands/index.js';
import { createOutboxDispatcher, type Destination, type OutboxDispatcher } from '../deliver/index.js';
import type { FeedFetcher, FetcherOptions } from '../fetch/index.js';
import { createHttpServer, type HttpServer } from '../ops/http-server.js';
import { createMetrics, type Metrics } from '../ops/metrics.js';
import type { CycleSummary } from '../pipeline/poll-cycle.js';
import type { FeedOutcome } from '../pipeline/process-feed.js';
import type { RouteFilter } from '../pipeline/routing.js';
import { cronIntervalMs, firstPollAt } from '../schedule/index.js';
import { createStore, sqlitePathFromUrl, type Store } from '../storage/store.js';
import type { FeedRecord } from '../model/records.js';
import { createCycleProcesses, type CycleProcessOptions } from './cycle-process.js';
import type { CycleRunner } from './cycle-runner.js';
import { createDigestPoster, type DigestPoster } from './digest-poster.js';
import { feedLimits, fetcherForConfig } from './fetcher-for-config.js';
import { loadIntegrationFactories } from './integrations.js';
import { releaseMemory } from './release-memory.js';

/** A cycle that stored this many items leaves enough freed memory behind to give it back at once. */
const BIG_CYCLE_ITEMS = 1_000;
/** So does a config sync of this many feeds (177 MB left at a first start with 5,000 feeds, 102 MB after). */
const BIG_SYNC_FEEDS = 1_000;

/** giveBackMemory runs a memory-reducing collection and logs what it left. */
function giveBackMemory(log: Logger, level: 'info' | 'debug', after: string): void {
  const released = releaseMemory();
  if (released)
    log[level](
      { ms: Math.round(released.ms), rssBeforeMb: Math.round(released.rssBeforeMb), rssAfterMb: Math.round(released.rssAfterMb) },
      `memory released after ${after}`,
    );
}

export interface AppOptions {
  readonly config: AppConfig;
  readonly log: Logger;
  readonly now?: () => number;
  /** Where console alerts go; default stdout. */
  readonly writeAlert?: (text: string) => void;
  /** Test seam: fetcher options such as a DNS lookup mapping test hosts to loopback. */
  readonly fetcherOverrides?: Partial<FetcherOptions>;
  readonly onFeedDone?: (feed: FeedRecord, outcome: FeedOutcome, done: number, total: number) => void;
  /** How long a further report waits to fold with others into one reply (default two minutes). */
  readonly followUpDelayMs?: number;
  /**
   * Run each poll cycle in a process of its own, which reads this config file again (`dealwatch run`
   * does, unless `polling.cycle_process: false`; ADR 0006). Without it cycles run in this process.
   */
  readonly cycleProcess?: CycleProcessOptions;
}

export type ProgressFn = (done: number, total: number, feedUrl: string) => void;

export interface App {
  readonly store: Store;
  readonly http: HttpServer;
  readonly fetcher: FeedFetcher;
  readonly destinations: readonly Destination[];
  readonly dispatcher: OutboxDispatcher;
  /** Scheduled digests: each destination's schedule, and posting one now. */
  readonly digests: DigestPoster;
  readonly metrics: Metrics;
  readonly cycleIntervalMs: number;
  /** Refreshes the pending-outbox gauge from the database. */
  refreshPendingGauge(): Promise<void>;
  runCommand(command: ParsedCommand, actor: Actor): Promise<Reply>;
  /** One poll cycle over due feeds (all feeds with `all`). `spreadMs` staggers feed starts. */
  runCycle(options: { all: boolean; spreadMs?: number; onProgress?: ProgressFn }): Promise<CycleSummary>;
  startIntegrations(): Promise<void>;
  close(): Promise<void>;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, log } = options;
  const now = options.now ?? Date.now;
  const store = await createStore(config.env.databaseUrl);
  const cycleIntervalMs = cronIntervalMs(config.schedule);

  // The config file owns what it declares; what chat or the CLI added or changed is the database's.
  const feedSync = await store.feeds.syncFromConfig(
    config.feeds.map((f) => ({ url: f.url, name: f.name, source: 'config' as const, trusted: true, backfill: f.backfill })),
    now(),
    (url) => firstPollAt(url, now(), 0),
  );
  const watchSync = await store.watchlist.syncFromConfig(config.watchlist, now());
  // Syncing thousands of feeds leaves its garbage in a heap grown for it; give it back before the
  // bot settles, as after a big cycle.
  if (config.feeds.length >= BIG_SYNC_FEEDS) giveBackMemory(log, 'debug', 'the config sync');
  for (const url of feedSync.removed) log.info({ feedUrl: url }, `feed ${url} is no longer in ${config.configPath}: removed`);
  for (const name of watchSync.removed) log.info({ company: name }, `${name} is no longer in ${config.configPath}: removed from the watchlist`);
  if ((await store.watchlist.list()).length === 0) {
    log.warn('the watchlist is empty, so no story can alert: add companies under watchlist: in the config, or with /watchlist add or dealwatch watch add');
  }

  const fetcher = fetcherForConfig(config, now, options.fetcherOverrides);

  const limits = feedLimits(config);
  const commandDeps: CommandDeps = {
    store,
    // Loaded when first asked for: the parser stays out of a bot whose cycles run in their own process.
    probeFeed: async (url, probeOptions) => (await import('../pipeline/probe-feed.js')).probeFeed(fetcher, url, { ...probeOptions, limits }),
    admins: config.admins,
    allowPrivateFeedUrls: config.security.allowPrivateFeedUrls,
    now,
    firstPollAt: (url) => firstPollAt(url, now(), 0),
  };
  const runCommand = (command: ParsedCommand, actor: Actor) => executeCommand(command, actor, commandDeps);

  const http = createHttpServer(log);
  // Lazy SDK loading (issue 12): only the platforms the config or environment asks for are
  // imported, so a console-only bot never loads @slack/bolt or discord.js. See integrations.ts.
  const factories = await loadIntegrationFactories(config);
  const integrations: ChatIntegration[] = factories.map((factory) =>
    factory({
      config,
      http,
      runCommand,
      watchedNames: async () => (await store.watchlist.list()).map((w) => w.name),
      log,
      now,
    }),
  );
  for (const integration of integrations) {
    for (const skipped of integration.skipped) {
      log.warn({ destination: skipped.destination.name }, `destination ${skipped.destination.name} skipped: ${skipped.reason}`);
    }
  }

  let destinations: Destination[] = integrations.flatMap((i) => [...i.destinations]);
  let routes: RouteFilter[] = config.destinations
    .filter((d) => destinations.some((dest) => dest.name === d.name))
    .map((d) => ({ name: d.name, companies: d.companies, types: d.types, minScore: d.minScore, followUps: d.followUps, rumored: d.alertRumored }));
  if (destinations.length === 0) {
    log.info('no chat destination is configured with credentials: alerts print to the console');
    destinations = [createConsoleDestination(options.writeAlert ?? ((text) => process.stdout.write(`${text}\n`)), config.display.timezone)];
    routes = [{ name: 'console', companies: null, types: null, minScore: null, followUps: 'thread', rumored: true }];
  }

  const metrics = createMetrics();
  const dispatcher = createOutboxDispatcher({
    outbox: store.outbox,
    destinations,
    now,
    log,
    events: {
      onDelivered(destination, delivery, at) {
        metrics.alertsDelivered.inc({ destination: destination.name });
        // Latency from the story's arrival to its alert; replies wait on purpose to fold.
        if (delivery.kind === 'alert')
          metrics.deliveryLatency.observe({ destination: destination.name }, Math.max(0, at - delivery.report.firstSeenAt.getTime()) / 1000);
        void store.stats.increment('alerts_delivered', destination.name);
      },
      onFailed(destination, _delivery, outcome) {
        metrics.alertsFailed.inc({ destination: destination.name, kind: outcome.kind });
        void store.stats.increment('delivery_failures', `${destination.name}:${outcome.kind === 'permanent' ? outcome.code : outcome.kind}`);
      },
      onDeadLettered(destination) {
        metrics.deadLetters.inc({ destination: destination.name });
        void store.stats.increment('dead_letters', destination.name);
      },
    },
  });
  const onFeedDone = (feed: FeedRecord, outcome: FeedOutcome, done: number, total: number) => {
    metrics.feedsPolled.inc({ outcome: outcome.kind });
    if (outcome.kind === 'failed') metrics.fetchErrors.inc({ reason: outcome.code });
    if (outcome.kind === 'disabled') metrics.fetchErrors.inc({ reason: 'gone' });
    if (outcome.kind === 'updated') {
      metrics.newItems.inc(outcome.newItems);
      metrics.alertsCreated.inc(outcome.alerts);
    }
    options.onFeedDone?.(feed, outcome, done, total);
    progress?.(done, total, feed.url);
  };
  let progress: ProgressFn | undefined;
  const refreshPendingGauge = async () => {
    const [counts, dead] = await Promise.all([store.outbox.pendingCounts(), store.outbox.deadCounts()]);
    for (const d of destinations) {
      metrics.pendingOutbox.set({ destination: d.name }, counts[d.name] ?? 0);
      metrics.deadOutbox.set({ destination: d.name }, dead[d.name] ?? 0);
    }
  };
  const followUpDelayMs = options.followUpDelayMs ?? config.alerts.foldSeconds * 1000;
  // A database in memory exists in this process only: its cycles cannot run in another.
  const shareable = sqlitePathFromUrl(config.env.databaseUrl) !== ':memory:';
  const cycleProcesses = options.cycleProcess && shareable ? createCycleProcesses(options.cycleProcess, log) : null;
  // In this process, the cycle code is loaded at the first cycle (see cycle-runner.ts).
  let inProcess: CycleRunner | null = null;
  const runInProcess: CycleRunner = async (request) => {
    if (!inProcess) {
      const { createCycleRunner } = await import('./cycle-runner.js');
      inProcess = createCycleRunner({ config, log, store, fetcher, routes, now, followUpDelayMs, onFeedDone });
    }
    return inProcess(request);
  };
  // Cycle processes one after another, whoever asks (the schedule, a chat command): two would group
  // deals apart. In this process, the runner's lock already makes grouping one feed at a time.
  let cycleQueue: Promise<unknown> = Promise.resolve();
  const oneCycle = (request: { all: boolean; spreadMs: number }): Promise<CycleSummary> => {
    if (!cycleProcesses) return runInProcess(request);
    const next = cycleQueue.then(() => cycleProcesses.run({ ...request, routes, followUpDelayMs }, onFeedDone));
    cycleQueue = next.catch(() => undefined);
    return next;
  };

  const digests = createDigestPoster({
    store,
    destinations,
    schedules: config.destinations
      .filter((d) => d.digest !== null && destinations.some((dest) => dest.name === d.name))
      .map((d) => ({
        destination: d.name,
        schedule: d.digest!.schedule,
        timezone: d.digest!.timezone,
        periodMs: cronIntervalMs(d.digest!.schedule, d.digest!.timezone),
      })),
    now,
    log,
  });

  let closed = false;
  return {
    store,
    http,
    fetcher,
    destinations,
    dispatcher,
    digests,
    metrics,
    cycleIntervalMs,
    refreshPendingGauge,
    runCommand,
    async runCycle({ all, spreadMs, onProgress }) {
      progress = onProgress;
      const summary = await oneCycle({ all, spreadMs: spreadMs ?? 0 }).finally(() => {
        progress = undefined;
      });
      metrics.cycleDuration.observe(summary.durationMs / 1000);
      metrics.lastCycleFinished.set(now() / 1000);
      await refreshPendingGauge();
      // A cycle process gave its memory back by exiting; this process, which holds little, collects what the
      // start-up and the cycle's reports left (cheap on its small heap), so it idles at its floor.
      if (cycleProcesses || summary.newItems >= BIG_CYCLE_ITEMS) giveBackMemory(log, summary.newItems >= BIG_CYCLE_ITEMS ? 'info' : 'debug', 'a poll cycle');
      return summary;
    },
    async startIntegrations() {
      // A platform that cannot start receiving commands (bad token, outage) is reported;
      // alerts still flow through the outbox, and the other platform is unaffected.
      for (const integration of integrations) {
        try {
          await integration.start();
        } catch (err) {
          log.error(
            { platform: integration.platform, err },
            `${integration.platform}: could not start receiving commands: ${err instanceof Error ? err.message : String(err)}. Alerts are still delivered; fix the credentials and restart.`,
          );
        }
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      cycleProcesses?.stop();
      for (const integration of integrations) await integration.stop().catch((err: unknown) => log.warn({ err }, 'integration stop failed'));
      for (const destination of destinations) await destination.close?.();
      await http.close();
      await fetcher.close();
      await store.close();
    },
  };
}

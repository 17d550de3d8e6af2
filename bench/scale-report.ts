// The bench:scale section of BENCHMARKS.md: one table of cycles per runtime, then the
// memory of the process at rest, each figure beside its target.
import type { BotRun, Runtime } from './scale-child.js';

export interface ScaleResults {
  readonly date: string;
  readonly machine: string;
  readonly loadBefore: number;
  readonly feeds: number;
  readonly hosts: number;
  readonly itemsPerFeed: number;
  readonly watched: number;
  readonly loopback: string;
  readonly bareNodeMb: number;
  readonly bareTsxMb: number;
  readonly idleMs: number;
  readonly eagerSdks: boolean;
  readonly nodeFlags: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  readonly emulate: readonly string[];
  readonly runs: readonly BotRun[];
}

export const TARGETS = { wallS: 30, peakMb: 250, eventLoopP99Ms: 100, idleMb: 120 } as const;

const RUNTIME_NAMES: Record<Runtime, string> = {
  compiled: 'compiled JavaScript under plain `node`, as production runs (`node dist/src/cli/main.js`)',
  tsx: 'TypeScript sources through tsx (`node --import tsx`), as `npm run dealwatch` and the tests run',
  'cycle-process':
    "compiled, each cycle in a process of its own that exits with the cycle, as `dealwatch run` polls (`polling.cycle_process`, ADR 0006). Peak RSS is the bot and its cycle process together, the sampled maximum of their sum, followed by each one's own sampled peak and the peak of their summed PSS (proportional set size: the pages both map, such as the node binary's, counted once); the cycle process runs with `--heap-growing-percent=30 --max-semi-space-size=8`, which the bot gives it; the event loop is the bot's, the one that answers commands and health checks; SQLite time is spent in the cycle process, where the runner does not measure it (0 here); the cycle process logs to the terminal, so its warnings are not counted below",
};

const mb = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(0)} MB`);
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const int = (n: number) => n.toLocaleString('en');

function cycleTable(run: BotRun): string {
  const rows = run.cycles.map((c) => {
    const r = c.report;
    const wall = r.wallMs / 1000;
    return `| ${c.label}: ${c.description} | ${wall.toFixed(1)} s (${verdict(wall < TARGETS.wallS)}) | ${mb(c.peakMb)} (${verdict(c.peakMb < TARGETS.peakMb)})${c.tree ? `: bot ${mb(c.tree.rootMb)}, cycle process ${mb(c.tree.descendantsMb)}; PSS ${mb(c.tree.pssMb)}` : ''} | ${r.eventLoopP99Ms.toFixed(0)} ms (${verdict(r.eventLoopP99Ms < TARGETS.eventLoopP99Ms)}) / ${r.eventLoopMaxMs.toFixed(0)} ms | ${(r.commitMs / 1000).toFixed(2)} s (${int(r.commits)}) | ${(r.otherSqliteMs / 1000).toFixed(2)} s | ${int(r.summary.newItems)} | ${int(c.served.ok)} / ${int(c.served.notModified)} | ${int(r.summary.failed)} | ${mb(c.endRssMb)} / ${mb(r.heap.heapUsedMb)} |`;
  });
  return `| cycle | wall (< ${TARGETS.wallS} s) | peak RSS (< ${TARGETS.peakMb} MB) | event-loop p99 (< ${TARGETS.eventLoopP99Ms} ms) / max | SQLite commit time (commits) | other SQLite time | new items stored | served 200 / 304 | failed feeds | RSS / JS heap used at the end |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows.join('\n')}`;
}

function restTable(results: ScaleResults): string {
  const runs = results.runs;
  const cell = (f: (run: BotRun) => string) => runs.map(f).join(' | ');
  const header = `| process at rest | ${runs.map((r) => r.runtime).join(' | ')} |\n|---|${runs.map(() => '---:').join('|')}|`;
  const idle = (run: BotRun) => (run.idle ? `${mb(run.idle.rssMb)} (${verdict(run.idle.rssMb < TARGETS.idleMb)})` : '–');
  const bare = (run: BotRun) => mb(run.runtime === 'tsx' ? results.bareTsxMb : results.bareNodeMb);
  const rows = [
    `| bare \`node\` (an empty script) | ${cell(bare)} |`,
    `| \`dealwatch status\` with a config of no feeds (a fresh database): peak RSS | ${cell((r) => mb(r.statusEmptyPeakMb))} |`,
    `| \`createApp\` at first start with ${int(results.feeds)} feeds (the config sync inserts them all), before any cycle: RSS | ${cell((r) => `${mb(r.bare.rssMb)} (anon ${mb(r.bare.anonMb)}, file ${mb(r.bare.fileMb)})`)} |`,
    `| the same with both chat SDKs imported first, as before issue 12 | ${cell((r) => (r.eagerBare ? `${mb(r.eagerBare.rssMb)} (+${(r.eagerBare.rssMb - r.bare.rssMb).toFixed(0)} MB)` : '–'))} |`,
    `| \`dealwatch status\` with the ${int(results.feeds)}-feed config on the filled database (a later start): peak RSS | ${cell((r) => mb(r.statusPeakMb))} |`,
    `| idle after the cycles, a full GC and ${results.idleMs / 1000} s: RSS (< ${TARGETS.idleMb} MB, no chat destination) | ${cell(idle)} |`,
    `| idle: anon / file-backed | ${cell((r) => (r.idle ? `${mb(r.idle.anonMb)} / ${mb(r.idle.fileMb)}` : '–'))} |`,
    `| idle: JS heap used / heap reserved / code and bytecode | ${cell((r) => (r.idle ? `${mb(r.idle.heap.heapUsedMb)} / ${mb(r.idle.heap.heapTotalMb)} / ${mb(r.idle.heap.codeMb)}` : '–'))} |`,
    `| then after a memory-reducing GC (V8's memory reducer runs one by itself about 100 s after a cycle) | ${cell((r) => (r.idleReduced ? `${mb(r.idleReduced.rssMb)} (${verdict(r.idleReduced.rssMb < TARGETS.idleMb)}; anon ${mb(r.idleReduced.anonMb)})` : '–'))} |`,
    `| warn / error log lines over the cycles | ${cell((r) => `${r.logLines.warn} / ${r.logLines.error}`)} |`,
  ];
  return `${header}\n${rows.join('\n')}`;
}

/** What environment the bot ran with: npm start's variables, or none of them. */
function envLine(env: Readonly<Record<string, string>>): string {
  const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`);
  return vars.length > 0
    ? `The bot ran with the environment \`npm start\` and the Docker image set: \`${vars.join(' ')}\`.`
    : 'The bot ran without the environment `npm start` sets (`--plain-env`).';
}

export function scaleMarkdown(results: ScaleResults): string {
  const last = results.runs[results.runs.length - 1]!;
  const hostRange = `127.0.0.2 … 127.0.0.${results.hosts + 1}`;
  const tables = results.runs.map((run) => `**${run.runtime}**: ${RUNTIME_NAMES[run.runtime]}.\n\n${cycleTable(run)}`).join('\n\n');
  const all = (test: (run: BotRun) => boolean) => verdict(results.runs.every(test));
  const cyclesAll = (test: (c: BotRun['cycles'][number]) => boolean) => all((run) => run.cycles.every(test));
  const summary = [
    `each cycle under ${TARGETS.wallS} s: ${cyclesAll((c) => c.report.wallMs / 1000 < TARGETS.wallS)}`,
    `peak RSS under ${TARGETS.peakMb} MB: ${cyclesAll((c) => c.peakMb < TARGETS.peakMb)}`,
    `event-loop p99 under ${TARGETS.eventLoopP99Ms} ms: ${cyclesAll((c) => c.report.eventLoopP99Ms < TARGETS.eventLoopP99Ms)}`,
    `idle without chat destinations under ${TARGETS.idleMb} MB: ${all((run) => (run.idle?.rssMb ?? Infinity) < TARGETS.idleMb)}`,
  ].join('; ');
  return `### Scale: ${int(results.feeds)} feeds, three poll cycles (\`npm run bench:scale\`)

Measured ${results.date} on ${results.machine}; the load average was ${results.loadBefore.toFixed(2)} before the run (the benchmark's own feed servers and bot keep both cores busy).${results.eagerSdks ? ' **Both chat SDKs were imported before createApp in this run.**' : ''}${results.nodeFlags.length > 0 ? ` **The bot ran with \`${results.nodeFlags.join(' ')}\`.**` : ''} ${envLine(results.env)}${results.emulate.length > 0 ? ` **Emulated: ${results.emulate.join(', ')}.**` : ''}

- **Feeds**: ${int(results.feeds)} RSS 2.0 feeds of ${results.itemsPerFeed} items (titles, links with \`utm_\` tags, descriptions with a little HTML; one story in eight reads like a deal), served by ${results.hosts} node:http servers, one per loopback address ${hostRange} (\`${results.loopback}\`), with ETag/If-None-Match and Last-Modified/If-Modified-Since.
- **Bot**: built by \`createApp\` from a config file of the ${int(results.feeds)} feeds and ${results.watched} watched companies, fetch defaults (\`concurrency\` 16, \`per_host_concurrency\` 2), a SQLite file in a temporary folder, no chat credentials (console destination, alerts to a no-op), JSON logs at info to a file. It runs \`app.runCycle({ all: true })\` in a child process: (a) every item new (first poll, nothing alerts by design), (b) every feed answers 304, (c) one new item in every feed (${int(last.cycles[2]?.report.summary.alerts ?? 0)} alerts queued in the outbox).
- **Memory** is the child's alone, read by the parent from \`/proc/<pid>/status\`: the peak is \`VmHWM\`, reset at each cycle's start through \`/proc/<pid>/clear_refs\`, checked against a 50 ms sample of \`VmRSS\` (for *cycle-process*, the bot and its cycle process together, sampled every 50 ms). *anon* is heap and malloc memory, *file* the mapped node binary and native addons.
- **Event-loop delay** is \`monitorEventLoopDelay\` at 10 ms resolution, enabled only during the cycle. Node records the whole interval between two ticks, so an idle loop reads about 10 ms.
- **SQLite commit time** is the time inside the poll commit's transaction (items, deals, outbox rows and feed state), measured by wrapping better-sqlite3's \`transaction\` from the bench runner; storage is not changed. *Other SQLite* is every other statement (seen hashes, due feeds, cycle stats).

${tables}

${restTable(results)}

Targets: ${summary}. See [Memory](#memory-what-the-bot-holds) below for what takes the rest.`;
}

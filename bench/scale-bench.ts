// npm run bench:scale — the bot's real poll path at scale (issue 12): 5,000 local feeds of
// 20 items on 50 loopback hosts, three `runCycle({ all: true })` cycles (all new, all 304,
// one new item per feed), the idle process afterwards and a bare createApp, with the bot
// in a child process whose memory is read from /proc so the feed servers are not counted.
//
//   npm run bench:scale                          # 5,000 feeds; writes BENCHMARKS.md
//   npm run bench:scale -- --feeds 500 --no-write
//   npm run bench:scale -- --runtime compiled    # tsx | compiled | both (default both)
//   npm run bench:scale -- --eager-sdks          # load both chat SDKs first, as before issue 12
//   npm run bench:scale -- --heap-snapshots DIR  # also write .heapsnapshot files (figures not written)
//   npm run bench:scale -- --node-flags "--max-semi-space-size=4"   # try V8 flags on the bot (not written)
//   npm run bench:scale -- --emulate statement-cache    # size a recommended storage change (not written)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineDescription, writeBenchmarkSection } from './bench-report.js';
import { COMPANIES, ITEMS_PER_FEED, WATCHED_COUNT, startFeedFarm, type FeedFarm } from './scale-feeds.js';
import { measureCommand, runBotChild, startScriptEnv, type BotRun, type Runtime } from './scale-child.js';
import { scaleMarkdown } from './scale-report.js';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = join(REPO_ROOT, '.tmp/scale-build');

const USAGE =
  'usage: npm run bench:scale -- [--feeds N] [--hosts N] [--runtime tsx|compiled|cycle-process|both|all] [--idle-ms N] [--no-write] [--eager-sdks] [--plain-env] [--node-flags="<flags>"] [--emulate statement-cache] [--heap-snapshots DIR]';

/** A wrong command line gets one line and the usage, and exit status 2: no stack. */
function usageError(message: string): never {
  console.error(`bench:scale: ${message}\n${USAGE}`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      options: {
        feeds: { type: 'string', default: '5000' },
        hosts: { type: 'string', default: '50' },
        runtime: { type: 'string', default: 'all' },
        'idle-ms': { type: 'string', default: '5000' },
        'no-write': { type: 'boolean', default: false },
        'eager-sdks': { type: 'boolean', default: false },
        'heap-snapshots': { type: 'string' },
        'node-flags': { type: 'string', default: '' },
        'plain-env': { type: 'boolean', default: false },
        emulate: { type: 'string', default: '' },
      },
    }).values;
  } catch (error) {
    // parseArgs says what is wrong ("Option '--node-flags <value>' argument missing"); pass values with "=".
    return usageError((error as Error).message.replace(/\s*\n\s*/g, ' '));
  }
}

const values = readArgs();
const FEEDS = Number(values.feeds);
const HOSTS = Math.min(Number(values.hosts), FEEDS);
const IDLE_MS = Number(values['idle-ms']);
if (!Number.isInteger(FEEDS) || FEEDS < 1) usageError('--feeds must be a positive integer');
if (!Number.isInteger(HOSTS) || HOSTS < 1 || HOSTS > 250) usageError('--hosts must be an integer from 1 to 250');
if (!['tsx', 'compiled', 'cycle-process', 'both', 'all'].includes(values.runtime)) usageError('--runtime must be tsx, compiled, cycle-process, both or all');
const RUNTIMES: Runtime[] =
  values.runtime === 'all' ? ['compiled', 'tsx', 'cycle-process'] : values.runtime === 'both' ? ['compiled', 'tsx'] : [values.runtime as Runtime];
const SNAPSHOT_DIR = values['heap-snapshots'] ? resolve(values['heap-snapshots']) : null;
const NODE_FLAGS = values['node-flags'].split(' ').filter(Boolean);
const EMULATE = values.emulate.split(',').filter(Boolean);
// The bot runs with the variables `npm start` sets (glibc malloc tunables), unless --plain-env.
const BOT_ENV = values['plain-env'] ? {} : startScriptEnv(REPO_ROOT);
if (EMULATE.some((e) => e !== 'statement-cache')) usageError('--emulate knows only statement-cache');
// Only the code as it is gets recorded; the variants are for comparing by hand.
const WRITE = !values['no-write'] && SNAPSHOT_DIR === null && !values['eager-sdks'] && NODE_FLAGS.length === 0 && EMULATE.length === 0 && !values['plain-env'];

/** Linux sends every 127/8 address to lo; say which route proves it (binding proves it again). */
function loopbackRoute(): string {
  try {
    const table = execFileSync('ip', ['route', 'show', 'table', 'local'], { encoding: 'utf8' });
    return (
      table
        .split('\n')
        .find((line) => /^local 127\.0\.0\.0\/8 dev lo\b/.test(line))
        ?.trim() ?? 'no 127.0.0.0/8 route on lo'
    );
  } catch {
    return '(ip not available; each bind below checks the address)';
  }
}

/**
 * The compiled runtime runs what production runs (plain JavaScript from tsc, no loader
 * hooks): the runner and everything it imports are compiled into .tmp/scale-build.
 */
function buildCompiled(): void {
  mkdirSync(BUILD_DIR, { recursive: true });
  writeFileSync(
    join(BUILD_DIR, 'tsconfig.json'),
    JSON.stringify({
      extends: '../../tsconfig.json',
      compilerOptions: { noEmit: false, outDir: '.', rootDir: '../..', sourceMap: false },
      // The hand-written declarations under src/ (rss-parser's utils) come along.
      // The cycle process's entry is started by path, not imported, so it is named here.
      include: ['../../bench/scale-runner.ts', '../../src/cli/main.ts', '../../src/app/cycle-child.ts', '../../src/**/*.d.ts'],
    }),
  );
  execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(BUILD_DIR, 'tsconfig.json')], { stdio: 'inherit' });
}

async function main(): Promise<void> {
  // The load average at the end counts this benchmark's own two busy processes.
  const loadBefore = loadavg()[0]!;
  console.log(`loopback: ${loopbackRoute()}; 1-min load average before the run ${loadBefore.toFixed(2)}`);
  const farm: FeedFarm = await startFeedFarm(FEEDS, HOSTS);
  console.log(`feeds: ${FEEDS} × ${ITEMS_PER_FEED} items on ${HOSTS} hosts (${farm.urls[0]} …)`);
  const dir = mkdtempSync(join(tmpdir(), 'dealwatch-scale-'));
  const configPath = join(dir, 'bench-scale.yaml');
  // JSON is YAML: the config file the bot reads, as an operator would write it.
  writeFileSync(
    configPath,
    JSON.stringify({ feeds: farm.urls.map((url) => ({ url })), watchlist: COMPANIES.slice(0, WATCHED_COUNT).map((name) => ({ name })) }),
  );
  const emptyConfigPath = join(dir, 'no-feeds.yaml');
  writeFileSync(emptyConfigPath, JSON.stringify({ feeds: [], watchlist: [{ name: COMPANIES[0] }] }));
  if (SNAPSHOT_DIR) mkdirSync(SNAPSHOT_DIR, { recursive: true });
  try {
    if (RUNTIMES.includes('compiled') || RUNTIMES.includes('cycle-process')) buildCompiled();
    const bareNode = await measureCommand(['-e', 'setTimeout(() => {}, 3000)'], { settleMs: 1500 });
    const bareTsx = await measureCommand(['--import', 'tsx', '-e', 'setTimeout(() => {}, 3000)'], { settleMs: 1500 });
    const runs: BotRun[] = [];
    for (const runtime of RUNTIMES) {
      const common = { runtime, configPath, buildDir: BUILD_DIR, repoRoot: REPO_ROOT, farm, nodeFlags: NODE_FLAGS, env: BOT_ENV, emulate: EMULATE };
      console.log(`\n${runtime}: bare createApp with both chat SDKs loaded first (as before issue 12)`);
      const eagerBare = await runBotChild({
        ...common,
        databasePath: join(dir, `${runtime}-eager.db`),
        logPath: join(dir, `${runtime}-eager.log`),
        eagerSdks: true,
        cycles: false,
        idleMs: 0,
        snapshotDir: null,
      });
      console.log(`${runtime}: three cycles${values['eager-sdks'] ? ' (chat SDKs loaded first)' : ''}`);
      const run = await runBotChild({
        ...common,
        databasePath: join(dir, `${runtime}.db`),
        logPath: join(dir, `${runtime}.log`),
        eagerSdks: values['eager-sdks'],
        cycles: true,
        idleMs: IDLE_MS,
        snapshotDir: SNAPSHOT_DIR,
      });
      // What `dealwatch status` costs on the database the cycles filled.
      const cli = runtime === 'tsx' ? ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts')] : [join(BUILD_DIR, 'src/cli/main.js')];
      const status = await measureCommand([...cli, 'status', '--config', configPath], {
        env: { DATABASE_URL: `sqlite:${join(dir, `${runtime}.db`)}`, LOG_LEVEL: 'warn' },
      });
      const statusEmpty = await measureCommand([...cli, 'status', '--config', emptyConfigPath], {
        env: { DATABASE_URL: `sqlite:${join(dir, `${runtime}-empty.db`)}`, LOG_LEVEL: 'warn' },
      });
      runs.push({ ...run, eagerBare: eagerBare.bare, statusPeakMb: status.peakMb, statusEmptyPeakMb: statusEmpty.peakMb });
    }
    const md = scaleMarkdown({
      date: new Date().toISOString().slice(0, 10),
      machine: machineDescription(),
      loadBefore,
      feeds: FEEDS,
      hosts: HOSTS,
      itemsPerFeed: ITEMS_PER_FEED,
      watched: WATCHED_COUNT,
      loopback: loopbackRoute(),
      bareNodeMb: bareNode.rssMb,
      bareTsxMb: bareTsx.rssMb,
      idleMs: IDLE_MS,
      eagerSdks: values['eager-sdks'],
      nodeFlags: NODE_FLAGS,
      env: BOT_ENV,
      emulate: EMULATE,
      runs,
    });
    console.log(`\n${md}`);
    if (WRITE) {
      writeBenchmarkSection('scale', md);
      console.log('\nwritten to BENCHMARKS.md (bench:scale section)');
    } else console.log('\nBENCHMARKS.md not written (--no-write, --eager-sdks, --node-flags, --plain-env, --emulate or --heap-snapshots)');
  } finally {
    await farm.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

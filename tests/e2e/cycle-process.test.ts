// `dealwatch run` polls in a process of its own per cycle (ADR 0006). As real processes: the
// bot's first cycle stores the seed story and its alert prints once, the cycle's process loads
// the parser and the analyzer, and the bot's own process never does, so it holds none of them
// between cycles. With polling.cycle_process: false the bot polls in its own process.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CYCLE_PROCESS_V8_FLAGS } from '../../src/app/cycle-process.js';
import { createStore } from '../../src/storage/store.js';
import { cliArgs, envWithoutChat } from '../helpers/cli-process.js';
import { createFeedServer, hang, serve, type FeedServer } from '../helpers/feed-server.js';
import { REPO_ROOT, fixturePath } from '../helpers/shared-data.js';
import { tempDir } from '../helpers/test-app.js';

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

async function until(check: () => boolean, what: string, ms = 30_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the cycle process (real processes)', () => {
  let feeds: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let child: ChildProcess | null = null;

  beforeEach(async () => {
    feeds = createFeedServer({ '/seed.rss': serve(readFileSync(fixturePath('seed/deal-news.rss'))) });
    await feeds.start();
    dir = tempDir();
  });
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await feeds.close();
    dir.cleanup();
  });

  /** Runs the bot until its first cycle has printed the alert, stops it, and returns what each process loaded. */
  async function runOnce(extraConfig: string) {
    const configPath = join(dir.path, 'dealwatch.yaml');
    writeFileSync(
      configPath,
      `schedule: "0 0 1 1 *"\nfeeds:\n  - url: ${feeds.url('/seed.rss')}\n    backfill: 1\nwatchlist:\n  - name: OpenAI\n${extraConfig}`,
    );
    const record = join(dir.path, 'modules.json');
    const database = `sqlite:${join(dir.path, 'db.sqlite')}`;
    let output = '';
    child = spawn(process.execPath, cliArgs(['run', '--config', configPath], { recordModules: true }), {
      cwd: REPO_ROOT,
      env: { ...envWithoutChat(), DATABASE_URL: database, PORT: '0', LOG_LEVEL: 'info', DEALWATCH_RECORD_MODULES: record },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    await until(() => output.includes('poll cycle finished'), 'the first cycle');
    await until(() => /Partnership/i.test(output) && output.includes('OpenAI'), 'the alert');
    child.kill('SIGTERM');
    expect((await exited(child)).code, output).toBe(0);
    const loaded = (file: string) => JSON.parse(readFileSync(join(dir.path, file), 'utf8')) as string[];
    const childFiles = readdirSync(dir.path).filter((f) => f.startsWith('modules.json.child-'));
    const store = await createStore(database);
    const items = (await store.deals.search({ text: 'openai', limit: 10 })).deals.length;
    await store.close();
    return { output, bot: loaded('modules.json'), cycles: childFiles.map(loaded), items };
  }

  const has = (modules: readonly string[], path: string) => modules.some((m) => m.includes(path));

  it('polls in a process that loads the parser and the analyzer, which the bot never loads', async () => {
    const run = await runOnce('');
    expect(run.items).toBe(1);
    // One alert for the seed story: the partnership between OpenAI and Google.
    expect(run.output.match(/Partnership/gi)?.length ?? 0, run.output).toBeGreaterThanOrEqual(1);
    expect(run.cycles).toHaveLength(1);
    const [cycle] = run.cycles as [string[]];
    expect(has(cycle, '/src/intel/analyzer.ts')).toBe(true);
    expect(has(cycle, '/node_modules/rss-parser/')).toBe(true);
    expect(has(cycle, '/node_modules/wink-nlp/')).toBe(true);
    // The bot itself: storage and delivery, no parser, no analyzer.
    expect(has(run.bot, '/node_modules/better-sqlite3/')).toBe(true);
    expect(has(run.bot, '/src/deliver/')).toBe(true);
    // (A config's item limit and the date reader are all it takes of parse/ and normalize/.)
    expect(
      run.bot.filter((m) => /\/src\/(intel\/(index|analyzer|pos|classify|orgs)|parse\/(index|xml-|json-feed)|normalize\/(index|item|text))/.test(m)),
    ).toEqual([]);
    expect(has(run.bot, '/node_modules/rss-parser/')).toBe(false);
    expect(has(run.bot, '/node_modules/wink-nlp/')).toBe(false);
  }, 60_000);

  it('ends the cycle process when the bot is killed in the middle of a cycle', async () => {
    // A feed that never answers keeps the first cycle running.
    feeds.route('/slow.rss', hang());
    const configPath = join(dir.path, 'dealwatch.yaml');
    writeFileSync(configPath, `schedule: "0 0 1 1 *"\nfeeds:\n  - url: ${feeds.url('/slow.rss')}\nwatchlist:\n  - name: OpenAI\n`);
    const bot = spawn(process.execPath, cliArgs(['run', '--config', configPath]), {
      cwd: REPO_ROOT,
      env: { ...envWithoutChat(), DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, PORT: '0', LOG_LEVEL: 'warn' },
      stdio: 'ignore',
    });
    child = bot;
    // The bot's child running cycle-child (tsx may start a child of its own too).
    const cycleChildOf = (pid: number) => {
      try {
        const kids = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
        return kids.find((k) => readFileSync(`/proc/${k}/cmdline`, 'utf8').includes('cycle-child')) ?? 0;
      } catch {
        return 0;
      }
    };
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
      } catch {
        return false;
      }
    };
    let cyclePid = 0;
    await until(() => (cyclePid = cycleChildOf(bot.pid!)) > 0 && feeds.requests.length > 0, 'the cycle process to fetch');
    // It runs with the heap settings that keep a busy cycle near its live set (ADR 0006).
    const argv = readFileSync(`/proc/${cyclePid}/cmdline`, 'utf8').split('\0');
    for (const flag of CYCLE_PROCESS_V8_FLAGS) expect(argv).toContain(flag);
    bot.kill('SIGKILL');
    await exited(bot);
    await until(() => !alive(cyclePid), 'the cycle process to end', 10_000);
  }, 60_000);

  it('polls in its own process with polling.cycle_process: false', async () => {
    const run = await runOnce('polling:\n  cycle_process: false\n');
    expect(run.items).toBe(1);
    expect(run.cycles).toHaveLength(0);
    expect(has(run.bot, '/src/intel/analyzer.ts')).toBe(true);
  }, 60_000);

  it('dealwatch poll polls in a cycle process too, and prints the alert and the summary itself', async () => {
    const configPath = join(dir.path, 'dealwatch.yaml');
    writeFileSync(configPath, `feeds:\n  - url: ${feeds.url('/seed.rss')}\n    backfill: 1\nwatchlist:\n  - name: OpenAI\n`);
    const record = join(dir.path, 'modules.json');
    let output = '';
    child = spawn(process.execPath, cliArgs(['poll', '--config', configPath], { recordModules: true }), {
      cwd: REPO_ROOT,
      env: { ...envWithoutChat(), DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, DEALWATCH_RECORD_MODULES: record },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    expect((await exited(child)).code, output).toBe(0);
    expect(output).toMatch(/polled 1 feeds: .*1 new items, 1 deals, 1 alerts; 1 delivered/);
    expect(output.match(/Partnership/gi)?.length ?? 0, output).toBeGreaterThanOrEqual(1);
    const cycles = readdirSync(dir.path).filter((f) => f.startsWith('modules.json.child-'));
    expect(cycles).toHaveLength(1);
    const loaded = (file: string) => JSON.parse(readFileSync(join(dir.path, file), 'utf8')) as string[];
    expect(has(loaded(cycles[0]!), '/src/intel/analyzer.ts')).toBe(true);
    expect(has(loaded('modules.json'), '/src/intel/analyzer.ts')).toBe(false);
  }, 60_000);
});

// Every mistake a user can make at the command line is one line saying what is wrong (then
// the command's usage, for argument mistakes) and an exit status, never a stack trace. A
// closed pipe ends a command quietly.
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';
import { REPO_ROOT } from '../../helpers/shared-data.js';
import { tempDir } from '../../helpers/test-app.js';
import { runMain } from '../../helpers/run-main.js';

const STACK = /\n\s+at |\bat .*\.(ts|js):\d+/;

const run = runMain;

describe('the command line never shows a stack trace', () => {
  let dir: ReturnType<typeof tempDir>;
  let env: Record<string, string>;
  let config: string;

  beforeAll(() => {
    dir = tempDir();
    env = { DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, LOG_LEVEL: 'silent' };
    config = join(dir.path, 'dealwatch.yaml');
    writeFileSync(config, 'watchlist:\n  - name: Nvidia\n');
  });
  afterAll(() => dir.cleanup());

  it.each([
    {
      argv: ['feeds', 'add', 'https://example.com/feed.xml', '--name'],
      problem: 'dealwatch feeds add: --name needs a value',
      usage: 'usage: dealwatch feeds add <url>',
    },
    { argv: ['watch', 'add', 'Wiz', '--alias'], problem: 'dealwatch watch add: --alias needs a value', usage: 'usage: dealwatch watch add <name>' },
    { argv: ['watch', 'add', 'Wiz', '--alias', ''], problem: 'dealwatch watch add: aliases has an empty entry', usage: 'usage: dealwatch watch add' },
    { argv: ['deals', 'search', '--limit'], problem: 'dealwatch deals search: --limit needs a value', usage: 'usage: dealwatch deals search' },
    {
      argv: ['deals', 'search', '--limit', 'lots'],
      problem: 'dealwatch deals search: limit must be a whole number from 1 to 50, not "lots"',
      usage: 'usage: dealwatch deals search',
    },
    { argv: ['deals', 'search', '--bogus'], problem: 'dealwatch deals search: unknown option --bogus', usage: 'usage: dealwatch deals search' },
    {
      argv: ['deals', 'since', 'yesterday'],
      problem: 'dealwatch deals since: date: "yesterday" is not a date like 2025-07-01',
      usage: 'usage: dealwatch deals since <YYYY-MM-DD>',
    },
    { argv: ['status', 'now'], problem: 'dealwatch deals status: unexpected argument "now"', usage: 'usage: dealwatch deals status' },
    { argv: ['poll', '--every'], problem: 'dealwatch poll: unknown option --every', usage: 'usage: dealwatch poll [--all]' },
    { argv: ['poll', '--all=yes'], problem: 'dealwatch poll: --all takes no value', usage: 'usage: dealwatch poll [--all]' },
    { argv: ['parse'], problem: 'dealwatch parse: inputs is required', usage: 'usage: dealwatch parse <file-or-url>…' },
    {
      argv: ['discord', 'register', '--guild', 'my-server'],
      problem: 'dealwatch discord register: guild must be a Discord server id (digits; right-click the server → Copy Server ID)',
      usage: 'usage: dealwatch discord register',
    },
    { argv: ['feeds', 'frobnicate'], problem: 'dealwatch feeds: needs a subcommand', usage: 'usage: dealwatch feeds list' },
    { argv: ['dealz'], problem: 'dealwatch: unknown command "dealz"; see dealwatch --help', usage: null },
    { argv: ['status', '--config'], problem: 'dealwatch: --config needs a path', usage: null },
  ])('$problem', async ({ argv, problem, usage }) => {
    const result = await run([...argv, ...(argv.includes('--config') ? [] : ['--config', config])], env);
    expect(result.code).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(problem);
    if (usage) expect(lines.slice(1).join('\n')).toContain(usage);
    else expect(lines).toHaveLength(1);
    expect(result.stderr).not.toMatch(STACK);
    expect(result.stdout).toBe('');
  });

  it('--help after any command prints that command’s help', async () => {
    for (const argv of [
      ['feeds', 'add', '--help'],
      ['deals', 'search', '--help'],
      ['poll', '--help'],
      ['watch', '--help'],
    ]) {
      const result = await run(argv, env);
      expect(result.code, argv.join(' ')).toBe(0);
      expect(result.stdout, argv.join(' ')).toMatch(/^usage: dealwatch /);
    }
    expect((await run(['feeds', 'add', '--help'], env)).stdout).toContain('--backfill <N>');
  });

  it.each([
    { name: 'a file in the way', url: 'sqlite:/etc/passwd/x.db', cause: 'cannot use database path /etc/passwd/x.db: /etc/passwd is a file, not a folder' },
    { name: 'a folder that names the database', url: () => `sqlite:${dir.path}`, cause: 'it is a folder, not a database file' },
    { name: 'an unwritable folder', url: () => `sqlite:${join(dir.path, 'locked', 'sub', 'x.db')}`, cause: 'cannot create folder' },
  ])('a database path with $name names the path and the cause', async ({ url, cause }) => {
    mkdirSync(join(dir.path, 'locked'), { recursive: true });
    chmodSync(join(dir.path, 'locked'), 0o500);
    try {
      const result = await run(['status', '--config', config], { ...env, DATABASE_URL: typeof url === 'string' ? url : url() });
      // Running as root ignores folder permissions; then the path simply works.
      if (process.getuid?.() === 0 && cause === 'cannot create folder') return;
      expect(result.code).toBe(2);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain(cause);
      expect(result.stderr).not.toMatch(STACK);
    } finally {
      chmodSync(join(dir.path, 'locked'), 0o700);
    }
  });
});

describe('discord register failures are one line with what to do', () => {
  let fake: FakeDiscord;
  const APP = '100000000000000001';
  beforeAll(async () => {
    fake = await startFakeDiscord({ applicationId: APP });
  });
  afterAll(async () => {
    await fake.close();
  });

  it.each([
    { status: 401, says: 'check DISCORD_BOT_TOKEN' },
    { status: 403, says: 'the bot lacks the applications.commands scope' },
  ])('HTTP $status: $says', async ({ status, says }) => {
    fake.script('PUT', `/applications/${APP}/commands`, { kind: 'error', status, code: 0, message: 'nope' });
    const dir = tempDir();
    writeFileSync(join(dir.path, 'c.yaml'), '{}\n');
    const result = await run(['discord', 'register', '--config', join(dir.path, 'c.yaml')], {
      DATABASE_URL: 'sqlite::memory:',
      DISCORD_BOT_TOKEN: 'bad.token',
      DISCORD_APPLICATION_ID: APP,
      DISCORD_API_URL: fake.apiUrl,
    });
    dir.cleanup();
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toContain('bad.token');
    expect(result.stderr).not.toMatch(STACK);
  });

  it.each([
    { name: 'no network', env: { DISCORD_API_URL: 'http://127.0.0.1:9/api' }, says: 'the request never reached Discord' },
    { name: 'a bad application id', env: { DISCORD_APPLICATION_ID: 'my-app' }, says: 'DISCORD_APPLICATION_ID must be the Application ID' },
  ])('$name: $says', async ({ env, says }) => {
    const dir = tempDir();
    writeFileSync(join(dir.path, 'c.yaml'), '{}\n');
    const result = await run(['discord', 'register', '--config', join(dir.path, 'c.yaml')], {
      DATABASE_URL: 'sqlite::memory:',
      DISCORD_BOT_TOKEN: 'bad.token',
      DISCORD_APPLICATION_ID: APP,
      DISCORD_API_URL: fake.apiUrl,
      ...env,
    });
    dir.cleanup();
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(says);
    expect(result.stderr).not.toMatch(STACK);
  });
});

describe('a closed pipe ends a command quietly', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeAll(() => {
    dir = tempDir();
  });
  afterAll(() => dir.cleanup());

  /** Runs `dealwatch …` piped into `head -1` through bash, and returns dealwatch's own exit status. */
  function pipeToHead(args: string, stdinFile: string | null): Promise<{ status: number; stderr: string; first: string }> {
    const main = join(REPO_ROOT, 'src/cli/main.ts');
    const input = stdinFile ? `< '${stdinFile}'` : '';
    const script = `"${process.execPath}" --import tsx '${main}' ${args} ${input} 2>'${join(dir.path, 'err.txt')}' | head -1; echo "status=\${PIPESTATUS[0]}"; cat '${join(dir.path, 'err.txt')}'`;
    return new Promise((resolve) => {
      const child = spawn('bash', ['-c', script], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, LOG_LEVEL: 'silent' },
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += String(c)));
      child.on('close', () => {
        const status = Number(/status=(\d+)/.exec(out)?.[1] ?? -1);
        const [first = ''] = out.split('\n');
        resolve({ status, stderr: out.slice(out.indexOf('\n', out.indexOf('status=')) + 1), first });
      });
    });
  }

  it('classify < many stories | head -1', async () => {
    const stories = join(dir.path, 'many.jsonl');
    const line = JSON.stringify({ id: 's', title: 'Acme Corp to acquire Widget Inc for $2 billion', body: 'Acme Corp said it agreed to acquire Widget Inc.' });
    writeFileSync(stories, `${Array.from({ length: 20_000 }, () => line).join('\n')}\n`);
    writeFileSync(join(dir.path, 'c.yaml'), '{}\n');
    const result = await pipeToHead(`classify --config '${join(dir.path, 'c.yaml')}'`, stories);
    expect(JSON.parse(result.first)).toMatchObject({ id: 's', deal: true });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });

  it('deals search | head -1', async () => {
    writeFileSync(join(dir.path, 'c.yaml'), 'watchlist:\n  - name: Nvidia\n');
    const result = await pipeToHead(`deals search --config '${join(dir.path, 'c.yaml')}'`, null);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});

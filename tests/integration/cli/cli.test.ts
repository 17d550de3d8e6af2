// The dealwatch command line, run in-process through main() with captured output.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main.js';
import { createFeedServer, serve, type FeedServer } from '../../helpers/feed-server.js';
import { describeShared, fixturePath, sharedPath } from '../../helpers/shared-data.js';
import { tempDir } from '../../helpers/test-app.js';

function capture() {
  let text = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      text += String(chunk);
      cb();
    },
  });
  return { stream, text: () => text };
}

async function run(args: string[], env: Record<string, string>, stdinText = '') {
  const out = capture();
  const err = capture();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const code = await main({ argv: args, env, stdout: out.stream, stderr: err.stream, stdin });
  return { code, stdout: out.text(), stderr: err.text() };
}

describe('dealwatch CLI', () => {
  let server: FeedServer;
  let dir: ReturnType<typeof tempDir>;
  let env: Record<string, string>;

  beforeEach(async () => {
    server = createFeedServer();
    await server.start();
    dir = tempDir();
    env = { DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, LOG_LEVEL: 'silent' };
  });
  afterEach(async () => {
    await server.close();
    dir.cleanup();
  });

  const writeConfig = (yaml: string) => {
    const path = join(dir.path, 'dealwatch.yaml');
    writeFileSync(path, yaml);
    return path;
  };

  it('polls the seed feed and prints one alert whose link has lost its utm_ parameters', async () => {
    server.route('/seed.rss', serve(readFileSync(fixturePath('seed/deal-news.rss'))));
    const config = writeConfig(`
feeds:
  - url: ${server.url('/seed.rss')}
    name: AI Industry News
    backfill: 1
watchlist:
  - name: OpenAI
`);
    const result = await run(['poll', '--config', config], env);
    expect(result.code).toBe(0);
    const alerts = result.stdout.split('=== dealwatch alert').length - 1;
    expect(alerts).toBe(1);
    expect(result.stdout).toContain('https://news.example.com/2025/06/openai-google-cloud-partnership');
    expect(result.stdout).not.toContain('utm_');
    expect(result.stdout).toMatch(/Partnership/);
    expect(result.stdout).toMatch(/polled 1 feeds: 0 not modified, 0 failed; 1 new items, 1 deals, 1 alerts; 1 delivered, 0 pending/);

    expect(result.stdout).not.toContain('note:');
    // A second poll repeats nothing.
    const again = await run(['poll', '--all', '--config', config], env);
    expect(again.stdout).not.toContain('=== dealwatch alert');
  });

  it('deals show prints the deal timeline, digest prints the week by type, and a wrong destination gets one line and exit 2', async () => {
    server.route('/seed.rss', serve(readFileSync(fixturePath('seed/deal-news.rss'))));
    const config = writeConfig(
      `feeds:\n  - url: ${server.url('/seed.rss')}\n    name: AI Industry News\n    backfill: 1\nwatchlist:\n  - name: OpenAI\n  - name: Google\n`,
    );
    expect((await run(['poll', '--config', config], env)).code).toBe(0);
    const list = await run(['deals', 'recent', '--config', config], env);
    const id = /^#(\d+) /m.exec(list.stdout)?.[1];
    expect(id).toBeDefined();
    expect(list.stdout).toMatch(/Partnership/);

    const show = await run(['deals', 'show', id!, '--config', config], env);
    expect(show.code).toBe(0);
    expect(show.stdout.split('\n')[0]).toMatch(new RegExp(`^#${id}  Partnership: `));
    expect(show.stdout).toMatch(/reported by AI Industry News/);
    // Why it was read as a deal: the frame found between the two parties.
    expect(show.stdout).toMatch(/^ {4}why: .*OpenAI.*Google/m);
    const missing = await run(['deals', 'show', '9999', '--config', config], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no deal #9999');

    // The seed story is dated 2025, so a digest since then lists it under its type.
    const digest = await run(['digest', '--since', '2025-01-01', '--config', config], env);
    expect(digest.code).toBe(0);
    expect(digest.stdout).toMatch(/^Deals of 1 Jan 2025 – /);
    expect(digest.stdout).toContain('Partnerships (1)');
    const wrong = await run(['digest', '--destination', 'nope', '--config', config], env);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')[0]).toBe('dealwatch digest: there is no destination named "nope"');
  });

  it('explains that a first poll stores without alerting, and how backfill changes that', async () => {
    server.route('/seed.rss', serve(readFileSync(fixturePath('seed/deal-news.rss'))));
    const config = writeConfig(`feeds:\n  - url: ${server.url('/seed.rss')}\nwatchlist:\n  - name: OpenAI\n`);
    const result = await run(['poll', '--config', config], env);
    expect(result.stdout).not.toContain('=== dealwatch alert');
    expect(result.stdout).toContain('1 new items, 1 deals, 0 alerts');
    expect(result.stdout).toContain('note: 1 of the new items came from feeds polled for the first time');
    expect(result.stdout).toContain('backfill: N');
  });

  it('rejects an invalid config naming the exact key and the fix, without a stack trace', async () => {
    const config = writeConfig(`
schedule: "every five minutes"
feeds:
  - url: https://ok.example.com/feed.xml
  - url: https://ok.example.com/two.xml
  - url: ftp://example.com/feed.xml
  - ulr: https://typo.example.com/
destinations:
  - name: x
    slack: { channel: "#deals" }
slack_token: xoxb-123
`);
    const result = await run(['poll', '--config', config], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('feeds[2].url: must be an http(s) URL');
    expect(result.stderr).toContain('feeds[3].ulr: unknown key (did you mean url?)');
    expect(result.stderr).toContain('feeds[3].url: is required');
    expect(result.stderr).toContain('schedule: is not a valid cron expression');
    expect(result.stderr).toContain('destinations[0].slack.channel: must be a Slack channel id');
    expect(result.stderr).toContain('slack_token: secrets do not belong in the config file');
    expect(result.stderr).not.toContain('xoxb-123');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports a missing config file clearly', async () => {
    const result = await run(['poll', '--config', join(dir.path, 'nope.yaml')], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('file not found; pass --config <path> or set DEALWATCH_CONFIG');
  });

  it('parse prints JSON Lines for a feed and one clear line for a bad input, exiting 2', async () => {
    const bad = join(dir.path, 'page.html');
    writeFileSync(bad, '<!DOCTYPE html><html><head><title>x</title></head><body>no feed</body></html>');
    const result = await run(['parse', fixturePath('seed/deal-news.rss'), bad, join(dir.path, 'missing.xml')], env);
    expect(result.code).toBe(2);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(1);
    expect(Object.keys(lines[0]!).sort()).toEqual(['feed', 'id', 'published', 'text', 'title', 'url']);
    expect(lines[0]!.url).toBe('https://news.example.com/2025/06/openai-google-cloud-partnership');
    expect(lines[0]!.published).toBe('2025-07-01T08:30:00.000Z');
    const errors = result.stderr.trim().split('\n');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toBe(`${bad}: not a feed (looks like an HTML page)`);
    expect(errors[1]).toContain('missing.xml: no such file');
  });

  it('classify reads JSON Lines and writes the interface format, with no database', async () => {
    const story = JSON.stringify({
      id: 's1',
      title: 'Acme Corp to acquire Widget Inc for $2 billion',
      body: 'Acme Corp said it agreed to acquire Widget Inc for $2 billion.',
    });
    const result = await run(
      ['classify', '--config', join(dir.path, 'absent.yaml')],
      { LOG_LEVEL: 'silent', DATABASE_URL: 'sqlite:/nonexistent/dir/x.db' },
      `${story}\nnot json\n`,
    );
    expect(result.code).toBe(2);
    const [line] = result.stdout.trim().split('\n');
    const out = JSON.parse(line!) as Record<string, unknown>;
    expect(Object.keys(out).sort()).toEqual(['amount', 'companies', 'deal', 'id', 'score', 'status', 'summary', 'type']);
    expect(out).toMatchObject({ id: 's1', deal: true, type: 'acquisition' });
    expect(result.stderr).toContain('line 2: not valid JSON');

    const explained = await run(['classify', '--explain', '--config', join(dir.path, 'absent.yaml')], { LOG_LEVEL: 'silent' }, `${story}\n`);
    const withWhy = JSON.parse(explained.stdout.trim()) as { why: string; explanation: { frame: string | null; features: { weight: number }[] } };
    expect(withWhy.explanation.frame).toMatch(/Acme.*Widget/);
    expect(withWhy.explanation.features.length).toBeGreaterThan(0);
    expect(withWhy.why).toContain(withWhy.explanation.frame!);
  });

  it('manages feeds and the watchlist, and searches stored deals', async () => {
    server.route('/seed.rss', serve(readFileSync(fixturePath('seed/deal-news.rss'))));
    const config = writeConfig('watchlist:\n  - name: OpenAI\n');
    expect((await run(['feeds', 'add', server.url('/seed.rss'), '--config', config], env)).stdout).toMatch(/Added feed #1: AI Industry News/);
    expect((await run(['watch', 'add', 'Nvidia', '--alias', 'NVIDIA Corp', '--ticker', '$nvda', '--config', config], env)).stdout).toContain(
      'Now watching Nvidia',
    );
    const list = await run(['watch', 'list', '--config', config], env);
    expect(list.stdout).toContain('Nvidia  (aliases: NVIDIA Corp; tickers: NVDA; from cli)');
    expect(list.stdout).toContain('OpenAI  (from config)');
    expect((await run(['watch', 'remove', 'nvidia', '--config', config], env)).stdout).toContain('Stopped watching Nvidia');
    await run(['poll', '--config', config], env);
    const feeds = await run(['feeds', 'list', '--config', config], env);
    expect(feeds.stdout).toContain(server.url('/seed.rss'));
    expect(feeds.stdout).toContain('ok; last success');
    expect(feeds.stdout).toContain('from cli');
    const search = await run(['deals', 'search', 'google', '--json', '--config', config], env);
    const deals = search.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; title: string });
    expect(deals).toHaveLength(1);
    expect(deals[0]!.type).toBe('partnership');
    const status = await run(['status', '--config', config], env);
    expect(status.stdout).toContain('feeds: 1 healthy, 0 backing off, 0 disabled');
    expect((await run(['feeds', 'remove', '1', '--config', config], env)).stdout).toContain('Removed feed #1');
  });

  it('migrate applies migrations once', async () => {
    const first = await run(['migrate'], env);
    expect(first.stdout).toContain('applied: 2026-11-28-001-initial');
    const second = await run(['migrate'], env);
    expect(second.stdout).toContain('database is up to date');
  });
});

describeShared('dealwatch parse over the whole feed corpus', () => {
  const env = { DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'silent' };
  it('parse over every file of the shared corpus never crashes: each file gives items or one error line', async () => {
    const { readdirSync, statSync } = await import('node:fs');
    const walk = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    const files = walk(sharedPath('corpus/feeds')).filter((f) => !/\.(json|md)$/i.test(f) && !/LICEN[CS]E|README|COPYING/i.test(f));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const result = await run(['parse', file], env);
      const errors = result.stderr.trim() === '' ? [] : result.stderr.trim().split('\n');
      const items = result.stdout.trim() === '' ? [] : result.stdout.trim().split('\n');
      // Exactly one of: items and exit 0, or a single "<file>: <reason>" line and exit 2.
      if (result.code === 0 && items.length === 0) {
        expect(errors, file).toEqual([`${file}: ${errors[0]!.slice(file.length + 2)}`]);
        expect(errors[0], file).toContain('feed with no items');
      } else if (result.code === 0) {
        expect(errors, file).toEqual([]);
        for (const line of items) expect(Object.keys(JSON.parse(line) as object).sort()).toEqual(['feed', 'id', 'published', 'text', 'title', 'url']);
      } else {
        expect(result.code, file).toBe(2);
        expect(errors, file).toHaveLength(1);
        expect(errors[0]!.startsWith(`${file}: `), file).toBe(true);
        expect(errors[0], file).not.toMatch(/\bat .*:\d+:\d+/);
      }
    }
  });
});

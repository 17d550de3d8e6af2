// `npm run soak`: runs the real bot as a child process for a few minutes against 500
// local feeds that change and fail at random and fake Slack and Discord APIs that
// throttle and fail at random, SIGKILLs it a few times (and SIGTERMs it once), then
// checks BY COUNT that every deal story that appeared after its feed's first poll was
// delivered exactly once to each destination. Also watches the bot's memory.
// Everything listens on 127.0.0.1 only. See docs/soak.md.
//
//   npm run soak                       # about 5 minutes
//   npm run soak -- --minutes 1        # a quick check (also SOAK_MINUTES=1); add --write to record it
//   npm run soak -- --seed 7           # another reproducible story schedule (also SOAK_SEED)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createDealAnalyzer, shouldAlert } from '../src/intel/index.js';
import { machineDescription, seededRandom, writeBenchmarkSection } from '../bench/bench-report.js';

// ---- Settings -----------------------------------------------------------------------

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const MINUTES = Number(argValue('--minutes') ?? process.env.SOAK_MINUTES ?? 5);
const SEED = Number(argValue('--seed') ?? process.env.SOAK_SEED ?? 20261128);
if (!Number.isFinite(MINUTES) || MINUTES <= 0 || MINUTES > 120) throw new Error('--minutes must be a number between 0 and 120');
if (!Number.isInteger(SEED)) throw new Error('--seed must be an integer');

const FEEDS = 500;
const FEED_SERVERS = 10; // 50 feeds per host: the bot runs at most per_host_concurrency fetches per host
const QUIET_MS = 90_000; // no changes, no faults: > max backoff (60 s) + retry-after (<= 15 s) + a cycle
const CHAOS_MS = Math.max(MINUTES * 60_000 - QUIET_MS, 30_000);
const DRAIN_LIMIT_MS = 240_000; // after the quiet phase, wait at most this long for the outbox to empty
const STORIES_PER_SECOND = 1.5;
const SIGKILLS = 3;
const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const SLACK_CHANNEL = 'C0SOAK0001';
const DEST_SLACK = 'soak-slack';
const DEST_DISCORD = 'soak-discord';

// ---- Seeded randomness -----------------------------------------------------------------

const storyRng = seededRandom(SEED);
const faultRng = seededRandom(SEED ^ 0x5eed);
const killRng = seededRandom(SEED ^ 0xdead);
const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

// ---- Stories ----------------------------------------------------------------------------

const WATCHED = ['Acme Corp', 'Globex', 'Initech', 'Hooli', 'Vandelay Industries', 'Cyberdyne Systems'];
const OTHERS = ['Widget Inc', 'Nimbus Labs', 'Bluefin Robotics', 'Tessellate AI', 'Quarry Bio', 'Larkspur Energy'];
const THINGS = ['payment software', 'data centres', 'battery packs', 'logistics tools', 'cloud storage'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

type Intent = 'deal' | 'non-deal' | 'unwatched-deal';
interface Story {
  readonly feed: number;
  readonly seq: number; // position in its feed, 0-based
  readonly key: string; // `${feed}/${seq}`, also in the story URL
  readonly title: string;
  readonly body: string;
  readonly intent: Intent;
  publishedAt: number;
  alert: boolean; // what the bot's own analyzer and alert policy say
}

function storyText(rng: () => number): { title: string; body: string; intent: Intent } {
  const a = pick(rng, WATCHED);
  const b = pick(rng, OTHERS);
  const b2 = pick(
    rng,
    OTHERS.filter((o) => o !== b),
  );
  const bn = 1 + Math.floor(rng() * 9);
  const mn = 10 * (2 + Math.floor(rng() * 80));
  const day = pick(rng, DAYS);
  const thing = pick(rng, THINGS);
  const r = rng();
  if (r < 0.4) {
    const deals = [
      [`${a} to acquire ${b} for $${bn} billion`, `${a} said on ${day} it agreed to acquire ${b} for $${bn} billion in cash, subject to regulatory approval.`],
      [`${a} agrees to buy ${b} in $${mn} million deal`, `${a} agreed to buy ${b} for $${mn} million, the companies said on ${day}.`],
      [`${b} raises $${mn} million in Series C led by ${a}`, `${b} raised $${mn} million in a Series C funding round led by ${a}.`],
      [`${a} and ${b} sign multi-year partnership`, `${a} and ${b} signed a strategic partnership to build ${thing} together.`],
      [`${a} wins $${mn} million contract from ${b}`, `${a} was awarded a $${mn} million contract by ${b} to supply ${thing}.`],
    ] as const;
    const [title, body] = pick(rng, deals);
    return { title, body, intent: 'deal' };
  }
  if (r < 0.85) {
    const others = [
      [`${a} reports higher quarterly revenue`, `${a} reported quarterly revenue of $${bn} billion, up ${bn} percent from a year earlier.`],
      [`${a} names new chief financial officer`, `${a} named a new chief financial officer on ${day}.`],
      [`Storms delay shipments at ${a} plant`, `Heavy storms delayed shipments at an ${a} plant this week.`],
      [`${a} shares rise after product launch`, `${a} shares rose ${bn} percent after the company launched new ${thing}.`],
    ] as const;
    const [title, body] = pick(rng, others);
    return { title, body, intent: 'non-deal' };
  }
  return {
    title: `${b} to acquire ${b2} for $${bn} billion`,
    body: `${b} said on ${day} it agreed to acquire ${b2} for $${bn} billion in cash.`,
    intent: 'unwatched-deal',
  };
}

const analyzer = createDealAnalyzer({ watchlist: WATCHED.map((name) => ({ name, aliases: [], tickers: [], match: 'auto' as const })), lexicon: {} });
const feedStories: Story[][] = Array.from({ length: FEEDS }, () => []);
const allStories: Story[] = [];
function makeStory(feed: number): Story {
  const { title, body, intent } = storyText(storyRng);
  const seq = feedStories[feed]!.length;
  const analysis = analyzer.analyze({ title, body });
  const story: Story = {
    feed,
    seq,
    key: `${feed}/${seq}`,
    title,
    body,
    intent,
    publishedAt: 0,
    alert: shouldAlert(analysis, { minScore: 0.5, alertOnMention: false }),
  };
  return story;
}
// Three stories per feed exist before the bot starts; the rest appear during the chaos phase.
const initial: Story[] = [];
for (let f = 0; f < FEEDS; f++) for (let i = 0; i < 3; i++) initial.push(pushStory(makeStory(f)));
function pushStory(s: Story): Story {
  feedStories[s.feed]!.push(s);
  allStories.push(s);
  return s;
}
// The later schedule is fixed up-front, so a seed always gives the same stories at the same offsets.
const schedule: { at: number; feed: number }[] = [];
for (let t = 0; ;) {
  t += -Math.log(1 - storyRng()) * (1000 / STORIES_PER_SECOND);
  if (t >= CHAOS_MS - 5_000) break;
  schedule.push({ at: Math.round(t), feed: Math.floor(storyRng() * FEEDS) });
}
const scheduled: Story[] = [];
{
  const count = new Array<number>(FEEDS).fill(3);
  for (const { feed } of schedule) {
    // Build the text now (deterministic), publish later.
    const { title, body, intent } = storyText(storyRng);
    const seq = count[feed]!++;
    const analysis = analyzer.analyze({ title, body });
    scheduled.push({
      feed,
      seq,
      key: `${feed}/${seq}`,
      title,
      body,
      intent,
      publishedAt: 0,
      alert: shouldAlert(analysis, { minScore: 0.5, alertOnMention: false }),
    });
  }
}

// ---- Feed servers -------------------------------------------------------------------------

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const storyUrl = (key: string) => `https://news.example.com/soak/${key}`;
const KEY_RE = /news\.example\.com\/soak\/(\d+\/\d+)/;

interface FeedState {
  xml: string;
  etag: string;
  lastChangeAt: number;
  /** Every well-formed 200 this feed served: when, and how many stories it held. */
  served: { at: number; count: number }[];
}
const feedState: FeedState[] = [];
function render(f: number): void {
  const stories = feedStories[f]!;
  const items = stories
    .slice(-40)
    .reverse()
    .map(
      (s) =>
        `<item><title>${esc(s.title)}</title><link>${storyUrl(s.key)}</link><guid isPermaLink="false">soak-${s.key}</guid><pubDate>${new Date(s.publishedAt).toUTCString()}</pubDate><description>${esc(s.body)}</description></item>`,
    )
    .join('');
  const st = (feedState[f] ??= { xml: '', etag: '', lastChangeAt: 0, served: [] });
  st.xml = `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Soak feed ${f}</title><link>https://news.example.com/</link><description>soak</description>${items}</channel></rss>`;
  st.etag = `"soak-${f}-${stories.length}"`;
  st.lastChangeAt = Date.now();
}

let faultsOn = true;
const faultCounts: Record<string, number> = {};
const hangs = new Set<ServerResponse>();
const feedRequests = { total: 0 };

function serveFeed(req: IncomingMessage, res: ServerResponse, f: number): void {
  feedRequests.total++;
  const st = feedState[f]!;
  const r = faultsOn ? faultRng() : 1;
  const fault = r < 0.03 ? '500' : r < 0.05 ? 'hang' : r < 0.07 ? '429' : r < 0.09 ? 'garbage' : r < 0.11 ? 'reset' : null;
  if (fault) faultCounts[fault] = (faultCounts[fault] ?? 0) + 1;
  switch (fault) {
    case '500':
      res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
      return;
    case 'hang': {
      hangs.add(res);
      const timer = setTimeout(() => res.destroy(), 8_000); // bounded: the bot gives up after 2 s
      res.on('close', () => {
        clearTimeout(timer);
        hangs.delete(res);
      });
      return;
    }
    case '429':
      res.writeHead(429, { 'retry-after': String(5 + Math.floor(faultRng() * 11)), 'content-type': 'text/plain' }).end('slow down');
      return;
    case 'garbage':
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`\u0000\u0001<<garbage ${Math.floor(faultRng() * 1e9)} not a feed &&&`);
      return;
    case 'reset':
      req.socket.resetAndDestroy();
      return;
  }
  if (req.headers['if-none-match'] === st.etag) {
    res.writeHead(304, { etag: st.etag }).end();
    return;
  }
  st.served.push({ at: Date.now(), count: feedStories[f]!.length });
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: st.etag, 'content-length': String(Buffer.byteLength(st.xml)) });
  res.end(st.xml);
}

interface Listening {
  readonly server: Server;
  readonly base: string;
  readonly sockets: Set<Socket>;
}
async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listening> {
  const sockets = new Set<Socket>();
  const server = createServer(handler);
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sockets };
}
async function closeAll(list: Listening[]): Promise<void> {
  for (const l of list) for (const s of l.sockets) s.destroy();
  await Promise.all(list.map((l) => new Promise<void>((resolve) => l.server.close(() => resolve()))));
}

// ---- Fake Slack and Discord: throttle and fail at random, record every accepted post --------

const posts: Record<string, Map<string, number>> = { [DEST_SLACK]: new Map(), [DEST_DISCORD]: new Map() };
const chatStats: Record<string, { ok: number; throttled: number; failed: number; unmatched: number }> = {
  [DEST_SLACK]: { ok: 0, throttled: 0, failed: 0, unmatched: 0 },
  [DEST_DISCORD]: { ok: 0, throttled: 0, failed: 0, unmatched: 0 },
};
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)), ...headers }).end(text);
}
function chatOutcome(): 'ok' | 'throttle' | 'fail' {
  if (!faultsOn) return 'ok';
  const r = faultRng();
  return r < 0.06 ? 'throttle' : r < 0.07 ? 'fail' : 'ok';
}
function recordPost(dest: string, text: string): void {
  const key = KEY_RE.exec(text)?.[1];
  const stats = chatStats[dest]!;
  stats.ok++;
  if (key === undefined) stats.unmatched++;
  else posts[dest]!.set(key, (posts[dest]!.get(key) ?? 0) + 1);
}
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

let slackTs = 0;
/** One SIGKILL is aimed at the crash window: a post the platform accepted whose answer the bot never got. */
const crashWindow = { armed: false, held: false, armedAt: 0, hit: 0, missed: 0 };
async function slackHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const method = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/api\//, '');
  if (method === 'auth.test')
    return sendJson(res, 200, {
      ok: true,
      url: 'https://soak.slack.invalid/',
      team: 'Soak',
      user: 'dealwatch',
      team_id: 'T0SOAK',
      user_id: 'U0SOAKBOT',
      bot_id: 'B0SOAKBOT',
    });
  if (method !== 'chat.postMessage') return sendJson(res, 200, { ok: true });
  const outcome = chatOutcome();
  await later(5 + Math.floor(faultRng() * 25)); // some latency widens the crash window, as a real API would
  if (outcome === 'throttle') {
    chatStats[DEST_SLACK]!.throttled++;
    return sendJson(res, 429, { ok: false, error: 'ratelimited' }, { 'retry-after': String(1 + Math.floor(faultRng() * 2)) });
  }
  if (outcome === 'fail') {
    chatStats[DEST_SLACK]!.failed++;
    res.writeHead(500, { 'content-type': 'text/plain' }).end('internal error');
    return;
  }
  const fields = new URLSearchParams(body);
  recordPost(DEST_SLACK, [...fields.values()].join('\n'));
  if (crashWindow.armed) {
    // Slack has accepted this post, but the answer never leaves: the bot is killed meanwhile.
    crashWindow.armed = false;
    crashWindow.held = true;
    hangs.add(res);
    const timer = setTimeout(() => res.destroy(), 15_000);
    res.on('close', () => {
      clearTimeout(timer);
      hangs.delete(res);
    });
    return;
  }
  sendJson(res, 200, { ok: true, channel: SLACK_CHANNEL, ts: `1800000000.${String(++slackTs).padStart(6, '0')}` });
}

let snowflake = 0n;
async function discordHandler(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method !== 'POST' || !/^\/api\/v10\/webhooks\/\d+\/[\w-]+$/.test(url.pathname)) return sendJson(res, 404, { message: '404: Not Found', code: 0 });
  const outcome = chatOutcome();
  await later(5 + Math.floor(faultRng() * 25));
  if (outcome === 'throttle') {
    chatStats[DEST_DISCORD]!.throttled++;
    const after = (0.5 + faultRng()).toFixed(3);
    return sendJson(
      res,
      429,
      { message: 'You are being rate limited.', retry_after: Number(after), global: false },
      {
        'retry-after': String(Math.ceil(Number(after))),
        'x-ratelimit-limit': '5',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset-after': after,
        'x-ratelimit-bucket': 'soak-bucket',
        'x-ratelimit-scope': 'user',
      },
    );
  }
  if (outcome === 'fail') {
    chatStats[DEST_DISCORD]!.failed++;
    return sendJson(res, 500, { message: '500: Internal Server Error', code: 0 });
  }
  recordPost(DEST_DISCORD, body);
  const parsed = JSON.parse(body) as Record<string, unknown>;
  snowflake++;
  sendJson(
    res,
    200,
    {
      id: String(1_300_000_000_000_000_000n + snowflake),
      type: 0,
      channel_id: '200000000000000001',
      webhook_id: '123456789012345678',
      content: parsed.content ?? '',
      embeds: parsed.embeds ?? [],
      author: { id: '123456789012345678', username: 'dealwatch', discriminator: '0000', avatar: null, global_name: null, bot: true },
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 0,
      components: [],
    },
    { 'x-ratelimit-limit': '5', 'x-ratelimit-remaining': '4', 'x-ratelimit-reset-after': '1', 'x-ratelimit-bucket': 'soak-bucket' },
  );
}
const guard = (h: (req: IncomingMessage, res: ServerResponse) => Promise<void>) => (req: IncomingMessage, res: ServerResponse) => {
  h(req, res).catch((error: unknown) => {
    if (!res.headersSent) sendJson(res, 500, { ok: false, error: String(error) });
  });
};

// ---- The bot as a child process ----------------------------------------------------------------

const dir = mkdtempSync(join(tmpdir(), 'dealwatch-soak-'));
const dbPath = join(dir, 'soak.db');
const logPath = join(dir, 'bot.log');
const configPath = join(dir, 'dealwatch.yaml');
let botEnv: Record<string, string> = {};
let child: ChildProcess | null = null;
let childStartedAt = 0;
const processes: { pid: number; startedAt: number; end?: string }[] = [];

function startBot(): void {
  const log = openSync(logPath, 'a');
  child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src/cli/main.ts'), 'run', '--config', configPath], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...botEnv },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  childStartedAt = Date.now();
  processes.push({ pid: child.pid!, startedAt: childStartedAt });
}
function exited(c: ChildProcess, timeoutMs: number): Promise<{ code: number | null; signal: string | null } | 'timeout'> {
  if (c.exitCode !== null || c.signalCode !== null) return Promise.resolve({ code: c.exitCode, signal: c.signalCode });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    c.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
}
async function stopBot(signal: 'SIGKILL' | 'SIGTERM'): Promise<string> {
  const c = child!;
  c.kill(signal);
  const result = await exited(c, 40_000);
  if (result === 'timeout') {
    c.kill('SIGKILL');
    await exited(c, 10_000);
    return `${signal} did not stop it within 40 s; SIGKILLed`;
  }
  const text = result.signal ? `killed by ${result.signal}` : `exit code ${result.code}`;
  processes.at(-1)!.end = `${signal} → ${text}`;
  return text;
}
function rssKb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

let db: Database.Database | null = null;
function openDb(): Database.Database | null {
  if (db) return db;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 2000');
    return db;
  } catch {
    return null;
  }
}
function query<T>(sql: string, ...params: unknown[]): T[] {
  try {
    return (
      (openDb()
        ?.prepare(sql)
        .all(...params) as T[] | undefined) ?? []
    );
  } catch {
    return [];
  }
}

// ---- The run ------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const startedAt = Date.now();
  console.log(`soak: ${FEEDS} feeds on ${FEED_SERVERS} servers, chaos ${Math.round(CHAOS_MS / 1000)} s + quiet ${QUIET_MS / 1000} s, seed ${SEED}, dir ${dir}`);
  for (const s of initial) s.publishedAt = startedAt - 3_600_000 + s.seq * 60_000;
  for (let f = 0; f < FEEDS; f++) render(f);

  const feedServers: Listening[] = [];
  for (let i = 0; i < FEED_SERVERS; i++) {
    feedServers.push(
      await listen((req, res) => {
        const m = /^\/feed\/(\d+)\.xml$/.exec(req.url ?? '');
        const f = m ? Number(m[1]) : -1;
        if (f < 0 || f >= FEEDS || f % FEED_SERVERS !== i) return void res.writeHead(404).end();
        serveFeed(req, res, f);
      }),
    );
  }
  const slack = await listen(guard(slackHandler));
  const discord = await listen(guard(discordHandler));
  const feedUrl = (f: number) => `${feedServers[f % FEED_SERVERS]!.base}/feed/${f}.xml`;

  writeFileSync(
    configPath,
    [
      'schedule: "*/10 * * * * *"',
      'feeds:',
      ...Array.from({ length: FEEDS }, (_, f) => `  - url: ${feedUrl(f)}\n    name: Soak ${f}\n    backfill: 0`),
      'watchlist:',
      ...WATCHED.map((n) => `  - name: ${n}`),
      'destinations:',
      `  - name: ${DEST_SLACK}`,
      `    slack: { channel: ${SLACK_CHANNEL} }`,
      `  - name: ${DEST_DISCORD}`,
      `    discord: { webhook: "${discord.base}/api/webhooks/123456789012345678/soak-webhook-token" }`,
      'fetch: { timeout_ms: 2000, connect_timeout_ms: 1000, concurrency: 32, per_host_concurrency: 4 }',
      'polling: { max_backoff_minutes: 1, max_interval_minutes: 1 }',
      '',
    ].join('\n'),
  );
  botEnv = {
    DATABASE_URL: `sqlite:${dbPath}`,
    SLACK_BOT_TOKEN: 'xoxb-soak-test',
    SLACK_SIGNING_SECRET: 'soak-signing-secret',
    SLACK_API_URL: `${slack.base}/api/`,
    DISCORD_API_URL: `${discord.base}/api`,
    PORT: '0',
    LOG_LEVEL: 'warn',
  };

  // Kill plan: three SIGKILLs and one SIGTERM at random moments in the first 75 % of the chaos.
  const signals: ('SIGKILL' | 'SIGTERM')[] = [...Array<'SIGKILL'>(SIGKILLS).fill('SIGKILL'), 'SIGTERM'];
  for (let i = signals.length - 1; i > 0; i--) {
    const j = Math.floor(killRng() * (i + 1));
    [signals[i], signals[j]] = [signals[j]!, signals[i]!];
  }
  const slot = (CHAOS_MS * 0.65) / signals.length;
  // Each signal also waits until the current process has been up 4-12 s, so kills never pile up.
  const plan = signals.map((signal, i) => ({
    signal,
    at: startedAt + CHAOS_MS * 0.1 + slot * i + killRng() * slot * 0.8,
    minUptimeMs: 4_000 + killRng() * 8_000,
    aimed: false,
  }));
  // The last SIGKILL waits (up to 20 s) for Slack to accept a post and kills the bot before it hears back.
  const aimed = plan.filter((p) => p.signal === 'SIGKILL').at(-1);
  if (aimed) aimed.aimed = true;
  const events: string[] = [];

  startBot();
  const chaosEnd = startedAt + CHAOS_MS;
  let next = 0;
  let published = 0;
  let firstRestartAt: number | null = null;
  let warm: { rss: number; at: number; pid: number } | null = null;
  let lastProcWarm: { rss: number; pid: number } | null = null;
  let peakAfterWarm = 0;
  let lastRss = 0;
  let lastSampleAt = 0;
  const cyclesSince = (t: number) => query<{ n: number }>('select count(*) as n from cycles where started_at >= ? and finished_at is not null', t)[0]?.n ?? 0;

  const sample = () => {
    const now = Date.now();
    if (now - lastSampleAt < 2_000 || !child?.pid) return;
    lastSampleAt = now;
    const rss = rssKb(child.pid);
    if (rss === null) return;
    lastRss = rss;
    if (warm) peakAfterWarm = Math.max(peakAfterWarm, rss);
    if (!warm && firstRestartAt !== null && cyclesSince(childStartedAt) >= 2) {
      warm = { rss, at: now, pid: child.pid };
      peakAfterWarm = rss;
      events.push(
        `+${Math.round((now - startedAt) / 1000)} s warm-up memory taken: ${(rss / 1024).toFixed(1)} MiB (pid ${child.pid}, 2 cycles after a restart)`,
      );
    }
    if (lastProcWarm?.pid !== child.pid && cyclesSince(childStartedAt) >= 2) lastProcWarm = { rss, pid: child.pid };
  };

  // Chaos: publish on schedule, kill on plan.
  while (Date.now() < chaosEnd) {
    const elapsed = Date.now() - startedAt;
    while (published < schedule.length && schedule[published]!.at <= elapsed) {
      const s = pushStory(scheduled[published]!);
      s.publishedAt = Date.now();
      render(s.feed);
      published++;
    }
    const due = plan[next];
    // A kill waits for the warm-up measurement once the bot has been restarted.
    let fire = due !== undefined && Date.now() >= due.at && Date.now() - childStartedAt >= due.minUptimeMs && (firstRestartAt === null || warm !== null);
    if (fire && due!.aimed) {
      if (crashWindow.armedAt === 0) {
        crashWindow.armed = true;
        crashWindow.armedAt = Date.now();
      }
      fire = crashWindow.held || Date.now() - crashWindow.armedAt > 20_000;
    }
    if (due && fire) {
      const result = await stopBot(due.signal);
      let note = '';
      if (due.aimed) {
        note = crashWindow.held ? ' (aimed: a Slack post was accepted but not yet answered)' : ' (aimed, but no Slack post came within 20 s)';
        if (crashWindow.held) crashWindow.hit++;
        else crashWindow.missed++;
        crashWindow.armed = false;
        crashWindow.held = false;
      }
      events.push(`+${Math.round((Date.now() - startedAt) / 1000)} s ${due.signal} pid ${processes.at(-1)!.pid}: ${result}${note}`);
      startBot();
      firstRestartAt ??= childStartedAt;
      next++;
    }
    sample();
    await later(100);
  }
  const kills = plan.slice(0, next).filter((p) => p.signal === 'SIGKILL').length;
  const terms = next - kills;

  // Quiet: no new stories, no faults, long enough for every backed-off feed to come back.
  faultsOn = false;
  for (const res of hangs) res.destroy();
  const lastChangeAt = Math.max(...feedState.map((s) => s.lastChangeAt));
  console.log(`soak: chaos over (${published} stories published, ${next} signals sent); quiet phase`);
  const quietEnd = Date.now() + QUIET_MS;
  while (Date.now() < quietEnd) {
    sample();
    await later(500);
  }
  // Drain: until every feed has been read after its last change and the outbox is empty (bounded).
  const drainEnd = Date.now() + DRAIN_LIMIT_MS;
  let pending = -1;
  let behind = -1;
  while (Date.now() < drainEnd) {
    sample();
    pending = query<{ n: number }>("select count(*) as n from deliveries where status <> 'delivered'")[0]?.n ?? -1;
    behind = query<{ n: number }>('select count(*) as n from feeds where last_success_at is null or last_success_at < ?', lastChangeAt)[0]?.n ?? -1;
    if (pending === 0 && behind === 0) break;
    await later(1_000);
  }
  await later(2_000);
  sample();
  const endRss = lastRss;
  const finalStop = await stopBot('SIGTERM');
  events.push(`+${Math.round((Date.now() - startedAt) / 1000)} s final SIGTERM: ${finalStop}`);
  await closeAll([...feedServers, slack, discord]);

  // ---- Verify by count ---------------------------------------------------------------------------
  db?.close();
  db = null;
  const feeds = query<{ url: string; first_polled_at: number | null; last_success_at: number | null }>(
    'select url, first_polled_at, last_success_at from feeds',
  );
  const firstPolled = new Map<number, number | null>();
  for (const row of feeds) {
    const m = /\/feed\/(\d+)\.xml$/.exec(row.url);
    if (m) firstPolled.set(Number(m[1]), row.first_polled_at);
  }
  const expected: Story[] = [];
  let unfetchedFeeds = 0;
  let beforeFirstPoll = 0;
  for (let f = 0; f < FEEDS; f++) {
    const fp = firstPolled.get(f) ?? null;
    if (fp === null) {
      unfetchedFeeds++;
      continue;
    }
    // The committed first poll is the last well-formed 200 served before first_polled_at was written.
    const committed = feedState[f]!.served.filter((s) => s.at <= fp).at(-1);
    const included = committed?.count ?? 0;
    for (const s of feedStories[f]!) {
      if (s.seq < included) beforeFirstPoll++;
      else if (s.alert) expected.push(s);
    }
  }
  const expectedKeys = new Set(expected.map((s) => s.key));
  const perDest = [DEST_SLACK, DEST_DISCORD].map((dest) => {
    const got = posts[dest]!;
    const lost = expected.filter((s) => (got.get(s.key) ?? 0) === 0);
    const dupes = [...got.entries()].filter(([k]) => expectedKeys.has(k)).reduce((n, [, c]) => n + c - 1, 0);
    const unexpected = [...got.keys()].filter((k) => !expectedKeys.has(k));
    const dbRows = query<{ status: string; n: number }>('select status, count(*) as n from deliveries where destination = ? group by status', dest);
    return {
      dest,
      delivered: [...got.keys()].filter((k) => expectedKeys.has(k)).length,
      posts: [...got.values()].reduce((a, b) => a + b, 0),
      lost,
      dupes,
      unexpected,
      dbRows,
      stats: chatStats[dest]!,
    };
  });
  const dbDeals = query<{ n: number }>('select count(*) as n from deals where id in (select deal_id from deliveries)')[0]?.n ?? 0;
  const cycles = query<{ n: number }>('select count(*) as n from cycles where finished_at is not null')[0]?.n ?? 0;
  const itemsStored = query<{ n: number }>('select count(*) as n from items')[0]?.n ?? 0;
  const intentMismatch = allStories.filter((s) => (s.intent === 'deal') !== s.alert).length;
  const botErrors = readFileSync(logPath, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"level":50') || l.includes('"level":60'));

  const durationS = Math.round((Date.now() - startedAt) / 1000);
  const lost = perDest.reduce((n, d) => n + d.lost.length, 0);
  const unexpected = perDest.reduce((n, d) => n + d.unexpected.length, 0);
  const dupesOk = perDest.every((d) => d.dupes <= kills);
  // The db must agree: one delivered row per expected deal and destination, nothing else.
  const dbOk = perDest.every((d) => d.dbRows.length === 1 && d.dbRows[0]!.status === 'delivered' && d.dbRows[0]!.n === expected.length);
  const w = warm as { rss: number; at: number; pid: number } | null;
  const lpw = lastProcWarm as { rss: number; pid: number } | null;
  const memOk = w !== null && endRss > 0 && endRss <= w.rss * 1.2;
  const pass = lost === 0 && unexpected === 0 && dupesOk && dbOk && memOk && pending === 0;
  const mib = (kb: number) => `${(kb / 1024).toFixed(1)} MiB`;
  const faultsText = Object.entries(faultCounts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

  const md = [
    '## Soak (`npm run soak`)',
    '',
    `${pass ? '**PASS**' : '**FAIL**'}: ${durationS} s on ${machineDescription()}; seed ${SEED}, \`--minutes ${MINUTES}\`.`,
    '',
    '| figure | value |',
    '|---|---|',
    `| duration | ${durationS} s: chaos ${Math.round(CHAOS_MS / 1000)} s, quiet ${QUIET_MS / 1000} s, then drain |`,
    `| feeds | ${FEEDS} on ${FEED_SERVERS} local servers, polled every 10 s (\`*/10 * * * * *\`) |`,
    `| poll cycles completed | ${cycles} |`,
    `| feed requests / faults injected | ${feedRequests.total} / ${faultsText} |`,
    `| stories published | ${allStories.length} (${initial.length} before the first poll, ${published} during the run); ${itemsStored} items stored |`,
    `| stories present at their feed's first poll (not alerted by design) | ${beforeFirstPoll} |`,
    `| deal stories expected to alert | ${expected.length} (classifier disagreed with the generator's intent on ${intentMismatch}) |`,
    ...perDest.map(
      (d) =>
        `| ${d.dest}: delivered / lost / duplicates / unexpected | ${d.delivered} / ${d.lost.length} / ${d.dupes} / ${d.unexpected.length} (accepted posts ${d.posts}; throttled ${d.stats.throttled}, failed ${d.stats.failed}; db ${d.dbRows.map((r) => `${r.status} ${r.n}`).join(', ')}) |`,
    ),
    `| deals with outbox rows in the db | ${dbDeals} |`,
    `| signals | ${kills} SIGKILL (${crashWindow.hit} of them aimed at an accepted but unanswered Slack post), ${terms} SIGTERM + restart; allowed duplicates per destination ≤ ${kills} |`,
    `| feeds never polled successfully | ${unfetchedFeeds} |`,
    `| bot RSS after warm-up | ${w ? `${mib(w.rss)} (2 cycles after the first restart, +${Math.round((w.at - startedAt) / 1000)} s)` : 'not measured'} |`,
    `| bot RSS at the end / peak after warm-up | ${mib(endRss)} / ${mib(peakAfterWarm)} (end ≤ 1.2 × warm-up: ${memOk ? 'yes' : 'no'}) |`,
    `| last process: RSS after its 2nd cycle | ${lpw ? mib(lpw.rss) : 'n/a'} |`,
    `| bot error lines in the log | ${botErrors.length} |`,
  ].join('\n');

  console.log('\n' + md + '\n');
  for (const e of events) console.log(`  ${e}`);
  for (const d of perDest) {
    if (d.lost.length)
      console.log(
        `  LOST at ${d.dest}: ${d.lost
          .slice(0, 20)
          .map((s) => `${s.key} "${s.title}" published +${Math.round((s.publishedAt - startedAt) / 1000)} s`)
          .join('; ')}`,
      );
    if (d.unexpected.length) console.log(`  UNEXPECTED at ${d.dest}: ${d.unexpected.slice(0, 20).join(', ')}`);
    if (d.dupes > 0)
      console.log(
        `  duplicates at ${d.dest}: ${[...posts[d.dest]!.entries()]
          .filter(([, c]) => c > 1)
          .map(([k, c]) => `${k}×${c}`)
          .join(', ')}`,
      );
  }
  if (!dbOk) console.log(`  the db's deliveries do not match the ${expected.length} expected deals per destination`);
  if (pending !== 0) console.log(`  outbox not drained: ${pending} deliveries still pending; ${behind} feeds not read after their last change`);
  if (botErrors.length)
    console.log(
      `  first bot errors:\n${botErrors
        .slice(0, 5)
        .map((l) => `    ${l.slice(0, 400)}`)
        .join('\n')}`,
    );
  // A short debugging run must not replace the figures of a full one.
  if (MINUTES >= 5 || process.argv.includes('--write')) writeBenchmarkSection('soak', md);
  else console.log('(BENCHMARKS.md left as it is: runs shorter than 5 minutes write it only with --write)');
  console.log(`soak: ${pass ? 'PASS' : 'FAIL'}; bot log and db kept in ${dir}`);
  if (pass) rmSync(dir, { recursive: true, force: true });
  return pass ? 0 : 1;
}

const onSignal = () => {
  child?.kill('SIGKILL');
  process.exit(130);
};
process.once('SIGINT', onSignal);
process.once('SIGTERM', onSignal);
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('soak: crashed:', error);
    child?.kill('SIGKILL');
    process.exit(2);
  },
);

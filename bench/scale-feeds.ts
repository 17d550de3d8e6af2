// The feed side of `npm run bench:scale`: N RSS feeds spread over loopback hosts
// 127.0.0.2 … 127.0.0.(H+1), one node:http server per address, each feed answering
// conditional GETs with ETag/If-None-Match and Last-Modified/If-Modified-Since (304).
// Items are seeded, so every run serves the same news: titles, links with tracking tags,
// descriptions with a little HTML; about one story in eight reads like a deal.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { seededRandom } from './bench-report.js';

/** The companies stories mention; the first WATCHED_COUNT are the bench's watchlist. */
export const COMPANIES = [
  'OpenAI',
  'Google',
  'Microsoft',
  'Nvidia',
  'Oracle',
  'SoftBank',
  'Amazon',
  'Meta Platforms',
  'Apple',
  'Salesforce',
  'Adobe',
  'Intel',
  'AMD',
  'Qualcomm',
  'Broadcom',
  'Cisco',
  'IBM',
  'SAP',
  'Siemens',
  'Airbus',
  'Boeing',
  'Pfizer',
  'Novartis',
  'Roche',
  'AstraZeneca',
  'Sanofi',
  'Unilever',
  'Nestle',
  'Shell',
  'BP',
  'TotalEnergies',
  'Chevron',
  'ExxonMobil',
  'Toyota',
  'Volkswagen',
  'Stellantis',
  'Honda',
  'Sony',
  'Samsung',
  'LG Electronics',
  'Alibaba',
  'Tencent',
  'Baidu',
  'Rakuten',
  'Spotify',
  'Netflix',
  'Uber',
  'Lyft',
  'Airbnb',
  'Stripe',
  'Databricks',
  'Snowflake',
  'Anthropic',
  'Mistral AI',
  'Cohere',
  'Palantir',
  'CrowdStrike',
  'Zscaler',
  'Okta',
  'Atlassian',
];
export const WATCHED_COUNT = 25;

const DEAL_TITLES: readonly ((a: string, b: string, n: number) => string)[] = [
  (a, b, n) => `${a} agrees to acquire ${b} unit for $${n} billion`,
  (a, b) => `${a} and ${b} announce strategic partnership on cloud infrastructure`,
  (a, b, n) => `${b} raises $${n * 100} million in Series D round led by ${a}`,
  (a, b) => `${a} signs multiyear supply contract with ${b}`,
  (a, b, n) => `${a} to merge with ${b} in $${n} billion all-stock deal`,
  (a, b) => `${a} and ${b} form joint venture for battery production`,
];
const OTHER_TITLES: readonly ((a: string, n: number) => string)[] = [
  (a, n) => `${a} reports third-quarter revenue up ${n}% as demand holds`,
  (a) => `${a} names new chief financial officer`,
  (_a, n) => `Markets close higher as bond yields ease for a ${n}th session`,
  (a) => `${a} shares slip after analyst downgrade`,
  (a) => `Review: ${a}'s latest laptop is fast, quiet and expensive`,
  (_a, n) => `Central bank holds rates steady, signals ${n} cuts next year`,
  (a) => `${a} recalls 40,000 units over battery fault`,
  (a, n) => `${a} to cut ${n * 100} jobs in restructuring`,
  (_a, n) => `Storm disrupts flights across the region for ${n} hours`,
  (a) => `${a} opens new research centre in Lisbon`,
  (a) => `Interview: ${a}'s chief executive on the year ahead`,
  (_a, n) => `Oil prices rise ${n}% on supply worries`,
];
const FILLER = [
  'The company said the move reflects growing demand from enterprise customers.',
  'Analysts had expected a weaker quarter after a slow start to the year.',
  'Shares were little changed in early trading in New York.',
  'A spokesperson declined to comment beyond the statement.',
  'The announcement follows months of speculation in the trade press.',
  'Regulators in Brussels and Washington are expected to review the terms.',
  'Executives will discuss the results on a call with investors on Thursday.',
  'The figures do not include one-off charges related to the restructuring.',
];

export const ITEMS_PER_FEED = 20;
/** Publication dates count back from here, one hour apart. */
const BASE_TIME = Date.UTC(2026, 10, 20, 12, 0, 0);
const HOUR = 3_600_000;

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Item k of feed f (k counts up with time: the newest item has the largest k). */
function itemXml(feed: number, k: number): string {
  const random = seededRandom(feed * 100_003 + k);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const a = pick(COMPANIES);
  let b = pick(COMPANIES);
  if (b === a) b = COMPANIES[(COMPANIES.indexOf(a) + 1) % COMPANIES.length]!;
  const n = 2 + Math.floor(random() * 30);
  const deal = random() < 0.125;
  const title = deal ? pick(DEAL_TITLES)(a, b, n) : pick(OTHER_TITLES)(a, n);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const link = `https://news${feed % 97}.example.com/2026/11/${slug}-${feed}-${k}?utm_source=rss&utm_medium=feed&utm_campaign=daily`;
  const lead = deal
    ? `<p><strong>${esc(a)}</strong> said on Monday that ${esc(title.charAt(0).toLowerCase() + title.slice(1))}, according to a statement.</p>`
    : `<p>${esc(title)}.</p>`;
  const body = [pick(FILLER), pick(FILLER), pick(FILLER)].map((s) => `<p>${esc(s)}</p>`).join('');
  const description = `${lead}${body}<p><a href="${esc(link)}">Read more</a> &amp; <em>share</em></p>`;
  const published = new Date(BASE_TIME + k * HOUR).toUTCString();
  return `<item>
<title>${esc(title)}</title>
<link>${esc(link)}</link>
<guid isPermaLink="false">bench-${feed}-${k}</guid>
<pubDate>${published}</pubDate>
<description>${esc(description)}</description>
</item>`;
}

/** The feed's document at a version: version v holds items v … v + ITEMS_PER_FEED - 1. */
export function feedXml(feed: number, version: number): string {
  const items: string[] = [];
  for (let k = version + ITEMS_PER_FEED - 1; k >= version; k--) items.push(itemXml(feed, k));
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Bench News ${feed}</title>
<link>https://news${feed % 97}.example.com/</link>
<description>Business and technology news, feed ${feed}</description>
<language>en-us</language>
${items.join('\n')}
</channel>
</rss>
`;
}

export interface FeedFarm {
  readonly urls: readonly string[];
  /** Adds one new item to every feed (the oldest drops off), with a new ETag and Last-Modified. */
  publishOneEach(): void;
  /** Requests answered since the last reset, by status. */
  readonly stats: { ok: number; notModified: number; notFound: number };
  resetStats(): void;
  close(): Promise<void>;
}

/** The loopback addresses used, 127.0.0.2 … : Linux routes all of 127/8 to lo. */
export function hostAddress(i: number): string {
  return `127.0.${Math.floor((i + 2) / 256)}.${(i + 2) % 256}`;
}

export async function startFeedFarm(feedCount: number, hostCount: number): Promise<FeedFarm> {
  const versions = new Int32Array(feedCount);
  // Bodies are built once per version and kept, so the farm's CPU stays small beside the bot's.
  const bodies = new Map<number, { version: number; body: Buffer }>();
  const stats = { ok: 0, notModified: 0, notFound: 0 };
  const validators = (feed: number) => {
    const v = versions[feed]!;
    return {
      etag: `"f${feed}-v${v}"`,
      lastModified: new Date(BASE_TIME + (v + ITEMS_PER_FEED) * HOUR).toUTCString(),
      lastModifiedMs: BASE_TIME + (v + ITEMS_PER_FEED) * HOUR,
    };
  };
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const urls: string[] = new Array<string>(feedCount);
  for (let h = 0; h < hostCount; h++) {
    const address = hostAddress(h);
    const server = createServer((req, res) => {
      const match = /^\/feeds\/(\d+)\.xml$/.exec(req.url ?? '');
      const feed = match ? Number(match[1]) : -1;
      if (!(feed >= 0 && feed < feedCount && feed % hostCount === h)) {
        stats.notFound++;
        res.writeHead(404).end();
        return;
      }
      const { etag, lastModified, lastModifiedMs } = validators(feed);
      const inm = req.headers['if-none-match'];
      const ims = req.headers['if-modified-since'];
      // If-None-Match wins over If-Modified-Since when both are sent (RFC 9110 13.1.3).
      const fresh = inm !== undefined ? inm === etag : ims !== undefined && Date.parse(ims) >= lastModifiedMs;
      if (fresh) {
        stats.notModified++;
        res.writeHead(304, { etag, 'last-modified': lastModified }).end();
        return;
      }
      const version = versions[feed]!;
      let cached = bodies.get(feed);
      if (cached === undefined || cached.version !== version) {
        cached = { version, body: Buffer.from(feedXml(feed, version)) };
        bodies.set(feed, cached);
      }
      stats.ok++;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-length': cached.body.length, etag, 'last-modified': lastModified });
      res.end(cached.body);
    });
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          error.code === 'EADDRNOTAVAIL'
            ? new Error(`cannot bind ${address}: this system does not route 127.0.0.0/8 to the loopback interface (see \`ip route show table local\`)`)
            : error,
        ),
      );
      server.listen(0, address, () => resolve());
    });
    servers.push(server);
    const port = (server.address() as AddressInfo).port;
    for (let f = h; f < feedCount; f += hostCount) urls[f] = `http://${address}:${port}/feeds/${f}.xml`;
  }
  return {
    urls,
    publishOneEach() {
      for (let f = 0; f < feedCount; f++) versions[f] = versions[f]! + 1;
    },
    stats,
    resetStats() {
      stats.ok = 0;
      stats.notModified = 0;
      stats.notFound = 0;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    },
  };
}

// One deal, one alert, end to end: the real service polls local feeds and posts to the
// recording Slack and Discord fakes, which answer with real `ts` and message ids. Several
// outlets reporting one deal give one top-level message and replies in its thread; a
// completion months later goes into the thread (and to the channel with broadcast on);
// another round a year later is another deal; a week's digest fits the platforms' limits.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.js';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { createClock, startTestApp, tempDir, type TestApp, type TestClock } from '../helpers/test-app.js';

interface Story {
  readonly title: string;
  readonly body: string;
  readonly at: number;
  readonly link: string;
}

const DAY = 86_400_000;
const START = Date.UTC(2026, 2, 2, 9, 0, 0);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function rss(title: string, stories: readonly Story[]): string {
  const items = stories
    .map(
      (s) =>
        `<item><title>${escapeXml(s.title)}</title><link>${s.link}</link><guid>${s.link}</guid><pubDate>${new Date(s.at).toUTCString()}</pubDate><description>${escapeXml(s.body)}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://example.com/</link>${items}</channel></rss>`;
}

const OUTLETS = ['Tech Wire', 'Biz Daily', 'Market Post'] as const;

const announcement = (outlet: string, at: number): Story => {
  const slug = outlet.toLowerCase().replace(/\s+/g, '-');
  const wording: Record<string, [string, string]> = {
    'Tech Wire': [
      'Salesforce to buy Informatica for $8 billion',
      'Salesforce agreed to buy data management company Informatica for about $8 billion in cash, the companies said on Tuesday.',
    ],
    'Biz Daily': [
      'Salesforce agrees to acquire Informatica in $8 billion deal',
      'Salesforce has agreed to acquire Informatica for roughly $8 billion, extending its push into enterprise data software.',
    ],
    'Market Post': [
      'Informatica to be acquired by Salesforce for $8 billion',
      'Informatica will be acquired by Salesforce for $8 billion, the software companies announced.',
    ],
  };
  const [title, body] = wording[outlet]!;
  return { title, body, at, link: `https://${slug}.example/salesforce-informatica` };
};

describe('one deal, one alert, replies in its thread (service against local fakes)', () => {
  let feeds: FeedServer;
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let dir: ReturnType<typeof tempDir>;
  let clock: TestClock;
  let app: TestApp | null = null;
  const published = new Map<string, Story[]>();

  beforeEach(async () => {
    published.clear();
    feeds = createFeedServer();
    for (const outlet of OUTLETS) {
      const path = `/${outlet.toLowerCase().replace(/\s+/g, '-')}.rss`;
      feeds.route(path, (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(rss(outlet, published.get(outlet) ?? []));
      });
    }
    await feeds.start();
    slack = await startFakeSlack();
    discord = await startFakeDiscord();
    dir = tempDir();
    clock = createClock(START);
  });
  afterEach(async () => {
    await app?.close();
    app = null;
    await slack.close();
    await discord.close();
    await feeds.close();
    dir.cleanup();
  });

  const publish = (outlet: string, story: Story) => published.set(outlet, [...(published.get(outlet) ?? []), story]);

  async function start(destinations: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
    app = await startTestApp({
      raw: {
        // backfill: the first poll of each feed alerts, as a long-running bot's later polls do.
        feeds: OUTLETS.map((o) => ({ url: feeds.url(`/${o.toLowerCase().replace(/\s+/g, '-')}.rss`), name: o, backfill: 10 })),
        watchlist: [{ name: 'Salesforce' }, { name: 'Informatica' }, { name: 'Sequoia Capital', aliases: ['Sequoia'] }, { name: 'Acme Robotics' }],
        destinations,
        ...extra,
      },
      databasePath: join(dir.path, 'db.sqlite'),
      clock,
      env: { SLACK_BOT_TOKEN: 'xoxb-threads', SLACK_API_URL: slack.apiUrl, DISCORD_BOT_TOKEN: 'discord.threads.token', DISCORD_API_URL: discord.apiUrl },
    });
    return app.app;
  }

  /** Polls every feed, then delivers; then lets the fold window pass and delivers again. */
  async function pollAndDeliver(): Promise<void> {
    await app!.app.runCycle({ all: true });
    await app!.app.dispatcher.dispatch();
    clock.advance(3 * 60_000);
    await app!.app.dispatcher.dispatch();
  }

  const posts = () => slack.callsTo('chat.postMessage').map((c) => c.fields as { text: string; thread_ts?: string; reply_broadcast?: boolean | string });

  it('Slack: three feeds report one deal within a day: one top-level message, the other reports in its thread', async () => {
    await start([{ name: 'deals', slack: { channel: 'C0DEALS001' } }]);
    publish('Tech Wire', announcement('Tech Wire', START - 3 * 3_600_000));
    await pollAndDeliver();
    publish('Biz Daily', announcement('Biz Daily', START + 2 * 3_600_000));
    publish('Market Post', announcement('Market Post', START + 5 * 3_600_000));
    clock.advance(6 * 3_600_000);
    await pollAndDeliver();

    const all = posts();
    const top = all.filter((p) => !p.thread_ts);
    expect(top).toHaveLength(1);
    expect(top[0]!.text).toContain('Salesforce');
    const alertTs = (await app!.app.store.outbox.deliveredFor((await app!.app.store.deals.search({ limit: 5 })).deals[0]!.id)).find(
      (d) => d.externalId,
    )!.externalId;
    const replies = all.filter((p) => p.thread_ts);
    // Both later reports arrived in the same poll: folded into one reply in the alert's thread.
    expect(replies).toHaveLength(1);
    expect(replies[0]!.thread_ts).toBe(alertTs);
    expect(replies[0]!.text).toBe('Also reported by Biz Daily and Market Post');
    // The alert was edited to show the report count.
    const update = slack.callsTo('chat.update').at(-1)!.fields as { ts: string; blocks: unknown };
    expect(update.ts).toBe(alertTs);
    expect(JSON.stringify(update.blocks)).toContain('reported by 3 sources');
    const [deal] = (await app!.app.store.deals.search({ limit: 5 })).deals;
    expect(deal).toMatchObject({ reportCount: 3, type: 'acquisition' });
  });

  it('Discord: the same deal from three feeds is one channel message, and the other reports go into a thread started on it', async () => {
    const channel = '300000000000000009';
    await start([{ name: 'deals', discord: { channel } }]);
    publish('Tech Wire', announcement('Tech Wire', START - 3 * 3_600_000));
    await pollAndDeliver();
    publish('Biz Daily', announcement('Biz Daily', START + 2 * 3_600_000));
    await pollAndDeliver();
    publish('Market Post', announcement('Market Post', START + 5 * 3_600_000));
    clock.advance(3_600_000);
    await pollAndDeliver();

    const inChannel = discord.requestsTo('POST', `/channels/${channel}/messages`);
    expect(inChannel).toHaveLength(1);
    const alertId = (await app!.app.store.outbox.deliveredFor((await app!.app.store.deals.search({ limit: 5 })).deals[0]!.id)).find(
      (d) => d.externalId,
    )!.externalId!;
    // One thread, started on the alert; its id is the alert's message id.
    expect(discord.requestsTo('POST', `/channels/${channel}/messages/${alertId}/threads`).length).toBeGreaterThanOrEqual(1);
    const inThread = discord.requestsTo('POST', `/channels/${alertId}/messages`).map((r) => r.body as { content: string; allowed_mentions: unknown });
    expect(inThread.map((m) => m.content.split('\n')[0])).toEqual(['**Also reported by Biz Daily**', '**Also reported by Market Post**']);
    for (const m of inThread) expect(m.allowed_mentions).toEqual({ parse: [] });
    // The alert shows the report count.
    const edits = discord.requestsTo('PATCH', `/channels/${channel}/messages/${alertId}`);
    expect(JSON.stringify(edits.at(-1)!.body)).toContain('reported by 3 sources');
  });

  it('two different rounds by the same investor in the same company, a year apart, get two top-level alerts', async () => {
    await start([{ name: 'deals', slack: { channel: 'C0DEALS001' } }]);
    publish('Tech Wire', {
      title: 'Sequoia invests $50 million in Acme Robotics',
      body: 'Sequoia Capital led a $50 million Series B investment in Acme Robotics, the warehouse robot maker said.',
      at: START - 3_600_000,
      link: 'https://tech-wire.example/acme-series-b',
    });
    await pollAndDeliver();
    clock.advance(365 * DAY);
    publish('Biz Daily', {
      title: 'Sequoia backs Acme Robotics again in $120 million round',
      body: 'Sequoia Capital led a new $120 million Series C investment in Acme Robotics, a year after its Series B.',
      at: START + 365 * DAY - 3_600_000,
      link: 'https://biz-daily.example/acme-series-c',
    });
    await pollAndDeliver();

    const top = posts().filter((p) => !p.thread_ts);
    expect(top.map((p) => p.text)).toEqual([expect.stringContaining('$50 million'), expect.stringContaining('$120 million')]);
    expect(posts().filter((p) => p.thread_ts)).toHaveLength(0);
    expect((await app!.app.store.deals.search({ limit: 5 })).deals).toHaveLength(2);
  });

  it('a completion months later goes into the deal thread, and with broadcast_lifecycle also to the channel', async () => {
    const channel = '300000000000000010';
    await start([
      { name: 'slack-deals', slack: { channel: 'C0DEALS001' }, broadcast_lifecycle: true },
      { name: 'discord-deals', discord: { channel }, broadcast_lifecycle: true },
    ]);
    publish('Tech Wire', announcement('Tech Wire', START - 3_600_000));
    await pollAndDeliver();
    clock.advance(150 * DAY);
    publish('Market Post', {
      title: 'Salesforce completes acquisition of Informatica',
      body: 'Salesforce has completed its $8 billion acquisition of Informatica after regulators cleared the deal, the company said on Monday.',
      at: START + 150 * DAY - 3_600_000,
      link: 'https://market-post.example/salesforce-informatica-closes',
    });
    await pollAndDeliver();

    const all = posts();
    expect(all.filter((p) => !p.thread_ts)).toHaveLength(1);
    const [update] = all.filter((p) => p.thread_ts);
    expect(update!.thread_ts).toBe(await alertIdFor('slack-deals'));
    expect(String(update!.reply_broadcast)).toBe('true');
    expect(update!.text).toMatch(/^Update: completed/);

    const alertId = await alertIdFor('discord-deals');
    expect(discord.requestsTo('POST', `/channels/${alertId}/messages`).map((r) => (r.body as { content: string }).content)).toEqual([
      expect.stringMatching(/^\*\*Update: completed/),
    ]);
    // The channel copy is a reply that references the alert.
    const channelPosts = discord.requestsTo('POST', `/channels/${channel}/messages`).map((r) => r.body as { message_reference?: { message_id: string } });
    expect(channelPosts).toHaveLength(2);
    expect(channelPosts[1]!.message_reference?.message_id).toBe(alertId);
    const [deal] = (await app!.app.store.deals.search({ limit: 5 })).deals;
    expect(deal!.status).toBe('completed');
    const timeline = await app!.app.store.deals.timeline(deal!.id);
    // The story says both: it completed, after regulators cleared it.
    expect(timeline!.entries.map((e) => e.kind)).toEqual(['report', 'report', 'status', 'regulatory']);
  });

  it("a week's digest of five deals fits Slack's and Discord's limits and lists each deal with its parties, amount and status", async () => {
    const channel = '300000000000000011';
    await start([
      { name: 'slack-deals', slack: { channel: 'C0DEALS001' }, digest: { schedule: '0 9 * * 1', timezone: 'Europe/Paris' } },
      { name: 'discord-deals', discord: { channel }, digest: { schedule: '0 9 * * 1', timezone: 'Europe/Paris' } },
    ]);
    const deals: [string, string][] = [
      ['Salesforce to buy Informatica for $8 billion', 'Salesforce agreed to buy Informatica for about $8 billion in cash.'],
      ['Sequoia invests $50 million in Acme Robotics', 'Sequoia Capital led a $50 million Series B investment in Acme Robotics.'],
      ['Salesforce and Acme Robotics sign partnership', 'Salesforce signed a partnership with Acme Robotics to put its agents in warehouses.'],
      ['Informatica wins $40 million Pentagon contract', 'Informatica won a $40 million contract from the Pentagon for data management.'],
      ['Acme Robotics acquires Beta Sensors for $30 million', 'Acme Robotics agreed to acquire sensor maker Beta Sensors for $30 million.'],
    ];
    deals.forEach(([title, body], i) => publish(OUTLETS[i % 3]!, { title, body, at: START - (5 - i) * DAY, link: `https://news.example/digest-${i}` }));
    await pollAndDeliver();
    expect((await app!.app.store.deals.search({ limit: 10 })).deals).toHaveLength(5);

    clock.advance(2 * 3_600_000);
    expect(await app!.app.digests.post('slack-deals')).toMatchObject({ kind: 'posted', deals: 5 });
    expect(await app!.app.digests.post('discord-deals')).toMatchObject({ kind: 'posted', deals: 5 });

    const digest = slack.callsTo('chat.postMessage').at(-1)!.fields as { text: string; blocks: { type: string; text?: { text: string } }[] };
    expect(digest.blocks.length).toBeLessThanOrEqual(50);
    for (const block of digest.blocks) expect((block.text?.text ?? '').length).toBeLessThanOrEqual(3000);
    const slackText = JSON.stringify(digest.blocks);
    for (const [title] of deals) expect(slackText).toContain(title.replace('&', '&amp;'));
    expect(slackText).toContain('Acquisitions (2)');
    // The fake Discord refuses any message over the published limits (400), so a post means it fit.
    const discordDigest = discord.requestsTo('POST', `/channels/${channel}/messages`).at(-1)!.body as { embeds: { title?: string; description?: string }[] };
    expect(discordDigest.embeds.length).toBeLessThanOrEqual(10);
    const discordText = JSON.stringify(discordDigest.embeds);
    for (const [title] of deals) expect(discordText).toContain(title.split(' ')[0]!);
    expect(discordText).toContain('$8 billion');

    // A second digest right away covers only what came since: nothing, so nothing is posted.
    const before = slack.callsTo('chat.postMessage').length;
    expect(await app!.app.digests.post('slack-deals')).toEqual({ kind: 'empty' });
    expect(slack.callsTo('chat.postMessage')).toHaveLength(before);
  });

  async function alertIdFor(destination: string): Promise<string | null> {
    const [deal] = (await app!.app.store.deals.search({ limit: 5 })).deals;
    return (await app!.app.store.outbox.deliveredFor(deal!.id)).find((d) => d.destination === destination)?.externalId ?? null;
  }
});

// The parts of `npm run bench:scale` that its figures rest on: the feed farm answers
// conditional GETs as a real publisher does (so cycle (b) is really all 304), serves
// documents the bot's own parser reads, and binds loopback addresses beyond 127.0.0.1;
// /proc memory reads and the per-phase peak reset work on this machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/parse/index.js';
import { readProcMemory, resetPeak, sampleMemory } from '../../../bench/proc-memory.js';
import { ITEMS_PER_FEED, feedXml, hostAddress, startFeedFarm, type FeedFarm } from '../../../bench/scale-feeds.js';

describe('bench:scale feed farm', () => {
  let farm: FeedFarm;
  beforeAll(async () => {
    farm = await startFeedFarm(6, 3);
  });
  afterAll(async () => {
    await farm.close();
  });

  it('spreads the feeds over 127.0.0.2, 127.0.0.3 …, one server per address', () => {
    expect(hostAddress(0)).toBe('127.0.0.2');
    expect(hostAddress(49)).toBe('127.0.0.51');
    expect(new Set(farm.urls.map((u) => new URL(u).hostname))).toEqual(new Set(['127.0.0.2', '127.0.0.3', '127.0.0.4']));
  });

  it('answers 200 with validators, then 304 to If-None-Match or If-Modified-Since, and 200 again after a new item', async () => {
    const url = farm.urls[4]!;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const parsed = await parseFeed(Buffer.from(await first.arrayBuffer()), { contentType: first.headers.get('content-type') });
    expect(parsed.items).toHaveLength(ITEMS_PER_FEED);

    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    expect((await fetch(url, { headers: { 'if-modified-since': lastModified } })).status).toBe(304);
    // If-None-Match wins over If-Modified-Since (RFC 9110 13.1.3).
    expect((await fetch(url, { headers: { 'if-none-match': '"other"', 'if-modified-since': lastModified } })).status).toBe(200);

    farm.publishOneEach();
    const next = await fetch(url, { headers: { 'if-none-match': etag } });
    expect(next.status).toBe(200);
    expect(next.headers.get('etag')).not.toBe(etag);
    const items = (await parseFeed(Buffer.from(await next.arrayBuffer()), { contentType: null })).items;
    expect(items).toHaveLength(ITEMS_PER_FEED);
    // One new item on top; the oldest dropped off.
    expect(items.map((i) => i.guid)).toContain('bench-4-20');
    expect(items.map((i) => i.guid)).not.toContain('bench-4-0');
  });

  it('serves each feed only from its own host', async () => {
    const wrongHost = farm.urls[1]!.replace(hostAddress(1), hostAddress(0)).replace(/:\d+\//, `:${new URL(farm.urls[0]!).port}/`);
    expect((await fetch(wrongHost)).status).toBe(404);
  });

  it('writes the same news every run, with some deal-like stories', () => {
    expect(feedXml(7, 0)).toBe(feedXml(7, 0));
    const titles = Array.from({ length: 40 }, (_, f) => feedXml(f, 0))
      .join('')
      .match(/<title>[^<]*<\/title>/g)!;
    expect(titles.some((t) => /acquire|partnership|raises|merge|joint venture|contract/.test(t))).toBe(true);
  });
});

describe('bench:scale /proc memory', () => {
  it('reads this process and resets its peak', async () => {
    const now = readProcMemory(process.pid)!;
    expect(now.rssMb).toBeGreaterThan(10);
    expect(now.hwmMb).toBeGreaterThanOrEqual(now.rssMb);
    expect(now.anonMb + now.fileMb).toBeGreaterThan(0);
    expect(readProcMemory(2 ** 30)).toBeNull();
    if (resetPeak(process.pid)) expect(readProcMemory(process.pid)!.hwmMb).toBeLessThanOrEqual(now.hwmMb + 1);
    const sampler = sampleMemory(process.pid, 10);
    sampler.startPhase();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const phase = sampler.endPhase();
    sampler.stop();
    expect(phase.peakMb).toBeGreaterThan(10);
  });
});

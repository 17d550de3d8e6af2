// Issue 9 point 1: a body that starts with the gzip magic but came without Content-Encoding
// is gunzipped by the parser, so the parser must apply the fetcher's body cap while inflating.
// The bombs are built here, in memory, from a repeated buffer: ~300 MB that compress to ~300 KB.
import { createGzip, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BODY_BYTES } from '../../../src/fetch/index.js';
import { ParseError, parseFeed } from '../../../src/parse/index.js';

const MB = 1024 * 1024;
const INFLATED_MB = 300;

/** gzipStream compresses `count` copies of `chunk` between head and tail without ever holding the inflated whole. */
async function gzipStream(head: string, chunk: Buffer, count: number, tail: string): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (part: Buffer) => out.push(part));
  const done = new Promise((resolve, reject) => gzip.on('end', resolve).on('error', reject));
  gzip.write(head);
  for (let i = 0; i < count; i++) {
    if (!gzip.write(chunk)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end(tail);
  await done;
  return Buffer.concat(out);
}

/** An RSS feed whose one description is INFLATED_MB of text, gzipped as a single member. */
function feedBomb(): Promise<Buffer> {
  const head = '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>bomb</title><description>';
  return gzipStream(head, Buffer.alloc(MB, 'A'), INFLATED_MB, '</description></item></channel></rss>');
}

interface Measured {
  error: unknown;
  ms: number;
  rssGrowthMb: number;
  peakGrowthMb: number;
}

/** Runs parseFeed and measures wall time, resident-set growth and growth of the process's peak RSS. */
async function measure(body: Buffer, meta: Parameters<typeof parseFeed>[1]): Promise<Measured> {
  globalThis.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const peakBefore = process.resourceUsage().maxRSS * 1024;
  const started = performance.now();
  const error = await parseFeed(body, meta).then(
    () => null,
    (e: unknown) => e,
  );
  const ms = performance.now() - started;
  const rssGrowthMb = (process.memoryUsage().rss - rssBefore) / MB;
  const peakGrowthMb = (process.resourceUsage().maxRSS * 1024 - peakBefore) / MB;
  return { error, ms, rssGrowthMb, peakGrowthMb };
}

function expectTooLarge(error: unknown, message: string): void {
  expect(error).toBeInstanceOf(ParseError);
  expect((error as ParseError).code).toBe('too-large');
  expect((error as ParseError).message).toBe(message);
}

describe('gzip bodies without Content-Encoding are inflated under the body cap', () => {
  it(`a single-member gzip inflating to ${INFLATED_MB} MB is refused quickly, with bounded memory`, async () => {
    const bomb = await feedBomb();
    expect(bomb.length).toBeLessThan(MB);
    const result = await measure(bomb, { contentType: 'application/rss+xml', url: 'https://bomb.example/feed.xml.gz' });
    console.info(
      `[gzip-bomb] single member: ${(bomb.length / 1024).toFixed(0)} KB compressed, refused in ${result.ms.toFixed(1)} ms, ` +
        `RSS growth ${result.rssGrowthMb.toFixed(1)} MB, peak RSS growth ${result.peakGrowthMb.toFixed(1)} MB`,
    );
    expectTooLarge(result.error, 'response from bomb.example exceeded 5 MB limit once gunzipped (aborted)');
    expect(result.ms).toBeLessThan(2_000);
    expect(result.rssGrowthMb).toBeLessThan(100);
    expect(result.peakGrowthMb).toBeLessThan(100);
  });

  it('concatenated gzip members count together against the cap', async () => {
    // 300 members of 1 MB each: every member alone is under the cap, the whole is 60 times over.
    const member = gzipSync(Buffer.alloc(MB, ' '), { level: 9 });
    const body = Buffer.concat(Array.from({ length: INFLATED_MB }, () => member));
    const result = await measure(body, { contentType: null });
    console.info(
      `[gzip-bomb] ${INFLATED_MB} members: ${(body.length / 1024).toFixed(0)} KB, refused in ${result.ms.toFixed(1)} ms, ` +
        `peak RSS growth ${result.peakGrowthMb.toFixed(1)} MB`,
    );
    expectTooLarge(result.error, 'response exceeded 5 MB limit once gunzipped (aborted)');
    expect(result.ms).toBeLessThan(2_000);
    expect(result.peakGrowthMb).toBeLessThan(100);
  });

  it('gzip inside gzip is not inflated a second time', async () => {
    const inner = await feedBomb();
    const result = await measure(gzipSync(inner), { contentType: null });
    expect(result.error).toBeInstanceOf(ParseError);
    expect((result.error as ParseError).code).toBe('not-a-feed');
    expect((result.error as ParseError).message).toBe('not a feed (gzip inside gzip)');
    expect(result.ms).toBeLessThan(2_000);
    expect(result.peakGrowthMb).toBeLessThan(100);
  });

  it("the cap is the caller's maxBytes, and a body at the cap still parses", async () => {
    const feed = (description: string) =>
      Buffer.from(`<rss version="2.0"><channel><title>t</title><item><title>x</title><description>${description}</description></item></channel></rss>`);
    const small = feed('y'.repeat(1000));
    expect(small.length).toBeGreaterThan(1000);
    const error = await parseFeed(gzipSync(small), { contentType: null, maxBytes: 1000 }).catch((e: unknown) => e);
    expectTooLarge(error, 'response exceeded 1000 bytes limit once gunzipped (aborted)');
    const exact = await parseFeed(gzipSync(small), { contentType: null, maxBytes: small.length });
    expect(exact.items).toHaveLength(1);
    // The default is the fetcher's default, one shared constant.
    expect(DEFAULT_MAX_BODY_BYTES).toBe(5 * MB);
    const justUnder = feed('z'.repeat(DEFAULT_MAX_BODY_BYTES - feed('').length));
    expect((await parseFeed(gzipSync(justUnder), { contentType: null })).items[0]?.summaryHtml).toHaveLength(DEFAULT_MAX_BODY_BYTES - feed('').length);
  });
});

// restrictToPublic: every hop, literal or named, must reach only allowed addresses.
// All traffic stays on loopback: "blocked" targets are loopback addresses the test policy
// forbids, so even a broken guard could not send a packet off this machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertPublicUrl, createFeedFetcher, isPublicAddress, type DnsLookup, type FeedFetcher } from '../../../src/fetch/index.js';
import type { fetch as undiciFetch } from 'undici';
import { createFeedServer, redirect, serve, type FeedServer } from '../../helpers/feed-server.js';

const FEED = '<rss version="2.0"><channel><title>ok</title></channel></rss>';
const UA = 'dealwatch-test/0';

const mapLookup =
  (map: Record<string, string>): DnsLookup =>
  async (host) => {
    const address = map[host];
    if (address === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return [{ address, family: address.includes(':') ? 6 : 4 }];
  };

let server: FeedServer;
let port: number;
let fetcher: FeedFetcher;
/** A fetcher whose policy treats 127.0.0.1 as "public", so a hop can pass the guard and still stay local. */
let lenient: FeedFetcher;

beforeAll(async () => {
  server = createFeedServer({ '/feed': serve(FEED), '/secret': serve('internal admin page') });
  await server.start();
  port = server.port;
  server.route('/to-private-name', redirect(`http://private.test:${port}/secret`, 302));
  server.route('/to-private-literal', redirect(`http://[::1]:${port}/secret`, 301));
  server.route('/to-localhost', redirect(`http://127.0.0.2:${port}/secret`, 302));
  fetcher = createFeedFetcher({ userAgent: UA, lookup: mapLookup({ 'feed.test': '127.0.0.1' }) });
  lenient = createFeedFetcher({
    userAgent: UA,
    lookup: mapLookup({ 'public.test': '127.0.0.1', 'private.test': '127.0.0.2' }),
    isAllowedAddress: (ip) => ip === '127.0.0.1' || isPublicAddress(ip),
  });
});

afterAll(async () => {
  await fetcher.close();
  await lenient.close();
  await server.close();
});

const req = (url: string, restrictToPublic: boolean) => ({ url, etag: null, lastModified: null, restrictToPublic });

describe('restrictToPublic', () => {
  it.each([
    ['127.0.0.1', () => `http://127.0.0.1:${port}/secret`],
    ['[::1]', () => `http://[::1]:${port}/secret`],
    ['0x7f000001', () => `http://0x7f000001:${port}/secret`],
    ['2130706433', () => `http://2130706433:${port}/secret`],
  ])('refuses literal %s before connecting', async (_name, url) => {
    const error = await fetcher.fetchFeed(req(url(), true)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'blocked-address' });
    expect((error as Error).message).toMatch(
      /refused: address (127\.0\.0\.1|::1) is private \(an operator can allow it with security\.allow_private_feed_urls\)/,
    );
    expect(server.requestsTo('/secret')).toHaveLength(0);
  });

  it('refuses a literal metadata address without calling fetch at all', async () => {
    // The injected fetch records instead of sending, so even a broken guard stays off the network.
    const attempted: string[] = [];
    const offline = createFeedFetcher({
      userAgent: UA,
      fetch: (async (input: string) => {
        attempted.push(String(input));
        throw new Error('test fetch must not be called');
      }) as unknown as typeof undiciFetch,
    });
    try {
      await expect(offline.fetchFeed(req('http://169.254.169.254/latest/meta-data/', true))).rejects.toMatchObject({
        code: 'blocked-address',
      });
      await expect(offline.fetchFeed(req('http://[fd00::1]/feed', true))).rejects.toMatchObject({
        code: 'blocked-address',
      });
      expect(attempted).toEqual([]);
    } finally {
      await offline.close();
    }
  });

  it('refuses localhost through the real system resolver', async () => {
    const real = createFeedFetcher({ userAgent: UA });
    try {
      const error = await real.fetchFeed(req(`http://localhost:${port}/secret`, true)).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'blocked-address' });
      expect((error as Error).message).toMatch(/refused: localhost resolves to private address/);
      expect(server.requestsTo('/secret')).toHaveLength(0);
    } finally {
      await real.close();
    }
  });

  it('allows a private name when the guard is off, refuses it when on', async () => {
    const url = `http://feed.test:${port}/feed`;
    expect(await fetcher.fetchFeed(req(url, false))).toMatchObject({ kind: 'ok' });
    const error = await fetcher.fetchFeed(req(url, true)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'blocked-address', status: null });
    expect((error as Error).message).toBe(
      'fetcher: refused: feed.test resolves to private address 127.0.0.1 (an operator can allow it with security.allow_private_feed_urls)',
    );
  });

  it('lets an allowed host through the guard', async () => {
    expect(await lenient.fetchFeed(req(`http://public.test:${port}/feed`, true))).toMatchObject({ kind: 'ok' });
  });

  it.each(['/to-private-name', '/to-private-literal', '/to-localhost'])('refuses a redirect hop to a private address (%s)', async (path) => {
    const error = await lenient.fetchFeed(req(`http://public.test:${port}${path}`, true)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'blocked-address' });
    expect(server.requestsTo(path)).toHaveLength(1);
    expect(server.requestsTo('/secret')).toHaveLength(0);
  });

  it('checks the address actually connected, not an earlier answer (DNS rebinding)', async () => {
    let calls = 0;
    const rebinding: DnsLookup = async () => [{ address: calls++ === 0 ? '127.0.0.1' : '127.0.0.2', family: 4 }];
    const policy = (ip: string) => ip === '127.0.0.1';
    const rebind = createFeedFetcher({ userAgent: UA, lookup: rebinding, isAllowedAddress: policy });
    try {
      const url = `http://rebind.test:${port}/secret`;
      // A check-then-fetch design would pass here and then connect to the second answer.
      await expect(assertPublicUrl(url, rebinding, policy)).resolves.toBeUndefined();
      await expect(rebind.fetchFeed(req(url, true))).rejects.toMatchObject({ code: 'blocked-address' });
      expect(server.requestsTo('/secret')).toHaveLength(0);
    } finally {
      await rebind.close();
    }
  });
});

// Redirects are followed by hand so each hop can be checked; permanent moves are reported.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFeedFetcher, FetchError, type FeedFetcher } from '../../../src/fetch/index.js';
import { conditional, createFeedServer, redirect, redirectLoop, serve, status, type FeedServer } from '../../helpers/feed-server.js';

const FEED = '<rss version="2.0"><channel><title>moved</title></channel></rss>';

let server: FeedServer;
let fetcher: FeedFetcher;

beforeAll(async () => {
  server = createFeedServer({
    '/feed': serve(FEED),
    '/loop': redirectLoop(302),
    '/p1': redirect('/p2', 301),
    '/p2': redirect('/feed', 308),
    '/t1': redirect('/feed', 302),
    '/mixed': redirect('/mixed-2', 301), // permanent, then temporary
    '/mixed-2': redirect('/feed', 307),
    '/temp-first': redirect('/p2', 302), // temporary, then permanent
    '/relative': redirect('p2', 301),
    '/to-ftp': redirect('ftp://example.com/feed', 301),
    '/no-location': status(302),
    '/moved-conditional': redirect('/conditional', 301),
    '/conditional': conditional(FEED, { etag: '"e1"' }),
  });
  await server.start();
  fetcher = createFeedFetcher({ userAgent: 'dealwatch-test/0', maxRedirects: 5 });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

const get = (path: string, etag: string | null = null) => fetcher.fetchFeed({ url: server.url(path), etag, lastModified: null, restrictToPublic: false });

describe('fetchFeed redirects', () => {
  it('stops a redirect loop after maxRedirects', async () => {
    const before = server.requestsTo('/loop').length;
    const error = await get('/loop').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code: 'too-many-redirects' });
    expect((error as FetchError).message).toContain('redirect loop: more than 5 redirects');
    // The original request plus 5 followed redirects.
    expect(server.requestsTo('/loop').length - before).toBe(6);
  });

  it('reports a 301/308 chain as permanentUrl', async () => {
    const result = await get('/p1');
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed'), permanentUrl: server.url('/feed') });
  });

  it('leaves permanentUrl null for a 302', async () => {
    const result = await get('/t1');
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed'), permanentUrl: null });
  });

  it('stores the last permanent target when a temporary hop follows', async () => {
    const result = await get('/mixed');
    expect(result).toMatchObject({ kind: 'ok', finalUrl: server.url('/feed'), permanentUrl: server.url('/mixed-2') });
  });

  it('ignores permanent hops after a temporary one', async () => {
    expect(await get('/temp-first')).toMatchObject({ kind: 'ok', permanentUrl: null });
  });

  it('resolves relative Location headers', async () => {
    expect(await get('/relative')).toMatchObject({ kind: 'ok', permanentUrl: server.url('/feed') });
  });

  it('refuses a redirect to a non-http scheme', async () => {
    await expect(get('/to-ftp')).rejects.toMatchObject({ code: 'invalid-url' });
  });

  it('maps a redirect without Location to http-status', async () => {
    await expect(get('/no-location')).rejects.toMatchObject({ code: 'http-status', status: 302 });
  });

  it('reports permanentUrl on a 304 reached through a 301', async () => {
    const result = await get('/moved-conditional', '"e1"');
    expect(result).toEqual({
      kind: 'not-modified',
      etag: '"e1"',
      lastModified: null,
      permanentUrl: server.url('/conditional'),
      maxAgeSeconds: null,
    });
  });
});

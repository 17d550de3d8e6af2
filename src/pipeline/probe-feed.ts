// Checks a URL before it is added as a feed: fetch it (with the address guard when the
// request comes from chat) and parse it, so an admin hears at once why it is not a feed.
import { FetchError, type FeedFetcher } from '../fetch/index.js';
import { ParseError, parseFeed } from '../parse/index.js';

export type ProbeResult =
  | { readonly kind: 'ok'; readonly url: string; readonly title: string | null; readonly itemCount: number }
  | { readonly kind: 'refused'; readonly reason: string };

export async function probeFeed(fetcher: FeedFetcher, url: string, options: { restrictToPublic: boolean }): Promise<ProbeResult> {
  let parsedUrl: URL;
  try {
    parsedUrl = new URL(url);
  } catch {
    return { kind: 'refused', reason: `"${url}" is not a URL; give a full http(s) address` };
  }
  if (parsedUrl.protocol !== 'http:' && parsedUrl.protocol !== 'https:') {
    return { kind: 'refused', reason: `only http(s) feeds are supported, not ${parsedUrl.protocol}` };
  }
  try {
    const result = await fetcher.fetchFeed({ url, etag: null, lastModified: null, restrictToPublic: options.restrictToPublic });
    if (result.kind === 'gone') return { kind: 'refused', reason: 'the server says this feed is gone (HTTP 410)' };
    if (result.kind === 'not-modified') return { kind: 'refused', reason: 'the server answered 304 to an unconditional request' };
    const feed = await parseFeed(result.body, { contentType: result.contentType, url: result.finalUrl });
    return { kind: 'ok', url: result.permanentUrl ?? url, title: feed.title, itemCount: feed.items.length };
  } catch (error) {
    if (error instanceof FetchError || error instanceof ParseError) return { kind: 'refused', reason: error.message };
    throw error;
  }
}

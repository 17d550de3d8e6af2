// Checks a URL before it is added as a feed: read it (with the address guard when the
// request comes from chat), so an admin hears at once why it is not a feed.
import { FetchError, type FeedFetcher } from '../fetch/index.js';
import { ParseError } from '../parse/index.js';
import { readFeed, type ReadLimits } from './read-feed.js';

/** What trying a URL gave; the command core declares the same shape as its FeedProbe. */
export type ProbeResult =
  | { readonly kind: 'ok'; readonly url: string; readonly title: string | null; readonly itemCount: number }
  | { readonly kind: 'refused'; readonly reason: string };

export async function probeFeed(fetcher: FeedFetcher, url: string, options: { restrictToPublic: boolean; limits: ReadLimits }): Promise<ProbeResult> {
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
    const read = await readFeed(fetcher, { url, etag: null, lastModified: null, restrictToPublic: options.restrictToPublic }, options.limits);
    if (read.kind === 'gone') return { kind: 'refused', reason: 'the server says this feed is gone (HTTP 410)' };
    if (read.kind === 'not-modified' || read.kind === 'unchanged') return { kind: 'refused', reason: 'the server answered 304 to an unconditional request' };
    return { kind: 'ok', url: read.permanentUrl ?? url, title: read.feed.title, itemCount: read.feed.items.length + read.feed.droppedItems };
  } catch (error) {
    if (error instanceof FetchError || error instanceof ParseError) return { kind: 'refused', reason: error.message };
    throw error;
  }
}

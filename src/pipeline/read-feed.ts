// Reading a feed is fetch then parse; the poll, the probe before `feeds add`, and
// `dealwatch parse <url>` all read feeds this one way.
import type { FeedFetcher, FetchRequest } from '../fetch/index.js';
import type { ParsedFeed } from '../model/feed.js';
import { parseFeed } from '../parse/index.js';

export type FeedRead =
  | { readonly kind: 'gone' }
  | { readonly kind: 'not-modified'; readonly etag: string | null; readonly lastModified: string | null; readonly maxAgeSeconds: number | null; readonly permanentUrl: string | null }
  | {
      readonly kind: 'feed';
      readonly feed: ParsedFeed;
      /** Where the body came from after redirects: base for relative links. */
      readonly finalUrl: string;
      /** Set when a 301 or 308 moved the feed. */
      readonly permanentUrl: string | null;
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly maxAgeSeconds: number | null;
    };

/** readFeed fetches and parses; it throws FetchError or ParseError for the feed's failures. */
export async function readFeed(fetcher: FeedFetcher, request: FetchRequest): Promise<FeedRead> {
  const result = await fetcher.fetchFeed(request);
  if (result.kind === 'gone') return { kind: 'gone' };
  if (result.kind === 'not-modified') {
    return { kind: 'not-modified', etag: result.etag, lastModified: result.lastModified, maxAgeSeconds: result.maxAgeSeconds, permanentUrl: result.permanentUrl };
  }
  const feed = await parseFeed(result.body, { contentType: result.contentType, url: result.finalUrl });
  return {
    kind: 'feed',
    feed,
    finalUrl: result.finalUrl,
    permanentUrl: result.permanentUrl,
    etag: result.etag,
    lastModified: result.lastModified,
    maxAgeSeconds: result.maxAgeSeconds,
  };
}

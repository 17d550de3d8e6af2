// Reading a feed is fetch then parse; the poll, the probe before `feeds add`, and
// `dealwatch parse <url>` all read feeds this one way.
import { createHash } from 'node:crypto';
import type { FeedFetcher, FetchRequest } from '../fetch/index.js';
import { parseFeed, type LimitedFeed } from '../parse/index.js';

/** How much of one feed a poll reads: the body cap (also applied to gzip inflation) and the item cap. */
export interface ReadLimits {
  readonly maxBytes: number;
  readonly maxItems: number;
}

export type FeedRead =
  | { readonly kind: 'gone' }
  /** The server sent the very body parsed last time (it ignored conditional GET): not parsed again. */
  | {
      readonly kind: 'unchanged';
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly maxAgeSeconds: number | null;
      readonly permanentUrl: string | null;
    }
  | {
      readonly kind: 'not-modified';
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly maxAgeSeconds: number | null;
      readonly permanentUrl: string | null;
    }
  | {
      readonly kind: 'feed';
      /** `droppedItems` counts the older items left out over the item cap. */
      readonly feed: LimitedFeed;
      /** Where the body came from after redirects: base for relative links. */
      readonly finalUrl: string;
      /** Set when a 301 or 308 moved the feed. */
      readonly permanentUrl: string | null;
      readonly etag: string | null;
      readonly lastModified: string | null;
      readonly maxAgeSeconds: number | null;
      readonly bodyHash: string;
    };

/** readFeed fetches and parses; it throws FetchError or ParseError for the feed's failures. */
/** A fast digest of a feed body, to recognise the same document when it comes again. */
export function bodyHash(body: Buffer): string {
  return createHash('sha1').update(body).digest('base64');
}

/**
 * readFeed fetches and parses; it throws FetchError or ParseError for the feed's failures.
 * `lastBodyHash` is the hash of the body parsed last time: the same body is not parsed again.
 */
export async function readFeed(fetcher: FeedFetcher, request: FetchRequest, limits: ReadLimits, lastBodyHash: string | null = null): Promise<FeedRead> {
  const result = await fetcher.fetchFeed(request);
  if (result.kind === 'gone') return { kind: 'gone' };
  if (result.kind === 'not-modified') {
    return {
      kind: 'not-modified',
      etag: result.etag,
      lastModified: result.lastModified,
      maxAgeSeconds: result.maxAgeSeconds,
      permanentUrl: result.permanentUrl,
    };
  }
  const hash = bodyHash(result.body);
  if (hash === lastBodyHash) {
    return { kind: 'unchanged', etag: result.etag, lastModified: result.lastModified, maxAgeSeconds: result.maxAgeSeconds, permanentUrl: result.permanentUrl };
  }
  const feed = await parseFeed(result.body, { contentType: result.contentType, url: result.finalUrl, maxBytes: limits.maxBytes, maxItems: limits.maxItems });
  return {
    kind: 'feed',
    feed,
    finalUrl: result.finalUrl,
    permanentUrl: result.permanentUrl,
    etag: result.etag,
    lastModified: result.lastModified,
    maxAgeSeconds: result.maxAgeSeconds,
    bodyHash: hash,
  };
}

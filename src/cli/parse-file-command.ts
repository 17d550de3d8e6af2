// `dealwatch parse <file-or-url>…`: normalized items as JSON Lines, one clear error line per bad input.
import { readFile } from 'node:fs/promises';
import { USER_AGENT } from '../app/version.js';
import { identify } from '../dedupe/index.js';
import { createFeedFetcher, DEFAULT_MAX_BODY_BYTES, type FeedFetcher } from '../fetch/index.js';
import { InputError } from '../model/errors.js';
import type { ParsedFeed } from '../model/feed.js';
import { normalizeItem } from '../normalize/index.js';
import { parseFeed } from '../parse/index.js';
import { readFeed } from '../pipeline/read-feed.js';
import { print, type CliContext } from './cli-context.js';

export async function parseCommand(ctx: CliContext, args: { readonly inputs: readonly string[] }): Promise<number> {
  const fetcher = createFeedFetcher({ userAgent: USER_AGENT });
  let failed = 0;
  try {
    for (const input of args.inputs) {
      try {
        const { feed, baseUrl } = await load(input, fetcher);
        const ctxUrl = { baseUrl: feed.link ?? baseUrl };
        if (feed.items.length === 0) print(ctx.stderr, `${input}: a valid ${feed.format} feed with no items`);
        for (const candidate of identify(feed.items, ctxUrl)) {
          const item = candidate.full ?? normalizeItem(candidate.raw, ctxUrl, candidate.keys);
          print(
            ctx.stdout,
            JSON.stringify({
              feed: input,
              id: candidate.identityHash,
              title: item.title,
              url: item.canonicalUrl ?? item.url,
              published: item.publishedAt?.toISOString() ?? null,
              text: item.text,
            }),
          );
        }
      } catch (error) {
        failed++;
        print(ctx.stderr, `${input}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
      }
    }
  } finally {
    await fetcher.close();
  }
  return failed > 0 ? 2 : 0;
}

async function load(input: string, fetcher: FeedFetcher): Promise<{ feed: ParsedFeed; baseUrl: string | null }> {
  if (/^https?:\/\//i.test(input)) {
    // `parse` shows a whole feed: no item cap, the default body cap.
    const read = await readFeed(
      fetcher,
      { url: input, etag: null, lastModified: null, restrictToPublic: false },
      { maxBytes: DEFAULT_MAX_BODY_BYTES, maxItems: Infinity },
    );
    if (read.kind === 'gone') throw new InputError('input-gone', 'HTTP 410 Gone');
    if (read.kind === 'not-modified' || read.kind === 'unchanged') throw new InputError('input-gone', 'the server answered 304 to an unconditional request');
    return { feed: read.feed, baseUrl: read.finalUrl };
  }
  let body: Buffer;
  try {
    body = await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a feed file'
          : code === 'EACCES'
            ? 'permission denied'
            : `cannot read (${code})`;
    throw new InputError('input-unreadable', reason, { cause: error });
  }
  return { feed: await parseFeed(body, { contentType: null }), baseUrl: null };
}

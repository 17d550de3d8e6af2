// `dealwatch parse <file-or-url>…`: normalized items as JSON Lines, one clear error line per bad input.
import { readFile } from 'node:fs/promises';
import { identityHashes } from '../dedupe/index.js';
import { createFeedFetcher } from '../fetch/index.js';
import { normalizeItem } from '../normalize/index.js';
import { parseFeed } from '../parse/index.js';
import { USER_AGENT } from '../app/version.js';
import { print, type CliContext } from './cli-context.js';

export async function parseCommand(ctx: CliContext, inputs: readonly string[]): Promise<number> {
  if (inputs.length === 0) {
    print(ctx.stderr, 'usage: dealwatch parse <file-or-url>…');
    return 2;
  }
  const fetcher = createFeedFetcher({ userAgent: USER_AGENT });
  let failed = 0;
  try {
    for (const input of inputs) {
      try {
        const { body, contentType, url } = await load(input, fetcher);
        const feed = await parseFeed(body, { contentType, ...(url ? { url } : {}) });
        const items = feed.items.map((raw) => normalizeItem(raw, { baseUrl: feed.link ?? url }));
        if (items.length === 0) print(ctx.stderr, `${input}: a valid ${feed.format} feed with no items`);
        const ids = identityHashes(items);
        items.forEach((item, i) => {
          print(
            ctx.stdout,
            JSON.stringify({ feed: input, id: ids[i], title: item.title, url: item.canonicalUrl ?? item.url, published: item.publishedAt?.toISOString() ?? null, text: item.text }),
          );
        });
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

async function load(input: string, fetcher: ReturnType<typeof createFeedFetcher>) {
  if (/^https?:\/\//i.test(input)) {
    const result = await fetcher.fetchFeed({ url: input, etag: null, lastModified: null, restrictToPublic: false });
    if (result.kind !== 'ok') throw new Error(result.kind === 'gone' ? 'HTTP 410 Gone' : 'not modified');
    return { body: result.body, contentType: result.contentType, url: result.finalUrl };
  }
  try {
    return { body: await readFile(input), contentType: null, url: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a feed file' : `cannot read (${code})`, { cause: error });
  }
}

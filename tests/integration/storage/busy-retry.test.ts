// A lock held longer than the connection's busy timeout: the poll commit and the outbox
// writes retry asynchronously (the event loop keeps running) and then succeed.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../src/storage/store.js';
import { tempDir } from '../../helpers/test-app.js';
import { holdWriteLock } from '../../helpers/write-lock.js';

describe('busy retry beyond the busy timeout', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;

  beforeEach(async () => {
    dir = tempDir();
    store = await createStore(`sqlite:${join(dir.path, 'db.sqlite')}`, { busyTimeoutMs: 50, busyRetryMs: 10_000 });
  });
  afterEach(async () => {
    await store.close();
    dir.cleanup();
  });

  it('commits a poll after the other connection lets go, without freezing the event loop', async () => {
    const added = await store.feeds.add({ url: 'https://x.example/feed', name: 'x', source: 'config', trusted: true, backfill: 0 }, 0, 0);
    const lock = await holdWriteLock(join(dir.path, 'db.sqlite'), 1_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    const result = await store.items.commit({
      feedId: added.feed.id,
      feedName: 'x',
      now: 1,
      state: { etag: null, lastModified: null, nextPollAt: 0, minIntervalSeconds: null, newUrl: null, title: null, warning: null, bodyHash: null },
      items: [
        {
          identityHash: 'h1',
          item: {
            guid: 'g1',
            url: 'https://x.example/1',
            canonicalUrl: 'https://x.example/1',
            title: 'A',
            text: 'A',
            publishedAt: null,
            author: null,
            categories: [],
          },
          analysis: { deal: false, type: null, status: null, score: 0, companies: [], amount: null, summary: 'A' },
          contentHash: 'id:h1',
          event: null,
          deliveries: [],
        },
      ],
      followUpDelayMs: 0,
    });
    clearInterval(timer);
    await lock.released;
    expect(result.newItems).toBe(1);
    // The wait happened between attempts, not inside one long synchronous busy wait.
    expect(ticks).toBeGreaterThan(10);
  });

  it('gives up with SQLITE_BUSY once the retry window has passed', async () => {
    const quick = await createStore(`sqlite:${join(dir.path, 'db.sqlite')}`, { busyTimeoutMs: 50, busyRetryMs: 200 });
    const added = await quick.feeds.add({ url: 'https://y.example/feed', name: 'y', source: 'config', trusted: true, backfill: 0 }, 0, 0);
    const lock = await holdWriteLock(join(dir.path, 'db.sqlite'), 1_000);
    await expect(
      quick.items.commit({
        feedId: added.feed.id,
        feedName: 'y',
        now: 1,
        state: { etag: null, lastModified: null, nextPollAt: 0, minIntervalSeconds: null, newUrl: null, title: null, warning: null, bodyHash: null },
        items: [],
        followUpDelayMs: 0,
      }),
    ).rejects.toMatchObject({ code: 'SQLITE_BUSY' });
    await lock.released;
    await quick.close();
  });
});

// Migration 006 on a database written by migration 005: the canonical-URL index keeps deal
// stories only. A copy of a stored deal story from another feed is still a duplicate; a story
// another feed stored as no deal no longer hides a later copy that reads as a deal.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/storage/store.js';
import { commitStories, route } from '../../helpers/seed-stories.js';
import { databaseBefore } from '../../helpers/old-database.js';
import { tempDir } from '../../helpers/test-app.js';

const T = Date.UTC(2026, 5, 1);

const databaseAt005 = (path: string) =>
  databaseBefore(
    path,
    '2026-12-01-006',
    `
    insert into feeds (id, url, name, source, trusted, backfill, created_at) values (1, 'https://old.example/feed', 'Old Wire', 'config', 1, 0, ${T});
    insert into items (id, feed_id, identity_hash, guid, url, canonical_url, title, text, published_at, first_seen_at, content_hash)
      values (1, 1, 'h1', 'g1', 'https://old.example/1', 'https://old.example/1', 'Acme to buy Beta', 'Acme agreed to buy Beta.', ${T}, ${T}, 'deal-hash'),
             (2, 1, 'h2', 'g2', 'https://old.example/2', 'https://old.example/2', 'Gamma teases a deal', 'Gamma said little.', ${T}, ${T}, null);
    insert into deals (id, item_id, type, score, is_deal, summary, companies_json, title, url, source, published_at, created_at)
      values (7, 1, 'acquisition', 0.9, 1, 'Acme agreed to buy Beta.', '[]', 'Acme to buy Beta', 'https://old.example/1', 'Old Wire', ${T}, ${T});
  `,
  );

const story = (title: string, url: string, acquirer: string, target: string) => ({
  title,
  url,
  text: `${title}, the companies said on Monday.`,
  companies: [
    { name: acquirer, role: 'acquirer' as const, watched: true },
    { name: target, role: 'target' as const, watched: false },
  ],
  publishedAt: T + 3_600_000,
});

describe('migration 006: the canonical-URL index holds deal stories', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it('makes the index partial, and the poll commit reads it', async () => {
    const path = join(dir.path, 'db.sqlite');
    await databaseAt005(path);
    const store = await createStore(`sqlite:${path}`);
    await store.close();
    const sqlite = new Database(path, { readonly: true });
    try {
      const index = sqlite.prepare(`select sql from sqlite_master where name = 'items_canonical_url'`).pluck().get() as string;
      expect(index).toMatch(/where content_hash is not null/i);
      const plan = sqlite
        .prepare(
          `explain query plan select canonical_url as url, min(id) as id from items
           where canonical_url in (select value from json_each(?)) and content_hash is not null and feed_id != ? group by canonical_url`,
        )
        .all('["https://old.example/1"]', 2) as { detail: string }[];
      expect(plan.map((p) => p.detail).join('\n')).toMatch(/items_canonical_url/);
    } finally {
      sqlite.close();
    }
  });

  it('still finds a copy of a stored deal story, and no longer takes a story stored as no deal for one', async () => {
    const path = join(dir.path, 'db.sqlite');
    await databaseAt005(path);
    const store = await createStore(`sqlite:${path}`);
    try {
      const copyOfDeal = await commitStories(
        store,
        'Wire Two',
        [story('Acme Corp to acquire Beta Systems', 'https://old.example/1', 'Acme Corp', 'Beta Systems')],
        {
          now: T + 3_600_000,
          destinations: [route('team')],
        },
      );
      // Stored, marked as a copy of item 1, and neither a deal nor an alert again.
      expect(copyOfDeal).toMatchObject({ newItems: 1, deals: 0, alerts: 0 });
      const laterDeal = await commitStories(
        store,
        'Wire Three',
        [story('Gamma Corp to acquire Delta Labs', 'https://old.example/2', 'Gamma Corp', 'Delta Labs')],
        {
          now: T + 3_700_000,
          destinations: [route('team')],
        },
      );
      expect(laterDeal).toMatchObject({ newItems: 1, deals: 1, alerts: 1 });
    } finally {
      await store.close();
    }
    const sqlite = new Database(path, { readonly: true });
    try {
      expect(sqlite.prepare(`select canonical_url, duplicate_of from items where id > 2 order by id`).all()).toEqual([
        { canonical_url: 'https://old.example/1', duplicate_of: 1 },
        { canonical_url: 'https://old.example/2', duplicate_of: null },
      ]);
    } finally {
      sqlite.close();
    }
  });
});

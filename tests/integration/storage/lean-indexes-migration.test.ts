// Migration 005 on a database written by migration 004: non-deal items lose their content
// hash, duplicate party keys collapse, the two indexes become partial and unique, and the
// poll commit still finds a syndicated copy of a deal story while other items add nothing
// to the hash index.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/storage/store.js';
import { commitStories, route } from '../../helpers/seed-stories.js';
import { databaseBefore } from '../../helpers/old-database.js';
import { tempDir } from '../../helpers/test-app.js';

const T = Date.UTC(2026, 5, 1);
const LONG = 'Acme Corp agreed to acquire Beta Systems for $1 billion in cash, the companies said on Monday, in a deal that ' + 'x '.repeat(120);

const databaseAt004 = (path: string) =>
  databaseBefore(
    path,
    '2026-12-01-005',
    `
    insert into feeds (id, url, name, source, trusted, backfill, created_at) values (1, 'https://old.example/feed', 'Old Wire', 'config', 1, 0, ${T});
    insert into items (id, feed_id, identity_hash, guid, url, canonical_url, title, text, published_at, first_seen_at, content_hash)
      values (1, 1, 'h1', 'g1', 'https://old.example/1', 'https://old.example/1', 'Acme to buy Beta', 'Acme agreed to buy Beta.', ${T}, ${T}, 'deal-hash'),
             (2, 1, 'h2', 'g2', 'https://old.example/2', 'https://old.example/2', 'Weather', 'Sunny.', ${T}, ${T}, 'other-hash');
    insert into deals (id, item_id, type, score, is_deal, summary, companies_json, title, url, source, published_at, created_at)
      values (7, 1, 'acquisition', 0.9, 1, 'Acme agreed to buy Beta.', '[]', 'Acme to buy Beta', 'https://old.example/1', 'Old Wire', ${T}, ${T});
    insert into deal_events (id, type, status, title, summary, score, companies_json, first_at, last_at, first_seen_at, created_at, updated_at)
      values (7, 'acquisition', 'announced', 'Acme to buy Beta', 's', 0.9, '[]', ${T}, ${T}, ${T}, ${T}, ${T});
    insert into deal_event_parties (event_id, party_key) values (7, 'acme'), (7, 'acme'), (7, 'beta');
  `,
  );

describe('migration 005: lean indexes', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it('keeps content hashes of deal stories only, one row per party key, and still finds a syndicated deal copy', async () => {
    const path = join(dir.path, 'db.sqlite');
    await databaseAt004(path);
    const store = await createStore(`sqlite:${path}`);
    try {
      const sqlite = new Database(path, { readonly: true });
      try {
        expect(sqlite.prepare('select id, content_hash from items order by id').all()).toEqual([
          { id: 1, content_hash: 'deal-hash' },
          { id: 2, content_hash: null },
        ]);
        expect(sqlite.prepare('select party_key from deal_event_parties where event_id = 7 order by party_key').pluck().all()).toEqual(['acme', 'beta']);
        const index = (name: string) => sqlite.prepare(`select sql from sqlite_master where name = ?`).pluck().get(name) as string;
        expect(index('items_content_hash')).toMatch(/where content_hash is not null/i);
        expect(index('deal_event_parties_key')).toMatch(/^create unique index/i);
      } finally {
        sqlite.close();
      }

      const story = {
        title: 'Acme Corp to acquire Beta Systems for $1 billion',
        text: LONG,
        companies: [
          { name: 'Acme Corp', role: 'acquirer' as const, watched: true },
          { name: 'Beta Systems', role: 'target' as const, watched: false },
        ],
        publishedAt: T + 3_600_000,
      };
      const first = await commitStories(store, 'Wire One', [{ ...story, url: 'https://one.example/a' }], { now: T + 3_600_000, destinations: [route('team')] });
      const copy = await commitStories(store, 'Wire Two', [{ ...story, url: 'https://two.example/b' }], { now: T + 3_700_000, destinations: [route('team')] });
      expect(first).toMatchObject({ newItems: 1, deals: 1, alerts: 1 });
      // The same words under another URL: stored, marked as a copy, and neither a deal nor an alert again.
      expect(copy).toMatchObject({ newItems: 1, deals: 0, alerts: 0, replies: 0 });
    } finally {
      await store.close();
    }
  });
});

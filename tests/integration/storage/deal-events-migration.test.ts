// Migration 004 on a database written before deals were events: each stored deal becomes one
// deal with the same id, its delivered alert stays its alert, and a later report of the same
// deal joins it and goes into that alert's thread.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../../src/storage/store.js';
import { commitStories, route } from '../../helpers/seed-stories.js';
import { databaseBefore } from '../../helpers/old-database.js';
import { tempDir } from '../../helpers/test-app.js';

const T = Date.UTC(2026, 5, 1);

const oldDatabase = (path: string) =>
  databaseBefore(
    path,
    '2026-12-01-004',
    `
    insert into feeds (id, url, name, source, trusted, backfill, created_at) values (1, 'https://old.example/feed', 'Old Wire', 'config', 1, 0, ${T});
    insert into items (id, feed_id, identity_hash, guid, url, canonical_url, title, text, published_at, first_seen_at)
      values (1, 1, 'h1', 'g1', 'https://old.example/1', 'https://old.example/1', 'Acme to buy Beta for $1 billion', 'Acme agreed to buy Beta.', ${T}, ${T + 60_000}),
             (2, 1, 'h2', 'g2', 'https://old.example/2', 'https://old.example/2', 'Gamma raises $50 million', 'Gamma raised money.', ${T + 1000}, ${T + 60_000});
    insert into deals (id, item_id, type, score, is_deal, amount_value, amount_currency, amount_text, summary, companies_json, title, url, source, published_at, created_at)
      values (7, 1, 'acquisition', 0.9, 1, 1e9, 'USD', '$1 billion', 'Acme agreed to buy Beta.',
              '[{"name":"Acme","role":"acquirer","watched":true},{"name":"Beta","role":"target","watched":false},{"name":"Zeta","role":"mentioned","watched":false}]',
              'Acme to buy Beta for $1 billion', 'https://old.example/1', 'Old Wire', ${T}, ${T + 60_000}),
             (8, 2, 'funding', 0.8, 1, 5e7, 'USD', '$50 million', 'Gamma raised money.', '[{"name":"Gamma","role":"investee","watched":true}]',
              'Gamma raises $50 million', 'https://old.example/2', 'Old Wire', ${T + 1000}, ${T + 60_000});
    insert into deliveries (deal_id, destination, status, attempts, next_attempt_at, external_id, created_at, delivered_at)
      values (7, 'team', 'delivered', 1, 0, '1700000000.000001', ${T + 60_000}, ${T + 61_000});
  `,
  );

describe('migration 004: deals become events', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it('keeps each stored deal as one deal with its id, alert and parties; a later report joins it in the alert thread', async () => {
    const path = join(dir.path, 'db.sqlite');
    await oldDatabase(path);
    const store = await createStore(`sqlite:${path}`);
    try {
      const page = await store.deals.search({ limit: 10 });
      expect(page.deals.map((d) => [d.id, d.title, d.status, d.reportCount])).toEqual([
        [8, 'Gamma raises $50 million', 'announced', 1],
        [7, 'Acme to buy Beta for $1 billion', 'announced', 1],
      ]);
      const timeline = await store.deals.timeline(7);
      expect(timeline?.entries.map((e) => e.kind)).toEqual(['report']);

      const result = await commitStories(
        store,
        'New Wire',
        [
          {
            title: 'Acme agrees to acquire Beta in $1 billion deal',
            companies: [
              { name: 'Acme', role: 'acquirer', watched: true },
              { name: 'Beta', role: 'target', watched: false },
            ],
            amount: { value: 1e9, currency: 'USD', text: '$1 billion' },
            publishedAt: T + 3_600_000,
          },
        ],
        { now: T + 3_700_000, destinations: [route('team')] },
      );
      expect(result).toMatchObject({ deals: 1, newDeals: 0, alerts: 0, replies: 1 });
      const [reply] = await store.outbox.pending('team', 10);
      expect(reply).toMatchObject({ kind: 'follow-up', deal: { id: 7, reportCount: 2 }, parent: { status: 'delivered', externalId: '1700000000.000001' } });
    } finally {
      await store.close();
    }
  });
});

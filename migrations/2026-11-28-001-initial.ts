// Initial schema. Never edit a merged migration: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('feeds')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('url', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    // config feeds are trusted (may point anywhere); chat-added feeds are not
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('trusted', 'integer', (c) => c.notNull())
    .addColumn('backfill', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('first_polled_at', 'integer')
    .addColumn('last_attempt_at', 'integer')
    .addColumn('last_success_at', 'integer')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('last_error_code', 'text')
    .addColumn('next_poll_at', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('min_interval_seconds', 'integer')
    .addColumn('disabled_reason', 'text')
    .addColumn('removed_at', 'integer')
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('items')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('feed_id', 'integer', (c) => c.notNull().references('feeds.id').onDelete('cascade'))
    .addColumn('identity_hash', 'text', (c) => c.notNull())
    .addColumn('guid', 'text')
    .addColumn('url', 'text')
    .addColumn('canonical_url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('published_at', 'integer', (c) => c.notNull())
    .addColumn('first_seen_at', 'integer', (c) => c.notNull())
    // set when the same canonical URL was already seen from another feed
    .addColumn('duplicate_of', 'integer')
    .execute();
  await db.schema.createIndex('items_feed_identity').unique().on('items').columns(['feed_id', 'identity_hash']).execute();
  await db.schema.createIndex('items_canonical_url').on('items').column('canonical_url').execute();

  await db.schema
    .createTable('deals')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('item_id', 'integer', (c) => c.notNull().unique().references('items.id').onDelete('cascade'))
    .addColumn('type', 'text')
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('is_deal', 'integer', (c) => c.notNull())
    .addColumn('amount_value', 'real')
    .addColumn('amount_currency', 'text')
    .addColumn('amount_text', 'text')
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('companies_json', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('source', 'text')
    .addColumn('published_at', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deals_published').on('deals').column('published_at').execute();

  await db.schema
    .createTable('deal_companies')
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('watched', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_companies_name').on('deal_companies').column('name').execute();

  await sql`create virtual table deals_fts using fts5(title, summary, parties, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);

  await db.schema
    .createTable('deliveries')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('external_id', 'text')
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('delivered_at', 'integer')
    .execute();
  await db.schema.createIndex('deliveries_deal_destination').unique().on('deliveries').columns(['deal_id', 'destination']).execute();
  await db.schema.createIndex('deliveries_pending').on('deliveries').columns(['status', 'destination', 'id']).execute();

  await db.schema
    .createTable('watchlist')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('aliases_json', 'text', (c) => c.notNull())
    .addColumn('tickers_json', 'text', (c) => c.notNull())
    .addColumn('match', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'integer')
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('counters_pk', ['name', 'label'])
    .execute();

  await db.schema
    .createTable('cycles')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('started_at', 'integer', (c) => c.notNull())
    .addColumn('finished_at', 'integer')
    .addColumn('feeds_polled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('not_modified', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('new_items', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('alerts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['cycles', 'counters', 'watchlist', 'deliveries', 'deals_fts', 'deal_companies', 'deals', 'items', 'feeds']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}

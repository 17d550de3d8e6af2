// The canonical-URL index serves one question: has another feed already stored this deal story?
// (The poll commit then keeps the copy as a duplicate instead of alerting again.) Only deal stories
// carry a content hash (migration 005), so the index becomes partial on it, like the content-hash
// index: the other items, nearly all of any feed, add nothing to it (issue 12, bench:ingest).
// A story first seen as no deal in one feed no longer makes a later copy that reads as a deal a
// duplicate: that copy is analysed and alerts, as it should.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('items_canonical_url').execute();
  await sql`create index items_canonical_url on items (canonical_url) where content_hash is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('items_canonical_url').execute();
  await db.schema.createIndex('items_canonical_url').on('items').column('canonical_url').execute();
}

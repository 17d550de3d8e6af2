// Two indexes the poll commit writes on every item, made cheaper (issue 12, bench:scale):
// - only deal stories carry a content hash (a syndicated copy matters only when it would
//   alert twice), so the hash index becomes partial and other items add nothing to it;
// - a deal's party keys are unique per deal, so a key is added with `insert or ignore`
//   instead of a look-up before each insert.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('items_content_hash').execute();
  await sql`update items set content_hash = null where content_hash is not null and id not in (select item_id from deals)`.execute(db);
  await sql`create index items_content_hash on items (content_hash) where content_hash is not null`.execute(db);

  await sql`delete from deal_event_parties where rowid not in (select min(rowid) from deal_event_parties group by party_key, event_id)`.execute(db);
  await db.schema.dropIndex('deal_event_parties_key').execute();
  await db.schema.createIndex('deal_event_parties_key').unique().on('deal_event_parties').columns(['party_key', 'event_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deal_event_parties_key').execute();
  await db.schema.createIndex('deal_event_parties_key').on('deal_event_parties').columns(['party_key', 'event_id']).execute();
  await db.schema.dropIndex('items_content_hash').execute();
  await db.schema.createIndex('items_content_hash').on('items').column('content_hash').execute();
}

// Deals as events: a deal is its own record, separate from the stories that report it.
// - deal_events: the deal (type, status, regulatory step, amount, parties, report count);
//   `facts_json` is what grouping compares a new story with.
// - deal_event_parties: one row per party key, to find the deals a story may belong to.
// - deal_event_history: every change (each report, each status, step or amount change).
// - digests: where each destination's last scheduled digest ended.
// - deals (one row per story that reports a deal) gains `event_id`; deliveries gain the event,
//   their kind (alert, follow-up, lifecycle) and the alert they reply to; items gain a hash
//   of their text, so a syndicated copy under another URL is the same story.
// Existing stored deals become one event each; their deliveries become that event's alerts.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deal_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('regulatory', 'text')
    .addColumn('amount_value', 'real')
    .addColumn('amount_currency', 'text')
    .addColumn('amount_text', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('source', 'text')
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('companies_json', 'text', (c) => c.notNull())
    .addColumn('facts_json', 'text')
    .addColumn('first_at', 'integer', (c) => c.notNull())
    .addColumn('last_at', 'integer', (c) => c.notNull())
    .addColumn('first_seen_at', 'integer', (c) => c.notNull())
    .addColumn('report_count', 'integer', (c) => c.notNull().defaultTo(1))
    // 1 while no party of the deal is known: such deals can only be matched on wording, so
    // they are looked up on their own (an index, not a scan of every deal's parties).
    .addColumn('partyless', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_events_last_at').on('deal_events').column('last_at').execute();
  await db.schema.createIndex('deal_events_first_at').on('deal_events').column('first_at').execute();
  await db.schema.createIndex('deal_events_partyless').on('deal_events').columns(['partyless', 'last_at']).execute();

  await db.schema
    .createTable('deal_event_parties')
    .addColumn('event_id', 'integer', (c) => c.notNull().references('deal_events.id').onDelete('cascade'))
    .addColumn('party_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_event_parties_key').on('deal_event_parties').columns(['party_key', 'event_id']).execute();

  await db.schema
    .createTable('deal_event_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('event_id', 'integer', (c) => c.notNull().references('deal_events.id').onDelete('cascade'))
    .addColumn('deal_id', 'integer')
    .addColumn('at', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('detail_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_event_history_event').on('deal_event_history').columns(['event_id', 'id']).execute();

  // When each destination's scheduled digest last went out: the next one starts there, across restarts.
  await db.schema
    .createTable('digests')
    .addColumn('destination', 'text', (c) => c.primaryKey())
    .addColumn('until_at', 'integer', (c) => c.notNull())
    .addColumn('sent_at', 'integer', (c) => c.notNull())
    .execute();

  // Syndicated copies (the same text under different URLs) are one story.
  await db.schema.alterTable('items').addColumn('content_hash', 'text').execute();
  await db.schema.createIndex('items_content_hash').on('items').column('content_hash').execute();
  await db.schema.alterTable('deals').addColumn('event_id', 'integer').execute();
  // Why the story was read as a deal (the frame, the strongest phrases, the hedges), for /deals show.
  await db.schema.alterTable('deals').addColumn('why', 'text').execute();
  await db.schema.createIndex('deals_event').on('deals').column('event_id').execute();
  await db.schema.alterTable('deliveries').addColumn('event_id', 'integer').execute();
  await db.schema
    .alterTable('deliveries')
    .addColumn('kind', 'text', (c) => c.notNull().defaultTo('alert'))
    .execute();
  await db.schema.alterTable('deliveries').addColumn('parent_id', 'integer').execute();
  await db.schema.alterTable('deliveries').addColumn('payload_json', 'text').execute();
  await db.schema.createIndex('deliveries_event').on('deliveries').columns(['event_id', 'destination']).execute();

  // Every stored deal becomes its own event, keeping its id so links and outbox rows still match.
  await sql`
    insert into deal_events (id, type, status, amount_value, amount_currency, amount_text, title, summary, url, source, score,
                             companies_json, facts_json, first_at, last_at, first_seen_at, report_count, created_at, updated_at)
    select d.id, coalesce(d.type, 'acquisition'), 'announced', d.amount_value, d.amount_currency, d.amount_text, d.title, d.summary,
           d.url, d.source, d.score, d.companies_json, null, d.published_at, d.published_at, i.first_seen_at, 1, d.created_at, d.created_at
    from deals d join items i on i.id = d.item_id`.execute(db);
  await sql`update deals set event_id = id`.execute(db);
  // Their parties (every company but the mentioned ones), so later reports can find them.
  await sql`
    insert into deal_event_parties (event_id, party_key)
    select distinct d.id, lower(trim(json_extract(c.value, '$.name')))
    from deals d, json_each(d.companies_json) c
    where json_extract(c.value, '$.role') != 'mentioned'`.execute(db);
  await sql`update deal_events set partyless = 1 where id not in (select event_id from deal_event_parties)`.execute(db);
  await sql`insert into deal_event_history (event_id, deal_id, at, kind, detail_json) select id, id, created_at, 'report', '{}' from deals`.execute(db);
  await sql`update deliveries set event_id = deal_id, kind = 'alert'`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deliveries_event').execute();
  for (const column of ['payload_json', 'parent_id', 'kind', 'event_id']) await db.schema.alterTable('deliveries').dropColumn(column).execute();
  await db.schema.dropIndex('items_content_hash').execute();
  await db.schema.alterTable('items').dropColumn('content_hash').execute();
  await db.schema.dropIndex('deals_event').execute();
  await db.schema.alterTable('deals').dropColumn('why').execute();
  await db.schema.alterTable('deals').dropColumn('event_id').execute();
  await db.schema.dropTable('digests').execute();
  for (const table of ['deal_event_history', 'deal_event_parties', 'deal_events']) await db.schema.dropTable(table).execute();
}

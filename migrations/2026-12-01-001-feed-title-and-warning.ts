// Feeds remember the title they give themselves (shown where the config names none) and
// the last warning about an otherwise good poll, such as items dropped over the per-poll cap.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('title', 'text').execute();
  await db.schema.alterTable('feeds').addColumn('last_warning', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').dropColumn('last_warning').execute();
  await db.schema.alterTable('feeds').dropColumn('title').execute();
}

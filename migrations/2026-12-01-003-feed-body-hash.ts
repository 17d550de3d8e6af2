// A feed remembers the hash of the last body it parsed. Many servers ignore conditional GET
// and send the same document again and again; an identical body is then not parsed at all
// (MonitoRSS does the same with its "matched hash" outcome).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').addColumn('body_hash', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('feeds').dropColumn('body_hash').execute();
}

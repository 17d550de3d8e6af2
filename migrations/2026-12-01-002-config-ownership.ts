// The config file owns the feeds and companies it declares: one deleted from the file is
// removed at the next start. `removed_by` tells such a removal from an admin's (which
// sticks while the file still lists the entry); `edited_at` marks a config entry that chat
// or the CLI changed, which the database owns from then on.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['feeds', 'watchlist']) {
    await db.schema.alterTable(table).addColumn('removed_by', 'text').execute();
    await db.schema.alterTable(table).addColumn('edited_at', 'integer').execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['feeds', 'watchlist']) {
    await db.schema.alterTable(table).dropColumn('edited_at').execute();
    await db.schema.alterTable(table).dropColumn('removed_by').execute();
  }
}

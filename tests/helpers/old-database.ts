// A database file as an older release left it: every migration before `before`, then the
// rows that release would have written. Migration tests open it with the current store.
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from '../../migrations/index.js';

export async function databaseBefore(path: string, before: string, rowsSql: string): Promise<void> {
  const sqlite = new Database(path);
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
  try {
    const names = Object.keys(migrations).filter((name) => name < before);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => Object.fromEntries(names.map((name) => [name, migrations[name]!])) } });
    const { error } = await migrator.migrateToLatest();
    if (error) throw error;
    sqlite.exec(rowsSql);
  } finally {
    await db.destroy();
  }
}

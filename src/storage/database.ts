// Opens the SQLite database (WAL, busy timeout, foreign keys) and runs migrations.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { migrations } from '../../migrations/index.js';
import { DealwatchError } from '../model/errors.js';
import type { Database } from './tables.js';

export class StorageError extends DealwatchError {}

export interface OpenedDatabase {
  readonly db: Kysely<Database>;
  readonly sqlite: BetterSqlite3.Database;
  readonly path: string;
  close(): Promise<void>;
}

/** `sqlite:<path>` or `sqlite::memory:` → a file path for better-sqlite3. */
export function sqlitePathFromUrl(databaseUrl: string): string {
  if (!databaseUrl.startsWith('sqlite:')) {
    throw new StorageError('database-url', `unsupported DATABASE_URL "${databaseUrl}": use sqlite:<path>`);
  }
  const rest = databaseUrl.slice('sqlite:'.length);
  return rest === ':memory:' || rest === '' ? ':memory:' : rest.replace(/^\/\/(?=\/)/, '');
}

export interface OpenOptions {
  /**
   * How long one statement waits, synchronously, for a lock held by another connection.
   * Kept to a few seconds because the wait blocks the event loop; see busy-retry.ts.
   */
  readonly busyTimeoutMs?: number;
}

export function openDatabase(databaseUrl: string, options: OpenOptions = {}): OpenedDatabase {
  const path = sqlitePathFromUrl(databaseUrl);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5_000}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
  } catch (error) {
    throw new StorageError('database-open', `cannot open database ${path}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    path,
    close: async () => {
      await db.destroy();
    },
  };
}

export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...migrations }) } });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    throw new StorageError(
      'migration-failed',
      `migration ${failed?.migrationName ?? '(unknown)'} failed: ${(result.error as Error).message ?? String(result.error)}`,
      { cause: result.error },
    );
  }
  return result;
}

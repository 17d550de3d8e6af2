// Opens the SQLite database (WAL, busy timeout, foreign keys) and runs migrations.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { Migrator, type MigrationResultSet } from 'kysely/migration';
import { migrations } from '../../migrations/index.js';
import { DealwatchError, type CodeOf } from '../model/errors.js';
import type { Database } from './tables.js';

export class StorageError extends DealwatchError<CodeOf<'storage'>> {}

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

/** The first existing ancestor of a path that is not a folder, if any ("a file in the way"). */
function fileInTheWay(path: string): string | null {
  const parts = path.split(sep);
  for (let i = 1; i < parts.length; i++) {
    const prefix = parts.slice(0, i).join(sep) || sep;
    try {
      if (!statSync(prefix).isDirectory()) return prefix;
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * prepareFolder makes the database's folder, or says exactly why it cannot: a file in the
 * way, a folder that is not writable, or a path that names a folder.
 */
function prepareFolder(path: string): void {
  const dir = dirname(path);
  const fail = (why: string, cause?: unknown): never => {
    throw new StorageError('database-path', `cannot use database path ${path}: ${why}; set DATABASE_URL=sqlite:<path> to a writable location`, { cause });
  };
  const blocker = fileInTheWay(path);
  if (blocker !== null) fail(`${blocker} is a file, not a folder`);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    fail(
      code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? `cannot create folder ${dir} (permission denied)` : `cannot create folder ${dir} (${code})`,
      error,
    );
  }
  try {
    if (statSync(path).isDirectory()) fail('it is a folder, not a database file');
  } catch (error) {
    if (error instanceof StorageError) throw error;
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (error) {
    fail(`folder ${dir} is not writable`, error);
  }
}

/** How many distinct SQL texts keep their prepared statement. */
const STATEMENT_CACHE = 256;

/**
 * withStatementCache hands kysely the same prepared statement for the same SQL text. kysely
 * prepares a fresh better-sqlite3 statement for every query, and the native memory of each is
 * freed only at a major GC: a start that syncs 5,000 feeds left over 200 MB behind
 * (BENCHMARKS.md, scale). Statements are reused one query at a time (better-sqlite3 is
 * synchronous, and nothing here streams rows), so sharing them is safe.
 */
function withStatementCache(sqlite: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): BetterSqlite3.Statement {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last, so the oldest is the one evicted.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

export function openDatabase(databaseUrl: string, options: OpenOptions = {}): OpenedDatabase {
  const path = sqlitePathFromUrl(databaseUrl);
  if (path !== ':memory:') prepareFolder(path);
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5_000}`);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    // A poll commits once per feed: a longer WAL between checkpoints writes each hot index
    // page once per checkpoint rather than once per feed (bench:scale, 5,000 feeds).
    sqlite.pragma('wal_autocheckpoint = 4000');
  } catch (error) {
    throw new StorageError('database-open', `cannot open database ${path}: ${(error as Error).message}`, { cause: error });
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
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

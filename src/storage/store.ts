// The storage module's one entry point: every SQL statement in dealwatch lives under
// src/storage, and the rest of the program sees only these repositories.
import { accessSync, constants, statSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { StorageError, migrateToLatest, openDatabase, type OpenOptions } from './database.js';
import type { CommandStore } from '../commands/ports.js';
import type { OutboxPort } from '../deliver/ports.js';
import type { PipelineStore } from '../pipeline/ports.js';
import { createEventRepository, type EventRepository } from './event-repository.js';
import { createFeedRepository, type FeedRepository } from './feed-repository.js';
import { createOutboxRepository, type OutboxRepository } from './outbox-repository.js';
import { createPollCommitter, type PollCommitter } from './poll-commit.js';
import { createStatsRepository, type StatsRepository } from './stats-repository.js';
import { createWatchlistRepository, type WatchlistRepository } from './watchlist-repository.js';

/**
 * The store implements the ports its consumers declare: the pipeline's (seen, commit, feed
 * state), the command core's, and the outbox dispatcher's. The repositories' own types add
 * what the composition root and the tests use besides (config sync, counters).
 */
export interface Store extends PipelineStore, CommandStore {
  readonly path: string;
  readonly feeds: FeedRepository;
  readonly items: PollCommitter;
  readonly deals: EventRepository;
  readonly events: EventRepository;
  readonly outbox: OutboxRepository & OutboxPort;
  readonly watchlist: WatchlistRepository;
  readonly stats: StatsRepository;
  /** Cheap round trip, for readiness checks. Throws when the database is unusable. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface StoreOptions extends OpenOptions {
  readonly migrate?: boolean;
  /** How long a poll commit keeps retrying while the database is locked by another connection. */
  readonly busyRetryMs?: number;
}

export async function createStore(databaseUrl: string, options: StoreOptions = {}): Promise<Store> {
  const opened = openDatabase(databaseUrl, options);
  if (options.migrate !== false) await migrateToLatest(opened.db);
  const { db } = opened;
  const busyRetry = { maxWaitMs: options.busyRetryMs ?? 60_000, sleep: (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)) };
  let closed = false;
  // Deals are events: the commands' `deals` and the pipeline's `events` are one repository.
  const events = createEventRepository(db, opened.sqlite);
  return Object.freeze({
    path: opened.path,
    feeds: createFeedRepository(db),
    items: createPollCommitter(opened.sqlite, busyRetry),
    deals: events,
    events,
    outbox: createOutboxRepository(db, busyRetry),
    watchlist: createWatchlistRepository(db),
    stats: createStatsRepository(db),
    async ping() {
      await sql`select count(*) from feeds`.execute(db);
      if (opened.path === ':memory:') return;
      // The open connection keeps working on a file that was deleted, replaced or had its
      // permissions taken away, so readiness also checks the file as a restart would see it.
      const mode = statSync(opened.path).mode;
      if ((mode & 0o600) !== 0o600)
        throw new StorageError('database-unreadable', `database file ${opened.path} is not readable and writable (mode ${(mode & 0o777).toString(8)})`);
      accessSync(opened.path, constants.R_OK | constants.W_OK);
      const fresh = new BetterSqlite3(opened.path, { readonly: true, fileMustExist: true });
      try {
        fresh.prepare('select count(*) from feeds').get();
      } finally {
        fresh.close();
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await opened.close();
    },
  });
}

export { migrateToLatest, openDatabase, sqlitePathFromUrl, StorageError } from './database.js';

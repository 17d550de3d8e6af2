// Feeds and their fetch state.
import type { Kysely, Selectable } from 'kysely';
import type { AddFeedResult, NewFeed } from '../commands/ports.js';
import type { FeedRecord, FeedSource } from '../model/records.js';
import type { FeedFailure } from '../pipeline/ports.js';
import type { Database, FeedsTable } from './tables.js';

const toDate = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

export function toFeedRecord(row: Selectable<FeedsTable>): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    name: row.name,
    title: row.title,
    source: row.source as FeedSource,
    trusted: row.trusted === 1,
    backfill: row.backfill,
    etag: row.etag,
    lastModified: row.last_modified,
    firstPolledAt: toDate(row.first_polled_at),
    lastAttemptAt: toDate(row.last_attempt_at),
    lastSuccessAt: toDate(row.last_success_at),
    errorCount: row.error_count,
    lastError: row.last_error,
    lastErrorCode: row.last_error_code,
    nextPollAt: new Date(row.next_poll_at),
    minIntervalSeconds: row.min_interval_seconds,
    disabledReason: row.disabled_reason,
    lastWarning: row.last_warning,
    bodyHash: row.body_hash,
  };
}

/** A feeds row for a feed never seen before. */
function newFeedRow(feed: NewFeed, now: number, firstPollAt: number) {
  return {
    url: feed.url,
    name: feed.name,
    source: feed.source,
    trusted: feed.trusted ? 1 : 0,
    backfill: feed.backfill,
    etag: null,
    last_modified: null,
    first_polled_at: null,
    last_attempt_at: null,
    last_success_at: null,
    last_error: null,
    last_error_code: null,
    next_poll_at: firstPollAt,
    min_interval_seconds: null,
    disabled_reason: null,
    removed_at: null,
    created_at: now,
    title: null,
    last_warning: null,
    removed_by: null,
    edited_at: null,
    body_hash: null,
  };
}

export function createFeedRepository(db: Kysely<Database>) {
  const byId = async (id: number) => {
    const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toFeedRecord(row) : null;
  };

  return Object.freeze({
    byId,

    async list(): Promise<FeedRecord[]> {
      const rows = await db.selectFrom('feeds').selectAll().where('removed_at', 'is', null).orderBy('id').execute();
      return rows.map(toFeedRecord);
    },

    /** Feeds whose next poll time has come (or all active feeds), skipping disabled ones. */
    async due(now: number, all: boolean): Promise<FeedRecord[]> {
      let query = db.selectFrom('feeds').selectAll().where('removed_at', 'is', null).where('disabled_reason', 'is', null);
      if (!all) query = query.where('next_poll_at', '<=', now);
      const rows = await query.orderBy('next_poll_at').orderBy('id').execute();
      return rows.map(toFeedRecord);
    },

    async find(idOrUrl: string): Promise<FeedRecord | null> {
      const asId = /^\d+$/.test(idOrUrl) ? Number(idOrUrl) : -1;
      const row = await db
        .selectFrom('feeds')
        .selectAll()
        .where('removed_at', 'is', null)
        .where((eb) => eb.or([eb('id', '=', asId), eb('url', '=', idOrUrl)]))
        .executeTakeFirst();
      return row ? toFeedRecord(row) : null;
    },

    /** Adds a feed, or revives one that was removed. Returns 'exists' for an active duplicate. */
    async add(feed: NewFeed, now: number, firstPollAt: number): Promise<AddFeedResult> {
      const existing = await db.selectFrom('feeds').selectAll().where('url', '=', feed.url).executeTakeFirst();
      if (existing && existing.removed_at === null) return { kind: 'exists', feed: toFeedRecord(existing) };
      if (existing) {
        await db
          .updateTable('feeds')
          .set({
            removed_at: null,
            removed_by: null,
            name: feed.name ?? existing.name,
            source: feed.source,
            trusted: feed.trusted ? 1 : 0,
            disabled_reason: null,
            error_count: 0,
            next_poll_at: firstPollAt,
            // Revived from chat or the CLI: the database owns it now, whatever the file says.
            edited_at: feed.source === 'config' ? existing.edited_at : now,
          })
          .where('id', '=', existing.id)
          .execute();
        return { kind: 'added', feed: (await byId(existing.id))! };
      }
      const inserted = await db
        .insertInto('feeds')
        .values(newFeedRow(feed, now, firstPollAt))
        .returning('id')
        .executeTakeFirstOrThrow();
      return { kind: 'added', feed: (await byId(inserted.id))! };
    },

    /**
     * Makes the database follow the config file. Feeds new to the database are added; a
     * config feed deleted from the file is removed, unless chat or the CLI changed it; one
     * the file lists again comes back. A feed an admin removed stays removed while the file
     * still lists it. Config feeds are always trusted.
     */
    async syncFromConfig(feeds: readonly NewFeed[], now: number, firstPollAt: (url: string) => number): Promise<{ added: number; removed: string[] }> {
      // One read and one transaction, however many feeds the file lists: a start with 5,000
      // feeds made 10,000 queries and 5,000 commits before.
      const rows = await db
        .selectFrom('feeds')
        .select(['id', 'url', 'name', 'trusted', 'backfill', 'source', 'removed_at', 'removed_by', 'edited_at'])
        .execute();
      const byUrl = new Map(rows.map((r) => [r.url, r]));
      const listed = new Set(feeds.map((f) => f.url));
      const removed = rows.filter((r) => r.source === 'config' && r.removed_at === null && r.edited_at === null && !listed.has(r.url));
      let added = 0;
      await db.transaction().execute(async (trx) => {
        for (const feed of feeds) {
          const existing = byUrl.get(feed.url);
          if (existing && existing.removed_at !== null && existing.removed_by === 'config') {
            await trx
              .updateTable('feeds')
              .set({ removed_at: null, removed_by: null, name: feed.name, trusted: 1, backfill: feed.backfill, next_poll_at: firstPollAt(feed.url) })
              .where('id', '=', existing.id)
              .execute();
            added++;
          } else if (existing) {
            // A feed an admin removed stays removed; one whose settings match is left alone.
            const changed = existing.name !== feed.name || existing.trusted !== 1 || existing.backfill !== feed.backfill;
            if (existing.removed_at === null && changed) {
              await trx.updateTable('feeds').set({ name: feed.name, trusted: 1, backfill: feed.backfill }).where('id', '=', existing.id).execute();
            }
          } else {
            await trx
              .insertInto('feeds')
              .values(newFeedRow(feed, now, firstPollAt(feed.url)))
              .execute();
            added++;
          }
        }
        for (const feed of removed) await trx.updateTable('feeds').set({ removed_at: now, removed_by: 'config' }).where('id', '=', feed.id).execute();
      });
      return { added, removed: removed.map((f) => f.url) };
    },

    async urlTaken(url: string): Promise<boolean> {
      return (await db.selectFrom('feeds').select('id').where('url', '=', url).executeTakeFirst()) !== undefined;
    },

    async remove(id: number, now: number): Promise<void> {
      await db.updateTable('feeds').set({ removed_at: now, removed_by: 'admin' }).where('id', '=', id).execute();
    },

    async recordFailure(id: number, failure: FeedFailure): Promise<void> {
      await db
        .updateTable('feeds')
        .set((eb) => ({
          last_attempt_at: failure.now,
          error_count: eb('error_count', '+', 1),
          last_error: failure.message,
          last_error_code: failure.code,
          next_poll_at: failure.nextPollAt,
        }))
        .where('id', '=', id)
        .execute();
    },

    async disable(id: number, reason: string, now: number): Promise<void> {
      await db
        .updateTable('feeds')
        .set({ disabled_reason: reason, last_attempt_at: now, last_error: reason, last_error_code: 'disabled' })
        .where('id', '=', id)
        .execute();
    },

    async enable(id: number, nextPollAt: number): Promise<void> {
      await db.updateTable('feeds').set({ disabled_reason: null, error_count: 0, next_poll_at: nextPollAt }).where('id', '=', id).execute();
    },
  });
}

export type FeedRepository = ReturnType<typeof createFeedRepository>;

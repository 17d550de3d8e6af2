// Counters that survive restarts (errors by kind, alerts by destination) and the poll-cycle log.
import type { Kysely } from 'kysely';
import type { CycleRecord } from '../model/records.js';
import type { CycleTotals } from '../pipeline/ports.js';
import type { Database } from './tables.js';

export function createStatsRepository(db: Kysely<Database>) {
  return Object.freeze({
    async increment(name: string, label: string, by = 1): Promise<void> {
      await db
        .insertInto('counters')
        .values({ name, label, value: by })
        .onConflict((oc) => oc.columns(['name', 'label']).doUpdateSet((eb) => ({ value: eb('counters.value', '+', by) })))
        .execute();
    },

    async counters(name?: string): Promise<{ name: string; label: string; value: number }[]> {
      let q = db.selectFrom('counters').selectAll();
      if (name) q = q.where('name', '=', name);
      return q.orderBy('name').orderBy('label').execute();
    },

    /** Where the destination's last scheduled digest ended, or null before the first. */
    async lastDigestUntil(destination: string): Promise<number | null> {
      const row = await db.selectFrom('digests').select('until_at').where('destination', '=', destination).executeTakeFirst();
      return row?.until_at ?? null;
    },

    async recordDigest(destination: string, until: number, now: number): Promise<void> {
      await db
        .insertInto('digests')
        .values({ destination, until_at: until, sent_at: now })
        .onConflict((oc) => oc.column('destination').doUpdateSet({ until_at: until, sent_at: now }))
        .execute();
    },

    async startCycle(now: number): Promise<number> {
      const row = await db.insertInto('cycles').values({ started_at: now, finished_at: null }).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    async finishCycle(id: number, now: number, totals: CycleTotals): Promise<void> {
      await db
        .updateTable('cycles')
        .set({
          finished_at: now,
          feeds_polled: totals.feedsPolled,
          not_modified: totals.notModified,
          failed: totals.failed,
          new_items: totals.newItems,
          alerts: totals.alerts,
        })
        .where('id', '=', id)
        .execute();
    },

    async lastFinishedCycle(): Promise<CycleRecord | null> {
      const row = await db.selectFrom('cycles').selectAll().where('finished_at', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst();
      if (!row) return null;
      return {
        id: row.id,
        startedAt: new Date(row.started_at),
        finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
        feedsPolled: row.feeds_polled,
        notModified: row.not_modified,
        failed: row.failed,
        newItems: row.new_items,
        alerts: row.alerts,
      };
    },
  });
}

export type StatsRepository = ReturnType<typeof createStatsRepository>;

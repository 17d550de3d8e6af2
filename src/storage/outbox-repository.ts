// The outbox: one row per (story, destination): an alert, a follow-up or a lifecycle step. Pending rows are delivered oldest first
// per destination; a delivered row keeps the platform's message id.
import type { Kysely } from 'kysely';
import { withBusyRetry, type BusyRetry } from './busy-retry.js';
import type { DeadLetter, DeadLetterAction, PendingSummary } from '../commands/ports.js';
import type { DealChange, DeliveryKind, PendingDelivery } from '../model/records.js';
import { toDealRecord, toReport } from './event-repository.js';
import type { Database } from './tables.js';

export function createOutboxRepository(db: Kysely<Database>, retry: BusyRetry) {
  return Object.freeze({
    /** The oldest pending deliveries for one destination, whatever their retry time. */
    async pending(destination: string, limit: number, afterId = 0): Promise<PendingDelivery[]> {
      const rows = await db
        .selectFrom('deliveries')
        .innerJoin('deal_events', 'deal_events.id', 'deliveries.event_id')
        .innerJoin('deals', 'deals.id', 'deliveries.deal_id')
        .innerJoin('items', 'items.id', 'deals.item_id')
        .leftJoin('deliveries as parent', 'parent.id', 'deliveries.parent_id')
        .selectAll('deal_events')
        .select([
          'deliveries.id as delivery_id',
          'deliveries.destination',
          'deliveries.attempts',
          'deliveries.next_attempt_at',
          'deliveries.kind',
          'deliveries.payload_json',
          'deals.id as story_id',
          'deals.title as story_title',
          'deals.url as story_url',
          'deals.source as story_source',
          'deals.published_at as story_published_at',
          'items.first_seen_at as story_first_seen_at',
          'parent.id as parent_id',
          'parent.status as parent_status',
          'parent.external_id as parent_external_id',
        ])
        .where('deliveries.status', '=', 'pending')
        .where('deliveries.destination', '=', destination)
        .where('deliveries.id', '>', afterId)
        .orderBy('deliveries.id')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        id: row.delivery_id,
        destination: row.destination,
        attempts: row.attempts,
        nextAttemptAt: new Date(row.next_attempt_at),
        kind: row.kind as DeliveryKind,
        deal: toDealRecord(row),
        report: toReport({
          id: row.story_id,
          title: row.story_title,
          url: row.story_url,
          source: row.story_source,
          published_at: row.story_published_at,
          first_seen_at: row.story_first_seen_at,
        }),
        parent: row.parent_id === null ? null : { id: row.parent_id, status: row.parent_status ?? 'pending', externalId: row.parent_external_id },
        changes: row.payload_json ? (JSON.parse(row.payload_json) as DealChange[]) : [],
      }));
    },

    /** The alert a row replies to, as it stands now (the parent may have been delivered since). */
    async alertFor(eventId: number, destination: string): Promise<{ id: number; status: string; externalId: string | null } | null> {
      const row = await db
        .selectFrom('deliveries')
        .select(['id', 'status', 'external_id'])
        .where('event_id', '=', eventId)
        .where('destination', '=', destination)
        .where('kind', '=', 'alert')
        .orderBy('id')
        .executeTakeFirst();
      return row ? { id: row.id, status: row.status, externalId: row.external_id } : null;
    },

    /** Turns a reply whose alert never went out into the alert itself. */
    async promoteToAlert(id: number): Promise<void> {
      await withBusyRetry(() => db.updateTable('deliveries').set({ kind: 'alert', parent_id: null, next_attempt_at: 0 }).where('id', '=', id).execute(), retry);
    },

    /** Marks several rows delivered as one message (folded follow-ups). */
    async markManyDelivered(ids: readonly number[], externalId: string | null, now: number): Promise<void> {
      if (ids.length === 0) return;
      await withBusyRetry(
        () =>
          db
            .updateTable('deliveries')
            .set((eb) => ({ status: 'delivered', external_id: externalId, delivered_at: now, attempts: eb('attempts', '+', 1), last_error: null }))
            .where('id', 'in', [...ids])
            .execute(),
        retry,
      );
    },

    async destinationsWithPending(): Promise<string[]> {
      const rows = await db.selectFrom('deliveries').select('destination').distinct().where('status', '=', 'pending').execute();
      return rows.map((r) => r.destination);
    },

    /** The message is already posted: this write must not be lost to a lock, or it would be posted again. */
    async markDelivered(id: number, externalId: string | null, now: number): Promise<void> {
      await withBusyRetry(
        () =>
          db
            .updateTable('deliveries')
            .set((eb) => ({ status: 'delivered', external_id: externalId, delivered_at: now, attempts: eb('attempts', '+', 1), last_error: null }))
            .where('id', '=', id)
            .execute(),
        retry,
      );
    },

    async markDead(id: number, reason: string, now: number): Promise<void> {
      await withBusyRetry(
        () =>
          db
            .updateTable('deliveries')
            .set((eb) => ({ status: 'dead', attempts: eb('attempts', '+', 1), last_error: reason, delivered_at: null, next_attempt_at: now }))
            .where('id', '=', id)
            .execute(),
        retry,
      );
    },

    /** Dead letters, newest first: what the platforms refused even in reduced form. */
    async deadLetters(limit = 100): Promise<DeadLetter[]> {
      const rows = await db
        .selectFrom('deliveries')
        .innerJoin('deals', 'deals.id', 'deliveries.deal_id')
        .select([
          'deliveries.id',
          'deliveries.destination',
          'deliveries.last_error',
          'deliveries.next_attempt_at',
          'deals.title',
          'deliveries.event_id as deal_id',
        ])
        .where('deliveries.status', '=', 'dead')
        .orderBy('deliveries.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        destination: r.destination,
        dealId: r.deal_id ?? 0,
        title: r.title,
        reason: r.last_error ?? 'refused',
        at: new Date(r.next_attempt_at),
      }));
    },

    async deadCounts(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('deliveries')
        .select(['destination', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'dead')
        .groupBy('destination')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.destination, Number(r.n)]));
    },

    /** Puts a dead letter back in line (`outbox retry`), or sets it aside for good (`outbox drop`). */
    async resolveDead(id: number, action: 'retry' | 'drop', now: number): Promise<DeadLetterAction> {
      const row = await db.selectFrom('deliveries').select(['id', 'status', 'destination']).where('id', '=', id).executeTakeFirst();
      if (!row) return { kind: 'not-found' };
      if (row.status !== 'dead') return { kind: 'not-dead', status: row.status };
      await db
        .updateTable('deliveries')
        .set(
          action === 'retry'
            ? { status: 'pending', next_attempt_at: 0, last_error: `retried by an operator at ${new Date(now).toISOString()}` }
            : { status: 'dropped' },
        )
        .where('id', '=', id)
        .execute();
      return { kind: action === 'retry' ? 'retried' : 'dropped', destination: row.destination };
    },

    async markAttemptFailed(id: number, error: string, nextAttemptAt: number): Promise<void> {
      await withBusyRetry(
        () =>
          db
            .updateTable('deliveries')
            .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error, next_attempt_at: nextAttemptAt }))
            .where('id', '=', id)
            .execute(),
        retry,
      );
    },

    /** Per destination: how many alerts wait, and why the oldest one waits. */
    async pendingSummary(): Promise<PendingSummary[]> {
      const rows = await db
        .selectFrom('deliveries')
        .select(['destination', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.min('id').as('oldest')])
        .where('status', '=', 'pending')
        .groupBy('destination')
        .orderBy('destination')
        .execute();
      const out: PendingSummary[] = [];
      for (const row of rows) {
        const oldest = await db
          .selectFrom('deliveries')
          .select(['last_error', 'next_attempt_at', 'attempts'])
          .where('id', '=', Number(row.oldest))
          .executeTakeFirst();
        out.push({
          destination: row.destination,
          count: Number(row.n),
          reason: oldest?.last_error ?? (oldest && oldest.attempts === 0 ? 'not tried yet' : null),
          nextAttemptAt: oldest && oldest.next_attempt_at > 0 ? new Date(oldest.next_attempt_at) : null,
        });
      }
      return out;
    },

    async pendingCounts(): Promise<Record<string, number>> {
      const rows = await db
        .selectFrom('deliveries')
        .select(['destination', (eb) => eb.fn.countAll<number>().as('n')])
        .where('status', '=', 'pending')
        .groupBy('destination')
        .execute();
      return Object.fromEntries(rows.map((r) => [r.destination, Number(r.n)]));
    },

    /** A deal's delivered alerts: one per destination, with the platform's message id. */
    async deliveredFor(dealId: number): Promise<{ destination: string; externalId: string | null }[]> {
      const rows = await db
        .selectFrom('deliveries')
        .select(['destination', 'external_id'])
        .where('event_id', '=', dealId)
        .where('kind', '=', 'alert')
        .where('status', '=', 'delivered')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ destination: r.destination, externalId: r.external_id }));
    },
  });
}

export type OutboxRepository = ReturnType<typeof createOutboxRepository>;

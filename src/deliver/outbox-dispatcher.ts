// Delivers pending outbox rows, oldest first per destination: alerts, and the replies in
// their threads (further reports, lifecycle steps). Destinations run independently: a
// throttled or broken channel waits on its own and never holds up another, nor the next
// poll. A reply waits for its alert's message id, and a refused reply is set aside like
// any refused message, so one failing thread never blocks the channel.
import type { Logger } from 'pino';
import type { PendingDelivery } from '../model/records.js';
import type { AlertForm, Destination, OutgoingMessage, SendOutcome } from './destination.js';
import type { OutboxPort } from './ports.js';

export interface DeliveryEvents {
  onDelivered?(destination: Destination, delivery: PendingDelivery, now: number): void;
  onFailed?(destination: Destination, delivery: PendingDelivery, outcome: Exclude<SendOutcome, { kind: 'sent' }>): void;
  onDeadLettered?(destination: Destination, delivery: PendingDelivery, reason: string): void;
}

export interface DispatcherDeps {
  readonly outbox: OutboxPort;
  readonly destinations: readonly Destination[];
  readonly now: () => number;
  readonly log: Logger;
  readonly events?: DeliveryEvents;
  /** How long a destination rests after a permanent error before one quiet re-check. */
  readonly permanentRecheckMs?: number;
}

export interface DispatchSummary {
  readonly delivered: number;
  readonly waiting: number;
  /** Alerts set aside this pass because the platform refused them even in reduced form. */
  readonly deadLettered: number;
}

export interface OutboxDispatcher {
  /** One pass: each destination sends its due rows in order until it is empty or told to wait. */
  dispatch(): Promise<DispatchSummary>;
  /** The earliest time any destination wants to try again, or null when nothing waits. */
  nextWakeAt(): number | null;
}

const BATCH = 50;
/** Marks an alert dead-lettered during this pass: its replies become the alert. */
const DEAD = Symbol('dead');

export function createOutboxDispatcher(deps: DispatcherDeps): OutboxDispatcher {
  const recheckMs = deps.permanentRecheckMs ?? 10 * 60_000;
  // Each destination's "not before" time, kept in memory and mirrored on the rows.
  const restingUntil = new Map<string, number>();
  const reported = new Set<string>();
  const running = new Map<string, Promise<DispatchSummary>>();
  // When the earliest stepped-over reply of each destination falls due.
  const dueLater = new Map<string, number>();

  async function drain(destination: Destination): Promise<DispatchSummary> {
    let delivered = 0;
    let deadLettered = 0;
    let waiting = 0;
    // Replies not due yet (follow-ups wait to fold with other reports) or waiting for their
    // alert are stepped over, never rested on: the channel's later alerts still go out.
    let afterId = 0;
    const sentAlerts = new Map<number, string | null | typeof DEAD>();
    const handled = new Set<number>();
    for (;;) {
      const now = deps.now();
      if ((restingUntil.get(destination.name) ?? 0) > now) return { delivered, waiting: waiting + 1, deadLettered };
      const batch = await deps.outbox.pending(destination.name, BATCH, afterId);
      if (batch.length === 0) return { delivered, waiting, deadLettered };
      afterId = batch.at(-1)!.id;
      for (const row of batch) {
        if (handled.has(row.id)) continue;
        const due = row.nextAttemptAt.getTime() <= deps.now();
        if (!due && row.attempts > 0) {
          // A failed attempt set this time: the destination rests until then, in order.
          restingUntil.set(destination.name, row.nextAttemptAt.getTime());
          return { delivered, waiting: waiting + 1, deadLettered };
        }
        if (!due) {
          waiting++;
          wakeAt(destination.name, row.nextAttemptAt.getTime());
          continue;
        }
        const prepared = await prepare(row, batch, sentAlerts);
        if (prepared === 'wait') {
          waiting++;
          continue;
        }
        const result = await deliver(destination, prepared);
        for (const id of prepared.rows.map((r) => r.id)) handled.add(id);
        if (result === 'stop') return { delivered, waiting: waiting + 1, deadLettered };
        if (result === 'dead') {
          deadLettered++;
          if (prepared.message.kind === 'alert') sentAlerts.set(prepared.rows[0]!.deal.id, DEAD);
        } else {
          delivered += prepared.rows.length;
          if (prepared.message.kind === 'alert') sentAlerts.set(prepared.rows[0]!.deal.id, result.externalId);
        }
      }
    }
  }

  interface Prepared {
    readonly message: OutgoingMessage;
    /** The rows this message delivers: one, or several folded follow-ups. */
    readonly rows: readonly PendingDelivery[];
  }

  /**
   * prepare turns a due row into the message to send. A reply needs its alert's message id:
   * it waits while the alert is pending, and becomes the alert itself when the alert was
   * never delivered (dead, dropped, or never queued). Due follow-ups of one deal fold into one reply.
   */
  async function prepare(
    row: PendingDelivery,
    batch: readonly PendingDelivery[],
    sentAlerts: ReadonlyMap<number, string | null | typeof DEAD>,
  ): Promise<Prepared | 'wait'> {
    if (row.kind === 'alert') return { message: { kind: 'alert', deal: row.deal }, rows: [row] };
    const known = sentAlerts.get(row.deal.id);
    const parent = known === undefined ? row.parent : known === DEAD ? { status: 'dead', externalId: null } : { status: 'delivered', externalId: known };
    if (parent?.status === 'pending') return 'wait';
    if (!parent || parent.status !== 'delivered') {
      await deps.outbox.promoteToAlert(row.id);
      deps.log.info({ deliveryId: row.id, dealId: row.deal.id }, "the deal's alert was never delivered here: this report goes out as the alert");
      return { message: { kind: 'alert', deal: row.deal }, rows: [row] };
    }
    const threadOf = parent.externalId ?? '';
    if (row.kind === 'lifecycle') return { message: { kind: 'lifecycle', deal: row.deal, changes: row.changes, report: row.report, threadOf }, rows: [row] };
    const now = deps.now();
    const rows = batch.filter(
      (r) => r.kind === 'follow-up' && r.deal.id === row.deal.id && r.id >= row.id && r.nextAttemptAt.getTime() <= now && r.attempts === row.attempts,
    );
    return { message: { kind: 'follow-up', deal: row.deal, reports: rows.map((r) => r.report), threadOf }, rows };
  }

  /** deliver sends one message and records what happened: sent, set aside, or the destination must wait. */
  async function deliver(destination: Destination, prepared: Prepared): Promise<{ externalId: string | null } | 'dead' | 'stop'> {
    const first = prepared.rows[0]!;
    const ids = prepared.rows.map((r) => r.id);
    let outcome = await safeSend(destination, prepared.message, 'full');
    if (outcome.kind === 'rejected') {
      // The message, not the destination, is the problem: one try in the reduced form,
      // then set it aside so every later message to this destination still goes out.
      const reason1 = outcome.reason;
      deps.events?.onFailed?.(destination, first, outcome);
      deps.log.warn(
        { destination: destination.name, dealId: first.deal.id, reason: reason1 },
        `the platform refused the ${prepared.message.kind}; sending it once more in reduced form`,
      );
      outcome = await safeSend(destination, prepared.message, 'reduced');
      if (outcome.kind === 'rejected') {
        const reason = `refused: ${reason1}; reduced form refused too: ${outcome.reason}`;
        for (const id of ids) await deps.outbox.markDead(id, reason, deps.now());
        deps.events?.onDeadLettered?.(destination, first, reason);
        deps.log.error(
          { destination: destination.name, dealId: first.deal.id, deliveryId: first.id },
          `${prepared.message.kind} #${first.id} to ${destination.name} dead-lettered (${reason}); see dealwatch status, and dealwatch outbox retry|drop ${first.id}`,
        );
        return 'dead';
      }
    }
    const at = deps.now();
    if (outcome.kind === 'sent') {
      if (ids.length === 1) await deps.outbox.markDelivered(first.id, outcome.externalId, at);
      else await deps.outbox.markManyDelivered(ids, outcome.externalId, at);
      reported.delete(destination.name);
      for (const row of prepared.rows) deps.events?.onDelivered?.(destination, row, at);
      deps.log.info(
        { destination: destination.name, dealId: first.deal.id, deliveryIds: ids, kind: prepared.message.kind, externalId: outcome.externalId },
        `${prepared.message.kind} delivered`,
      );
      return { externalId: outcome.externalId };
    }
    const wait = outcome.kind === 'retry' ? Math.max(outcome.afterMs, 250) : recheckMs;
    const reason = outcome.kind === 'retry' ? outcome.reason : `${outcome.code}: ${outcome.reason}. ${outcome.hint}`;
    for (const id of ids) await deps.outbox.markAttemptFailed(id, reason, at + wait);
    restingUntil.set(destination.name, at + wait);
    deps.events?.onFailed?.(destination, first, outcome);
    if (outcome.kind === 'permanent') {
      const key = `${destination.name}:${outcome.code}`;
      if (!reported.has(key)) {
        reported.add(key);
        deps.log.error(
          { destination: destination.name, dealId: first.deal.id, code: outcome.code },
          `delivery to ${destination.name} refused (${outcome.code}): ${outcome.reason}. ${outcome.hint} Alerts stay pending until this is fixed.`,
        );
      }
    } else {
      deps.log.warn({ destination: destination.name, dealId: first.deal.id, retryInMs: wait }, `delivery will be retried: ${outcome.reason}`);
    }
    return 'stop';
  }

  /** Remembers when a stepped-over reply falls due, so the service wakes for it. */
  function wakeAt(name: string, at: number): void {
    const known = dueLater.get(name);
    if (known === undefined || at < known) dueLater.set(name, at);
  }

  async function safeSend(destination: Destination, message: OutgoingMessage, form: AlertForm): Promise<SendOutcome> {
    try {
      return await destination.send(message, form);
    } catch (error) {
      // An adapter should map its errors; an unexpected throw is treated as temporary.
      return { kind: 'retry', afterMs: 30_000, reason: `unexpected error: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  return {
    async dispatch() {
      const results = await Promise.all(
        deps.destinations.map((destination) => {
          // A destination already draining (e.g. from the previous tick) is not started twice.
          let run = running.get(destination.name);
          if (!run) {
            dueLater.delete(destination.name);
            run = drain(destination).finally(() => running.delete(destination.name));
            running.set(destination.name, run);
          }
          return run;
        }),
      );
      return {
        delivered: results.reduce((n, r) => n + r.delivered, 0),
        waiting: results.reduce((n, r) => n + r.waiting, 0),
        deadLettered: results.reduce((n, r) => n + r.deadLettered, 0),
      };
    },
    nextWakeAt() {
      const times = [...restingUntil.values(), ...dueLater.values()].filter((t) => t > deps.now());
      return times.length > 0 ? Math.min(...times) : null;
    },
  };
}

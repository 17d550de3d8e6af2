// Delivers pending outbox rows, oldest first per destination. Destinations run
// independently: a throttled or broken channel waits on its own and never holds up
// another, nor the next poll.
import type { Logger } from 'pino';
import type { PendingDelivery } from '../model/records.js';
import type { AlertForm, Destination, SendOutcome } from './destination.js';
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

export function createOutboxDispatcher(deps: DispatcherDeps): OutboxDispatcher {
  const recheckMs = deps.permanentRecheckMs ?? 10 * 60_000;
  // Each destination's "not before" time, kept in memory and mirrored on the rows.
  const restingUntil = new Map<string, number>();
  const reported = new Set<string>();
  const running = new Map<string, Promise<DispatchSummary>>();

  async function drain(destination: Destination): Promise<DispatchSummary> {
    let delivered = 0;
    let deadLettered = 0;
    for (;;) {
      const now = deps.now();
      if ((restingUntil.get(destination.name) ?? 0) > now) return { delivered, waiting: 1, deadLettered };
      const batch = await deps.outbox.pending(destination.name, BATCH);
      if (batch.length === 0) return { delivered, waiting: 0, deadLettered };
      for (const delivery of batch) {
        // Rows keep their retry time across restarts; respect it for the oldest one.
        if (delivery.nextAttemptAt.getTime() > deps.now()) {
          restingUntil.set(destination.name, delivery.nextAttemptAt.getTime());
          return { delivered, waiting: 1, deadLettered };
        }
        let outcome = await safeSend(destination, delivery, 'full');
        if (outcome.kind === 'rejected') {
          // The message, not the destination, is the problem: one try in the reduced form,
          // then set it aside so every later alert to this destination still goes out.
          const first = outcome.reason;
          deps.events?.onFailed?.(destination, delivery, outcome);
          deps.log.warn({ destination: destination.name, dealId: delivery.deal.id, reason: first }, 'the platform refused the alert; sending it once more in reduced form');
          outcome = await safeSend(destination, delivery, 'reduced');
          if (outcome.kind === 'rejected') {
            const reason = `refused: ${first}; reduced form refused too: ${outcome.reason}`;
            await deps.outbox.markDead(delivery.id, reason, deps.now());
            deadLettered++;
            deps.events?.onDeadLettered?.(destination, delivery, reason);
            deps.log.error(
              { destination: destination.name, dealId: delivery.deal.id, deliveryId: delivery.id },
              `alert #${delivery.id} to ${destination.name} dead-lettered (${reason}); see dealwatch status, and dealwatch outbox retry|drop ${delivery.id}`,
            );
            continue;
          }
        }
        const at = deps.now();
        if (outcome.kind === 'sent') {
          await deps.outbox.markDelivered(delivery.id, outcome.externalId, at);
          delivered++;
          reported.delete(destination.name);
          deps.events?.onDelivered?.(destination, delivery, at);
          deps.log.info({ destination: destination.name, dealId: delivery.deal.id, deliveryId: delivery.id, externalId: outcome.externalId }, 'alert delivered');
          continue;
        }
        const wait = outcome.kind === 'retry' ? Math.max(outcome.afterMs, 250) : recheckMs;
        const reason = outcome.kind === 'retry' ? outcome.reason : `${outcome.code}: ${outcome.reason}. ${outcome.hint}`;
        await deps.outbox.markAttemptFailed(delivery.id, reason, at + wait);
        restingUntil.set(destination.name, at + wait);
        deps.events?.onFailed?.(destination, delivery, outcome);
        if (outcome.kind === 'permanent') {
          const key = `${destination.name}:${outcome.code}`;
          if (!reported.has(key)) {
            reported.add(key);
            deps.log.error(
              { destination: destination.name, dealId: delivery.deal.id, code: outcome.code },
              `delivery to ${destination.name} refused (${outcome.code}): ${outcome.reason}. ${outcome.hint} Alerts stay pending until this is fixed.`,
            );
          }
        } else {
          deps.log.warn({ destination: destination.name, dealId: delivery.deal.id, retryInMs: wait }, `delivery will be retried: ${outcome.reason}`);
        }
        return { delivered, waiting: 1, deadLettered };
      }
    }
  }

  async function safeSend(destination: Destination, delivery: PendingDelivery, form: AlertForm): Promise<SendOutcome> {
    try {
      return await destination.send(delivery.deal, form);
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
      const times = [...restingUntil.values()].filter((t) => t > deps.now());
      return times.length > 0 ? Math.min(...times) : null;
    },
  };
}

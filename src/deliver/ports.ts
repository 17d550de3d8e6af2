// What the outbox dispatcher needs from storage, declared beside it; the storage module
// implements it.
import type { PendingDelivery } from '../model/records.js';

export interface OutboxPort {
  /** Pending deliveries for one destination with ids above `afterId`, oldest first, whatever their retry time. */
  pending(destination: string, limit: number, afterId?: number): Promise<PendingDelivery[]>;
  /** The message is posted: this write must not be lost, or it would be posted again. */
  markDelivered(id: number, externalId: string | null, now: number): Promise<void>;
  /** Several rows went out as one message (reports folded into one reply). */
  markManyDelivered(ids: readonly number[], externalId: string | null, now: number): Promise<void>;
  markAttemptFailed(id: number, error: string, nextAttemptAt: number): Promise<void>;
  /** The platform refused this message even in its reduced form: set it aside with the reason. */
  markDead(id: number, reason: string, now: number): Promise<void>;
  /** A reply whose alert never went out becomes the alert. */
  promoteToAlert(id: number): Promise<void>;
}

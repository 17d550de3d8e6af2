// The small interface every chat platform adapter implements. The outbox dispatcher
// knows nothing about Slack or Discord beyond this.
import type { DeliveryFailureCode } from '../model/errors.js';
import type { DealRecord } from '../model/records.js';

export type SendOutcome =
  /** Posted; externalId is Slack's message ts or Discord's message id. */
  | { readonly kind: 'sent'; readonly externalId: string | null }
  /** Temporary: throttled (429), server error, timeout. Try again after `afterMs`. */
  | { readonly kind: 'retry'; readonly afterMs: number; readonly reason: string }
  /**
   * Needs a person: bad token, missing channel, bot not invited. Never retried in a
   * loop; the alert stays pending and `hint` says what to do.
   */
  | { readonly kind: 'permanent'; readonly code: DeliveryFailureCode; readonly reason: string; readonly hint: string };

export interface Destination {
  readonly name: string;
  /** 'console', 'slack', 'discord' or 'discord-webhook'. */
  readonly platform: string;
  send(deal: DealRecord): Promise<SendOutcome>;
  close?(): Promise<void>;
}

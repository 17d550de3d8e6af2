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
  | { readonly kind: 'permanent'; readonly code: DeliveryFailureCode; readonly reason: string; readonly hint: string }
  /**
   * The platform refused this one message (Discord 400 / 50035, Slack invalid_blocks,
   * msg_too_long, invalid_arguments) while the destination itself is fine. The dispatcher
   * tries once more in the reduced form, then dead-letters the message and goes on.
   */
  | { readonly kind: 'rejected'; readonly reason: string };

/**
 * How much of an alert to send. `reduced` is the fallback after a message-level refusal:
 * plain text, no link button or embed, shortened.
 */
export type AlertForm = 'full' | 'reduced';

export interface Destination {
  readonly name: string;
  /** 'console', 'slack', 'discord' or 'discord-webhook'. */
  readonly platform: string;
  /** Sends one alert; `form` defaults to 'full'. */
  send(deal: DealRecord, form?: AlertForm): Promise<SendOutcome>;
  close?(): Promise<void>;
}

// The small interface every chat platform adapter implements. The outbox dispatcher
// knows nothing about Slack or Discord beyond this.
import type { DeliveryFailureCode } from '../model/errors.js';
import type { DealChange, DealRecord, Digest, ReportRecord } from '../model/records.js';

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

/**
 * What goes out: a deal's alert (one top-level message per deal), further reports folded into
 * one reply in the alert's thread, or a step in the deal's life (completed, called off,
 * cleared, blocked) in the thread, and also in the channel when the destination broadcasts.
 * `threadOf` is the platform's id of the alert message.
 */
export type OutgoingMessage =
  | { readonly kind: 'alert'; readonly deal: DealRecord }
  | { readonly kind: 'follow-up'; readonly deal: DealRecord; readonly reports: readonly ReportRecord[]; readonly threadOf: string }
  | {
      readonly kind: 'lifecycle';
      readonly deal: DealRecord;
      readonly changes: readonly DealChange[];
      readonly report: ReportRecord;
      readonly threadOf: string;
    };

/** How far a digest got: the parts posted, and why it stopped short (null when all went out). */
export interface DigestOutcome {
  readonly parts: number;
  readonly sent: number;
  readonly failure: Exclude<SendOutcome, { kind: 'sent' }> | null;
}

/** sendParts posts a digest's parts in order from `fromPart`, stopping at the first failure. */
export async function sendParts<T>(parts: readonly T[], fromPart: number, post: (part: T) => Promise<SendOutcome>): Promise<DigestOutcome> {
  let sent = fromPart;
  for (const part of parts.slice(fromPart)) {
    const outcome = await post(part);
    if (outcome.kind !== 'sent') return { parts: parts.length, sent, failure: outcome };
    sent++;
  }
  return { parts: parts.length, sent, failure: null };
}

export interface Destination {
  readonly name: string;
  /** 'console', 'slack', 'discord' or 'discord-webhook'. */
  readonly platform: string;
  /** Sends one message; `form` defaults to 'full'. */
  send(message: OutgoingMessage, form?: AlertForm): Promise<SendOutcome>;
  /**
   * Posts a digest, split into as many messages as the platform's limits need, starting at
   * part `fromPart` (a retry goes on where the last attempt stopped).
   */
  sendDigest?(digest: Digest, options: { readonly timeZone: string; readonly fromPart: number }): Promise<DigestOutcome>;
  close?(): Promise<void>;
}

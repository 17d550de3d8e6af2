export { sendParts, type Destination, type DigestOutcome, type OutgoingMessage, type SendOutcome } from './destination.js';
export { createOutboxDispatcher, type OutboxDispatcher, type DispatchSummary } from './outbox-dispatcher.js';
export type { OutboxPort } from './ports.js';

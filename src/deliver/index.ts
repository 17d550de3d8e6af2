export type { Destination, SendOutcome } from './destination.js';
export { createOutboxDispatcher, type OutboxDispatcher, type DispatchSummary, type OutboxPort } from './outbox-dispatcher.js';

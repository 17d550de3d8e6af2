export type { Destination, SendOutcome } from './destination.js';
export { createOutboxDispatcher, type OutboxDispatcher, type DispatchSummary } from './outbox-dispatcher.js';
export type { OutboxPort } from './ports.js';

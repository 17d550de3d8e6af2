export type { Destination, SendOutcome } from './destination.js';
export { createConsoleDestination, dealTypeLabel, formatDealText } from './console-destination.js';
export { createOutboxDispatcher, type OutboxDispatcher, type DispatchSummary } from './outbox-dispatcher.js';

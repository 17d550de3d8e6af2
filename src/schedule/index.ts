export { backoffDelayMs, feedMinIntervalSeconds, firstPollAt, nextPollAfterFailure, nextPollAfterSuccess, urlFraction } from './poll-timing.js';
export { createScheduler, cronIntervalMs, type Scheduler, type SchedulerLog } from './scheduler.js';

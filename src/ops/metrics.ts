// Prometheus metrics. A fresh registry per app, so tests can run several side by side.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'dealwatch_' });
  const metrics = {
    registry,
    feedsPolled: new Counter({ name: 'dealwatch_feeds_polled_total', help: 'Feed polls by outcome', labelNames: ['outcome'], registers: [registry] }),
    fetchErrors: new Counter({
      name: 'dealwatch_fetch_errors_total',
      help: 'Feed fetch/parse failures by reason',
      labelNames: ['reason'],
      registers: [registry],
    }),
    newItems: new Counter({ name: 'dealwatch_new_items_total', help: 'New items stored', registers: [registry] }),
    alertsCreated: new Counter({ name: 'dealwatch_alerts_created_total', help: 'Outbox rows created (one per deal and destination)', registers: [registry] }),
    alertsDelivered: new Counter({
      name: 'dealwatch_alerts_delivered_total',
      help: 'Alerts delivered by destination',
      labelNames: ['destination'],
      registers: [registry],
    }),
    alertsFailed: new Counter({
      name: 'dealwatch_alerts_failed_total',
      help: 'Failed delivery attempts by destination and kind',
      labelNames: ['destination', 'kind'],
      registers: [registry],
    }),
    cycleDuration: new Histogram({
      name: 'dealwatch_poll_cycle_duration_seconds',
      help: 'Poll cycle duration',
      buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
      registers: [registry],
    }),
    deliveryLatency: new Histogram({
      name: 'dealwatch_delivery_latency_seconds',
      help: 'From an item being first seen to its alert being posted',
      buckets: [0.5, 1, 2, 5, 10, 30, 60, 300, 900, 3600],
      labelNames: ['destination'],
      registers: [registry],
    }),
    pendingOutbox: new Gauge({
      name: 'dealwatch_outbox_pending',
      help: 'Pending deliveries by destination',
      labelNames: ['destination'],
      registers: [registry],
    }),
    deadOutbox: new Gauge({
      name: 'dealwatch_outbox_dead',
      help: 'Dead-lettered deliveries by destination: refused by the platform even in reduced form',
      labelNames: ['destination'],
      registers: [registry],
    }),
    deadLetters: new Counter({
      name: 'dealwatch_dead_letters_total',
      help: 'Deliveries dead-lettered, by destination',
      labelNames: ['destination'],
      registers: [registry],
    }),
    lastCycleFinished: new Gauge({ name: 'dealwatch_last_cycle_finished_timestamp_seconds', help: 'When the last poll cycle finished', registers: [registry] }),
  };
  return metrics;
}

export type Metrics = ReturnType<typeof createMetrics>;

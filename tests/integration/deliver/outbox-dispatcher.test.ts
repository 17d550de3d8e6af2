// The outbox dispatcher against a real store and scripted destinations.
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxDispatcher, type Destination, type SendOutcome } from '../../../src/deliver/index.js';
import type { DealRecord } from '../../../src/model/records.js';
import { createStore, type Store } from '../../../src/storage/store.js';
import { createClock, tempDir, type TestClock } from '../../helpers/test-app.js';

function scripted(name: string, script: SendOutcome[]) {
  const sent: DealRecord[] = [];
  const destination: Destination = {
    name,
    platform: 'test',
    async send(deal) {
      const next = script.shift() ?? { kind: 'sent', externalId: `${name}-${deal.id}` };
      if (next.kind === 'sent') sent.push(deal);
      return next;
    },
  };
  return { destination, sent };
}

async function seedDeals(store: Store, now: number, titles: string[], destinations: string[]) {
  const feed = await store.feeds.add({ url: 'https://x.example/feed', name: 'x', source: 'config', trusted: true, backfill: 0 }, now, now);
  if (feed.kind !== 'added') throw new Error('seed failed');
  await store.items.commit({
    feedId: feed.feed.id,
    feedName: 'x',
    now,
    state: { etag: null, lastModified: null, nextPollAt: now, minIntervalSeconds: null, newUrl: null },
    items: titles.map((title, i) => ({
      identityHash: `h${i}`,
      item: { guid: `g${i}`, url: `https://x.example/${i}`, canonicalUrl: `https://x.example/${i}`, title, text: title, publishedAt: new Date(now - (titles.length - i) * 1000), author: null, categories: [] },
      analysis: { deal: true, type: 'acquisition', status: 'announced', score: 0.9, companies: [{ name: 'Acme', role: 'acquirer', watched: true }], amount: null, summary: title },
      destinations,
    })),
  });
}

describe('outbox dispatcher', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  let clock: TestClock;
  const log = pino({ level: 'silent' });

  beforeEach(async () => {
    dir = tempDir();
    store = await createStore(`sqlite:${join(dir.path, 'db.sqlite')}`);
    clock = createClock();
  });
  afterEach(async () => {
    await store.close();
    dir.cleanup();
  });

  it('delivers oldest first per destination and stores the message id', async () => {
    await seedDeals(store, clock.now(), ['first', 'second', 'third'], ['a']);
    const a = scripted('a', []);
    const dispatcher = createOutboxDispatcher({ outbox: store.outbox, destinations: [a.destination], now: clock.now, log });
    const summary = await dispatcher.dispatch();
    expect(summary.delivered).toBe(3);
    expect(a.sent.map((d) => d.title)).toEqual(['first', 'second', 'third']);
    expect(await store.outbox.deliveredFor(a.sent[0]!.id)).toEqual([{ destination: 'a', externalId: `a-${a.sent[0]!.id}` }]);
    expect(await store.outbox.pendingCounts()).toEqual({});
  });

  it('a throttled destination waits its Retry-After without holding up another, and loses nothing', async () => {
    await seedDeals(store, clock.now(), ['first', 'second'], ['slow', 'fast']);
    const slow = scripted('slow', [{ kind: 'retry', afterMs: 1_000, reason: 'rate limited (429)' }]);
    const fast = scripted('fast', []);
    const dispatcher = createOutboxDispatcher({ outbox: store.outbox, destinations: [slow.destination, fast.destination], now: clock.now, log });
    await dispatcher.dispatch();
    expect(fast.sent).toHaveLength(2);
    expect(slow.sent).toHaveLength(0);
    expect(dispatcher.nextWakeAt()).toBe(clock.now() + 1_000);

    // Not before its time…
    clock.advance(500);
    await dispatcher.dispatch();
    expect(slow.sent).toHaveLength(0);
    // …then in order.
    clock.advance(600);
    await dispatcher.dispatch();
    expect(slow.sent.map((d) => d.title)).toEqual(['first', 'second']);
  });

  it('keeps alerts pending after a permanent error, reports it once, and delivers after the fix', async () => {
    await seedDeals(store, clock.now(), ['first', 'second'], ['broken']);
    const refusal: SendOutcome = { kind: 'permanent', code: 'channel_not_found', reason: 'channel C1 not found', hint: 'check the channel id' };
    const broken = scripted('broken', [refusal, refusal]);
    const lines: string[] = [];
    const recording = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
    const dispatcher = createOutboxDispatcher({ outbox: store.outbox, destinations: [broken.destination], now: clock.now, log: recording, permanentRecheckMs: 60_000 });
    await dispatcher.dispatch();
    await dispatcher.dispatch();
    expect(await store.outbox.pendingCounts()).toEqual({ broken: 2 });
    clock.advance(61_000);
    await dispatcher.dispatch();
    expect(lines.filter((l) => l.includes('channel_not_found'))).toHaveLength(1);
    expect(await store.outbox.pendingCounts()).toEqual({ broken: 2 });
    clock.advance(61_000);
    await dispatcher.dispatch();
    expect(broken.sent.map((d) => d.title)).toEqual(['first', 'second']);
    expect(await store.outbox.pendingCounts()).toEqual({});
  });

  it('a retry time stored on a row survives a restart of the dispatcher', async () => {
    await seedDeals(store, clock.now(), ['first'], ['a']);
    const a1 = scripted('a', [{ kind: 'retry', afterMs: 30_000, reason: 'HTTP 500' }]);
    await createOutboxDispatcher({ outbox: store.outbox, destinations: [a1.destination], now: clock.now, log }).dispatch();
    const a2 = scripted('a', []);
    const restarted = createOutboxDispatcher({ outbox: store.outbox, destinations: [a2.destination], now: clock.now, log });
    await restarted.dispatch();
    expect(a2.sent).toHaveLength(0);
    clock.advance(30_000);
    await restarted.dispatch();
    expect(a2.sent).toHaveLength(1);
  });

  it('treats an adapter that throws as a temporary failure', async () => {
    await seedDeals(store, clock.now(), ['first'], ['a']);
    const throwing: Destination = { name: 'a', platform: 'test', send: async () => { throw new Error('boom'); } };
    const dispatcher = createOutboxDispatcher({ outbox: store.outbox, destinations: [throwing], now: clock.now, log });
    await dispatcher.dispatch();
    const [row] = await store.outbox.pending('a', 10);
    expect(row!.attempts).toBe(1);
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(clock.now());
  });
});

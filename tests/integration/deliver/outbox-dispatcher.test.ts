// The outbox dispatcher against a real store and scripted destinations.
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOutboxDispatcher, type Destination, type SendOutcome } from '../../../src/deliver/index.js';
import type { OutgoingMessage } from '../../../src/deliver/destination.js';
import type { DealRecord } from '../../../src/model/records.js';
import { commitStories, route, type SeedStory } from '../../helpers/seed-stories.js';
import { createStore, type Store } from '../../../src/storage/store.js';
import { createClock, tempDir, type TestClock } from '../../helpers/test-app.js';

function scripted(name: string, script: SendOutcome[]) {
  const sent: DealRecord[] = [];
  const messages: OutgoingMessage[] = [];
  const destination: Destination = {
    name,
    platform: 'test',
    async send(message) {
      const next = script.shift() ?? { kind: 'sent', externalId: `${name}-${message.kind}-${messages.length + 1}` };
      if (next.kind === 'sent') {
        sent.push(message.deal);
        messages.push(message);
      }
      return next;
    },
  };
  return { destination, sent, messages };
}

/** One deal per title: Acme buys a different company each time. */
async function seedDeals(store: Store, now: number, titles: string[], destinations: string[]) {
  await commitStories(
    store,
    'x',
    titles.map((title, i) => ({
      title,
      companies: [
        { name: 'Acme', role: 'acquirer', watched: true },
        { name: `Target${i}`, role: 'target', watched: false },
      ],
      publishedAt: now - (titles.length - i) * 1000,
    })),
    { now, destinations: destinations.map((d) => route(d)) },
  );
}

const acmeBeta = (source: string, at: number, extra: Partial<SeedStory> = {}): SeedStory => ({
  title: `Acme to buy Beta for $1 billion (${source})`,
  companies: [
    { name: 'Acme', role: 'acquirer', watched: true },
    { name: 'Beta', role: 'target', watched: false },
  ],
  amount: { value: 1e9, currency: 'USD', text: '$1 billion' },
  publishedAt: at,
  ...extra,
});

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
    expect((await store.outbox.pending('a', 10)).length).toBe(0);
    expect(a.messages.map((m) => m.kind)).toEqual(['alert', 'alert', 'alert']);
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
    const refusal: SendOutcome = { kind: 'permanent', code: 'slack-channel-not-found', reason: 'channel C1 not found', hint: 'check the channel id' };
    const broken = scripted('broken', [refusal, refusal]);
    const lines: string[] = [];
    const recording = pino({ level: 'error' }, { write: (line: string) => lines.push(line) });
    const dispatcher = createOutboxDispatcher({
      outbox: store.outbox,
      destinations: [broken.destination],
      now: clock.now,
      log: recording,
      permanentRecheckMs: 60_000,
    });
    await dispatcher.dispatch();
    await dispatcher.dispatch();
    expect(await store.outbox.pendingCounts()).toEqual({ broken: 2 });
    clock.advance(61_000);
    await dispatcher.dispatch();
    expect(lines.filter((l) => l.includes('slack-channel-not-found'))).toHaveLength(1);
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
    const throwing: Destination = {
      name: 'a',
      platform: 'test',
      send: async () => {
        throw new Error('boom');
      },
    };
    const dispatcher = createOutboxDispatcher({ outbox: store.outbox, destinations: [throwing], now: clock.now, log });
    await dispatcher.dispatch();
    const [row] = await store.outbox.pending('a', 10);
    expect(row!.attempts).toBe(1);
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(clock.now());
  });

  it('a message the platform refuses is retried once in reduced form, then dead-lettered, and the next alert goes out at once', async () => {
    await seedDeals(store, clock.now(), ['refused', 'reduced-ok', 'ordinary'], ['d']);
    const forms: string[] = [];
    const sent: string[] = [];
    const destination: Destination = {
      name: 'd',
      platform: 'test',
      async send(message, form = 'full') {
        const deal = message.deal;
        forms.push(`${deal.title}:${form}`);
        if (deal.title === 'refused' || (deal.title === 'reduced-ok' && form === 'full'))
          return { kind: 'rejected', reason: 'Discord refused the message (400 code 50035)' };
        sent.push(`${deal.title}:${form}`);
        return { kind: 'sent', externalId: `m-${deal.id}` };
      },
    };
    const dead: string[] = [];
    const dispatcher = createOutboxDispatcher({
      outbox: store.outbox,
      destinations: [destination],
      now: clock.now,
      log,
      events: { onDeadLettered: (_d, delivery) => dead.push(delivery.deal.title) },
    });
    expect(await dispatcher.dispatch()).toEqual({ delivered: 2, waiting: 0, deadLettered: 1 });
    expect(forms).toEqual(['refused:full', 'refused:reduced', 'reduced-ok:full', 'reduced-ok:reduced', 'ordinary:full']);
    expect(sent).toEqual(['reduced-ok:reduced', 'ordinary:full']);
    expect(dead).toEqual(['refused']);
    expect(await store.outbox.pendingCounts()).toEqual({});
    expect(await store.outbox.deadCounts()).toEqual({ d: 1 });
    const [letter] = await store.outbox.deadLetters();
    expect(letter).toMatchObject({ destination: 'd', title: 'refused', reason: expect.stringContaining('reduced form refused too') });

    // An operator sends it again (it is refused again, so dead again), or drops it for good.
    expect(await store.outbox.resolveDead(letter!.id, 'retry', clock.now())).toEqual({ kind: 'retried', destination: 'd' });
    expect(await store.outbox.pendingCounts()).toEqual({ d: 1 });
    await dispatcher.dispatch();
    expect(await store.outbox.resolveDead(letter!.id, 'drop', clock.now())).toEqual({ kind: 'dropped', destination: 'd' });
    expect(await store.outbox.deadCounts()).toEqual({});
    expect(await store.outbox.resolveDead(letter!.id, 'drop', clock.now())).toEqual({ kind: 'not-dead', status: 'dropped' });
    expect(await store.outbox.resolveDead(9999, 'retry', clock.now())).toEqual({ kind: 'not-found' });
  });

  it('a further report waits for its alert, goes into its thread, and reports arriving together fold into one reply', async () => {
    const t = clock.now();
    const dest = [route('a')];
    await commitStories(store, 'Tech Wire', [acmeBeta('Tech Wire', t - 60_000)], { now: t, destinations: dest, followUpDelayMs: 120_000 });
    await commitStories(store, 'Biz Daily', [acmeBeta('Biz Daily', t - 30_000)], { now: t, destinations: dest, followUpDelayMs: 120_000 });
    await commitStories(store, 'Market Post', [acmeBeta('Market Post', t - 20_000)], { now: t + 1_000, destinations: dest, followUpDelayMs: 120_000 });
    const a = scripted('a', []);
    const dispatcher = createOutboxDispatcher({ outbox: store.outbox, destinations: [a.destination], now: clock.now, log });
    expect(await dispatcher.dispatch()).toEqual({ delivered: 1, waiting: 2, deadLettered: 0 });
    expect(a.messages.map((m) => m.kind)).toEqual(['alert']);
    // The service wakes when the first reply falls due.
    expect(dispatcher.nextWakeAt()).toBe(t + 120_000);
    clock.advance(125_000);
    expect(await dispatcher.dispatch()).toEqual({ delivered: 2, waiting: 0, deadLettered: 0 });
    const reply = a.messages[1]!;
    expect(reply.kind).toBe('follow-up');
    if (reply.kind !== 'follow-up') return;
    expect(reply.threadOf).toBe('a-alert-1');
    expect(reply.reports.map((r) => r.source)).toEqual(['Biz Daily', 'Market Post']);
    expect(reply.deal.reportCount).toBe(3);
    expect(await store.outbox.pendingCounts()).toEqual({});
  });

  it('a reply not yet due never holds up the alerts behind it', async () => {
    const t = clock.now();
    const dest = [route('a')];
    await commitStories(store, 'Tech Wire', [acmeBeta('Tech Wire', t - 60_000)], { now: t, destinations: dest, followUpDelayMs: 120_000 });
    await commitStories(store, 'Biz Daily', [acmeBeta('Biz Daily', t - 30_000)], { now: t, destinations: dest, followUpDelayMs: 120_000 });
    await seedDeals(store, t, ['another deal'], ['a']);
    const a = scripted('a', []);
    await createOutboxDispatcher({ outbox: store.outbox, destinations: [a.destination], now: clock.now, log }).dispatch();
    expect(a.messages.map((m) => `${m.kind}:${m.deal.title}`)).toEqual(['alert:Acme to buy Beta for $1 billion (Tech Wire)', 'alert:another deal']);
  });

  it('while the alert waits (throttled), its reply waits too; when the alert is dead-lettered, the reply becomes the alert', async () => {
    const t = clock.now();
    const dest = [route('a')];
    await commitStories(store, 'Tech Wire', [acmeBeta('Tech Wire', t - 60_000)], { now: t, destinations: dest });
    await commitStories(store, 'Biz Daily', [acmeBeta('Biz Daily', t - 30_000)], { now: t, destinations: dest });
    const a = scripted('a', [
      { kind: 'retry', afterMs: 5_000, reason: '429' },
      { kind: 'rejected', reason: 'too long' },
      { kind: 'rejected', reason: 'still too long' },
    ]);
    const dispatcher = createOutboxDispatcher({ outbox: store.outbox, destinations: [a.destination], now: clock.now, log });
    await dispatcher.dispatch();
    expect(a.messages).toHaveLength(0);
    clock.advance(6_000);
    expect(await dispatcher.dispatch()).toEqual({ delivered: 1, waiting: 0, deadLettered: 1 });
    expect(a.messages.map((m) => `${m.kind}:${m.deal.title}`)).toEqual(['alert:Acme to buy Beta for $1 billion (Tech Wire)']);
    // The deal's alert went out as the second report, in full: no reply to a thread that does not exist.
    expect(await store.outbox.pendingCounts()).toEqual({});
  });

  it('a refused reply is set aside and the channel goes on', async () => {
    const t = clock.now();
    const dest = [route('a')];
    await commitStories(store, 'Tech Wire', [acmeBeta('Tech Wire', t - 60_000)], { now: t, destinations: dest });
    await commitStories(store, 'Biz Daily', [acmeBeta('Biz Daily', t - 30_000)], { now: t, destinations: dest });
    await seedDeals(store, t + 1, ['later deal'], ['a']);
    const a = scripted('a', [
      { kind: 'sent', externalId: 'ts-1' },
      { kind: 'rejected', reason: 'thread_not_found' },
      { kind: 'rejected', reason: 'thread_not_found' },
    ]);
    expect(await createOutboxDispatcher({ outbox: store.outbox, destinations: [a.destination], now: clock.now, log }).dispatch()).toEqual({
      delivered: 2,
      waiting: 0,
      deadLettered: 1,
    });
    expect(a.messages.map((m) => m.deal.title)).toEqual(['Acme to buy Beta for $1 billion (Tech Wire)', 'later deal']);
    expect(await store.outbox.deadCounts()).toEqual({ a: 1 });
  });
});

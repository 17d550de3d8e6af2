// The poll commit remembers which party keys of a deal are stored, so later reports do not
// write them again; a key counts as stored only once its transaction commits.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lookupKeys } from '../../../src/pipeline/ports.js';
import { createStore, type Store } from '../../../src/storage/store.js';
import { commitStories, route } from '../../helpers/seed-stories.js';
import { tempDir } from '../../helpers/test-app.js';

const T = Date.UTC(2026, 5, 1);
const HOUR = 3_600_000;
const acme = { name: 'Acme Corp', role: 'acquirer' as const, watched: true };
const beta = { name: 'Beta Systems', role: 'target' as const, watched: false };
const gamma = { name: 'Gamma Labs', role: 'seller' as const, watched: false };

describe('party keys of a deal', () => {
  let dir: ReturnType<typeof tempDir>;
  let path: string;
  let store: Store;
  beforeEach(async () => {
    dir = tempDir();
    path = join(dir.path, 'db.sqlite');
    store = await createStore(`sqlite:${path}`);
  });
  afterEach(async () => {
    await store.close();
    dir.cleanup();
  });

  const keysOf = (eventId: number): string[] => {
    const sqlite = new Database(path, { readonly: true });
    try {
      return sqlite.prepare('select party_key from deal_event_parties where event_id = ? order by party_key').pluck().all(eventId) as string[];
    } finally {
      sqlite.close();
    }
  };
  /** The keys the deal's stored parties give: what deal_event_parties must hold for it. */
  const expectedKeys = (eventId: number): string[] => {
    const sqlite = new Database(path, { readonly: true });
    try {
      const facts = JSON.parse(sqlite.prepare('select facts_json from deal_events where id = ?').pluck().get(eventId) as string) as { parties: string[] };
      return [...lookupKeys(facts.parties)].sort();
    } finally {
      sqlite.close();
    }
  };
  const onlyEvent = (): number => {
    const sqlite = new Database(path, { readonly: true });
    try {
      const ids = sqlite.prepare('select id from deal_events').pluck().all() as number[];
      expect(ids).toHaveLength(1);
      return ids[0]!;
    } finally {
      sqlite.close();
    }
  };

  it('a report that names a new party adds its keys, even when its first commit rolled back', async () => {
    const story = { title: 'Acme Corp to acquire Beta Systems for $1 billion', amount: { value: 1e9, currency: 'USD', text: '$1 billion' } };
    await commitStories(store, 'Wire One', [{ ...story, companies: [acme, beta], publishedAt: T }], { now: T, destinations: [route('team')] });
    const eventId = onlyEvent();
    const first = keysOf(eventId);
    expect(first).toEqual(expectedKeys(eventId));
    expect(first.some((k) => k.includes('gamma'))).toBe(false);

    // The second report names the seller too, but its transaction fails at its last statement.
    const writer = new Database(path);
    writer.exec(`create trigger fail_feed before update on feeds when new.name = 'Wire Two' begin select raise(abort, 'disk trouble'); end`);
    const report = [{ ...story, companies: [acme, beta, gamma], publishedAt: T + HOUR }];
    await expect(commitStories(store, 'Wire Two', report, { now: T + HOUR, destinations: [route('team')] })).rejects.toThrow(/disk trouble/);
    expect(keysOf(eventId)).toEqual(first);

    writer.exec('drop trigger fail_feed');
    writer.close();
    await commitStories(store, 'Wire Two', report, { now: T + 2 * HOUR, destinations: [route('team')] });
    expect(onlyEvent()).toBe(eventId);
    const after = keysOf(eventId);
    expect(after).toEqual(expectedKeys(eventId));
    expect(after.some((k) => k.includes('gamma'))).toBe(true);
  });
});

// A later report names a party differently ("Couche-Tard" for "Alimentation Couche-Tard",
// "MGM" for "Metro-Goldwyn-Mayer", "U.S. Steel" for "United States Steel"): the stored deal is
// still found among the candidates, in a later poll from another feed, and the report joins it.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../src/storage/store.js';
import { commitStories, route } from '../../helpers/seed-stories.js';
import { tempDir } from '../../helpers/test-app.js';

const T = Date.UTC(2026, 3, 1);

describe('deal candidates: a party named another way', () => {
  let dir: ReturnType<typeof tempDir>;
  let store: Store;
  beforeEach(async () => {
    dir = tempDir();
    store = await createStore(`sqlite:${join(dir.path, 'db.sqlite')}`);
  });
  afterEach(async () => {
    await store.close();
    dir.cleanup();
  });

  // The later report names one party only, and not the way the first did.
  it.each([
    { first: ['Alimentation Couche-Tard', 'Seven & i Holdings'], later: ['Couche-Tard', 'acquirer'] },
    { first: ['Amazon.com Inc', 'Metro-Goldwyn-Mayer'], later: ['MGM', 'target'] },
    { first: ['Nippon Steel Corp', 'United States Steel'], later: ['U.S. Steel', 'target'] },
  ])('$later.0 finds the deal stored with $first', async ({ first, later }) => {
    const story = (companies: [string, 'acquirer' | 'target'][], outlet: string, at: number) => ({
      title: `${companies.map(([n]) => n).join(' and ')}: deal news (${outlet})`,
      companies: companies.map(([name, role]) => ({ name, role, watched: true })),
      publishedAt: at,
    });
    await commitStories(
      store,
      'Tech Wire',
      [
        story(
          [
            [first[0]!, 'acquirer'],
            [first[1]!, 'target'],
          ],
          'Tech Wire',
          T,
        ),
      ],
      { now: T, destinations: [route('team')] },
    );
    const result = await commitStories(store, 'Biz Daily', [story([[later[0]!, later[1] as 'acquirer' | 'target']], 'Biz Daily', T + 86_400_000)], {
      now: T + 86_400_000,
      destinations: [route('team')],
    });
    expect(result).toMatchObject({ newDeals: 0, alerts: 0, replies: 1 });
    expect((await store.deals.search({ limit: 10 })).deals).toHaveLength(1);
  });
});

// Commits deal stories to a real store the way a poll does: planned by the real grouping
// (planBatch) and written by the real poll commit, so tests of delivery and commands
// start from the rows the service itself would write.
import type { DealAmount, DealAnalysis, DealCompany, DealType } from '../../src/model/deal.js';
import { planBatch } from '../../src/pipeline/plan-batch.js';
import type { PollCommitResult } from '../../src/pipeline/ports.js';
import type { RouteFilter } from '../../src/pipeline/routing.js';
import type { Store } from '../../src/storage/store.js';

export interface SeedStory {
  readonly title: string;
  readonly text?: string;
  readonly type?: DealType;
  readonly status?: 'announced' | 'completed' | 'rumored' | 'terminated' | 'denied';
  readonly companies: readonly DealCompany[];
  readonly amount?: DealAmount | null;
  readonly publishedAt: number;
  readonly url?: string;
}

export const route = (name: string, over: Partial<RouteFilter> = {}): RouteFilter => ({
  name,
  companies: null,
  types: null,
  minScore: null,
  followUps: 'thread',
  rumored: true,
  ...over,
});

let counter = 0;

/** commitStories stores one feed's poll of these stories and returns what the commit queued. */
export async function commitStories(
  store: Store,
  feedName: string,
  stories: readonly SeedStory[],
  options: { readonly now: number; readonly destinations: readonly RouteFilter[]; readonly followUpDelayMs?: number },
): Promise<PollCommitResult> {
  const url = `https://${feedName.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.example/feed`;
  const added = await store.feeds.add({ url, name: feedName, source: 'config', trusted: true, backfill: 0 }, options.now, options.now);
  const analysed = stories.map((s) => {
    counter++;
    const analysis = {
      deal: true,
      type: s.type ?? 'acquisition',
      score: 0.9,
      companies: s.companies,
      amount: s.amount ?? null,
      summary: s.title,
      status: s.status ?? 'announced',
    } satisfies DealAnalysis;
    const link = s.url ?? `${url.replace('/feed', '')}/story-${counter}`;
    return {
      identityHash: `seed-${counter}`,
      item: {
        guid: `g-${counter}`,
        url: link,
        canonicalUrl: link,
        title: s.title,
        text: s.text ?? s.title,
        publishedAt: new Date(s.publishedAt),
        author: null,
        categories: [],
      },
      analysis,
      alertable: true,
    };
  });
  const items = await planBatch(analysed, { store, policy: { minScore: 0.5, alertOnMention: false }, destinations: options.destinations, now: options.now });
  return store.items.commit({
    feedId: added.feed.id,
    feedName,
    now: options.now,
    state: { etag: null, lastModified: null, nextPollAt: options.now, minIntervalSeconds: null, newUrl: null, title: null, warning: null, bodyHash: null },
    items,
    followUpDelayMs: options.followUpDelayMs ?? 0,
  });
}

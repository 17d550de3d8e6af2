// Turns a feed's analysed new stories into what the commit writes: each deal story assigned
// to its deal (stored, or new in this batch), and the messages each destination gets.
// Runs under the cycle's grouping lock, so two feeds reporting one deal at once make one deal.
import { createHash } from 'node:crypto';
import { compatibleTypes } from '../dedupe/deal-events.js';
import { lookupKeys, storyFacts, type StoryFacts } from '../dedupe/story-facts.js';
import type { DealAnalysis } from '../model/deal.js';
import type { NormalizedItem } from '../model/feed.js';
import { CANDIDATE_WINDOW_MS, WORDING_WINDOW_MS, groupStories, planDeliveries } from './group-stories.js';
import type { CommitItem, PipelineStore } from './ports.js';
import { routeAlert, type AlertPolicy, type RouteFilter } from './routing.js';

export interface AnalysedStory {
  readonly item: NormalizedItem;
  readonly identityHash: string;
  readonly analysis: DealAnalysis;
  /** False for a feed's first poll without backfill: store it, alert nothing. */
  readonly alertable: boolean;
  readonly why?: string | null;
}

export interface PlanContext {
  readonly store: Pick<PipelineStore, 'events'>;
  readonly policy: AlertPolicy;
  readonly destinations: readonly RouteFilter[];
  readonly now: number;
}

const statusOf = (analysis: DealAnalysis): StoryFacts['status'] | null => analysis.status;

/**
 * contentHashOf identifies a story by its words, so a syndicated copy under another URL is the
 * same story. Only deal stories need one (a copy matters when it would alert twice). Short texts (a headline alone) are too common to be proof: they get a hash no
 * other item shares.
 */
export function contentHashOf(story: Pick<AnalysedStory, 'item' | 'identityHash'>): string {
  // The title and the lead are the fingerprint: copies share them, and hashing the first
  // 2,000 characters keeps long stories cheap.
  const text = `${story.item.title}\n${story.item.text.slice(0, 2_000)}`.toLowerCase().replace(/\s+/g, ' ').trim();
  return text.length < 200 ? `id:${story.identityHash}` : createHash('sha256').update(text).digest('base64');
}

export async function planBatch(stories: readonly AnalysedStory[], ctx: PlanContext): Promise<CommitItem[]> {
  const deals = stories.filter((s) => s.analysis.deal && s.analysis.type !== null);
  const facts = deals.map((s) =>
    storyFacts({
      type: s.analysis.type!,
      status: statusOf(s.analysis),
      companies: s.analysis.companies,
      amount: s.analysis.amount,
      title: s.item.title,
      text: s.item.text,
      publishedAt: s.item.publishedAt?.getTime() ?? ctx.now,
    }),
  );
  const candidates =
    facts.length === 0
      ? []
      : await ctx.store.events.candidates({
          partyKeys: lookupKeys(facts.flatMap((f) => f.parties)),
          types: [...new Set(facts.flatMap((f) => compatibleTypes(f.type)))],
          since: Math.min(...facts.map((f) => f.publishedAt), ctx.now) - CANDIDATE_WINDOW_MS,
          recentSince: Math.min(...facts.map((f) => f.publishedAt), ctx.now) - WORDING_WINDOW_MS,
        });
  const assignments = groupStories(facts, candidates);
  const stored = await ctx.store.events.alertDestinations([...new Set(assignments.filter((a) => a.ref > 0).map((a) => a.ref))]);
  // Alerts planned in this batch count as sent for the stories that follow them.
  const alerted = new Map<number, Set<string>>([...stored].map(([id, set]) => [id, new Set(set)]));
  const byStory = new Map(deals.map((s, i) => [s, assignments[i]!]));

  return stories.map((story): CommitItem => {
    const assignment = byStory.get(story) ?? null;
    const contentHash = story.analysis.deal ? contentHashOf(story) : null;
    if (!assignment)
      return { item: story.item, identityHash: story.identityHash, contentHash, analysis: story.analysis, event: null, deliveries: [], why: story.why ?? null };
    const already = alerted.get(assignment.ref) ?? new Set<string>();
    const deliveries = story.alertable
      ? planDeliveries({
          assignment,
          routed: routeAlert(story.analysis, ctx.policy, ctx.destinations),
          alerted: already,
          denied: statusOf(story.analysis) === 'denied',
          destinations: ctx.destinations,
        })
      : [];
    for (const d of deliveries) if (d.kind === 'alert') already.add(d.destination);
    alerted.set(assignment.ref, already);
    return { item: story.item, identityHash: story.identityHash, contentHash, analysis: story.analysis, event: assignment, deliveries, why: story.why ?? null };
  });
}

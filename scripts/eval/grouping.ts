// Scores deal grouping on the modern dev set's `cluster` labels (stories about the same deal
// share a cluster): pairwise precision and recall over pairs of deal stories, and the number
// of deals merged wrongly (a group holding two clusters) and split wrongly (a cluster spread
// over two groups). Every deal story is grouped in one run, as the service would see them;
// each part is scored on the pairs inside it. The dev set's stories carry no dates, so they are
// fed in file order as if published the same day: time cannot separate them, only the facts
// can. Rows with a `published` date are fed in date order at that time, as feeds would bring
// them. As in the pipeline, a story the analyzer does not read as a deal starts no deal and
// joins none (it stays alone), so a follow-up it misses counts as split from its deal.
import { applyStory, decideEvent, snapshotOf, type EventSnapshot } from '../../src/dedupe/deal-events.js';
import { storyFacts } from '../../src/dedupe/story-facts.js';
import { createDealAnalyzer } from '../../src/intel/index.js';
import type { DealAmount } from '../../src/model/deal.js';
import type { ModernRow } from './dataset.js';
import { partOf, type Part } from './split.js';

export interface GroupingScore {
  readonly stories: number;
  readonly precision: number;
  readonly recall: number;
  readonly mergedWrongly: number;
  readonly splitWrongly: number;
  readonly errors: readonly string[];
}

/** groupStories assigns each deal story (not denied) to a group; `gold` uses the labelled facts. */
export function groupRows(rows: readonly ModernRow[], gold: boolean): { deals: ModernRow[]; groupOf: Map<string, number> } {
  const analyzer = createDealAnalyzer({
    watchlist: [...new Set(rows.flatMap((r) => r.parties.map((p) => p.name)))].map((name) => ({ name, aliases: [], tickers: [], match: 'auto' as const })),
  });
  const events: EventSnapshot[] = [];
  const groupOf = new Map<string, number>();
  const t = Date.UTC(2026, 0, 1);
  const deals = rows.filter((r) => r.deal && r.cluster && r.type && r.status !== 'denied');
  const at = (r: ModernRow) => (r.published ? Date.parse(r.published) : t);
  const fed = deals.map((r, i) => ({ r, i })).sort((a, b) => at(a.r) - at(b.r) || a.i - b.i);
  for (const { r } of fed) {
    const a = analyzer.analyze({ title: r.title, body: r.body });
    if (!gold && (!a.deal || a.type === null)) {
      groupOf.set(r.id, -1 - groupOf.size);
      continue;
    }
    const amount = r.amount && r.amount.value !== null ? ({ value: r.amount.value, currency: r.amount.currency, text: '' } as DealAmount) : null;
    const facts = gold
      ? storyFacts({
          type: r.type!,
          status: r.status,
          companies: r.parties.map((p) => ({ name: p.name, role: p.role, watched: true })),
          amount,
          title: r.title,
          text: r.body,
          publishedAt: at(r),
        })
      : storyFacts({ type: a.type ?? r.type!, status: a.status, companies: a.companies, amount: a.amount, title: r.title, text: r.body, publishedAt: at(r) });
    const decision = decideEvent(facts, events);
    if (decision.kind === 'new') {
      events.push(snapshotOf(events.length, facts));
      groupOf.set(r.id, events.length - 1);
    } else {
      events[decision.eventId] = applyStory(events[decision.eventId]!, facts, decision.changes);
      groupOf.set(r.id, decision.eventId);
    }
  }
  return { deals, groupOf };
}

/** scoreGrouping scores the pairs inside one part ('all': every pair). */
export function scoreGrouping(grouped: ReturnType<typeof groupRows>, part: Part | 'all'): GroupingScore {
  const deals = grouped.deals.filter((r) => part === 'all' || partOf(r) === part);
  const { groupOf } = grouped;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (let i = 0; i < deals.length; i++) {
    for (let j = i + 1; j < deals.length; j++) {
      const a = deals[i]!;
      const b = deals[j]!;
      const same = a.cluster === b.cluster;
      const together = groupOf.get(a.id) === groupOf.get(b.id);
      if (same && together) tp++;
      else if (together) {
        fp++;
        errors.push(`merged: ${a.id} [${a.cluster}] "${a.title.slice(0, 60)}" + ${b.id} [${b.cluster}] "${b.title.slice(0, 60)}"`);
      } else if (same) {
        fn++;
        errors.push(`split:  ${a.id} "${a.title.slice(0, 60)}" / ${b.id} "${b.title.slice(0, 60)}" [${a.cluster}]`);
      }
    }
  }
  const clustersOfGroup = new Map<number, Set<string>>();
  const groupsOfCluster = new Map<string, Set<number>>();
  for (const r of deals) {
    const g = groupOf.get(r.id)!;
    clustersOfGroup.set(g, (clustersOfGroup.get(g) ?? new Set()).add(r.cluster!));
    groupsOfCluster.set(r.cluster!, (groupsOfCluster.get(r.cluster!) ?? new Set()).add(g));
  }
  return {
    stories: deals.length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    mergedWrongly: [...clustersOfGroup.values()].filter((c) => c.size > 1).length,
    splitWrongly: [...groupsOfCluster.values()].filter((g) => g.size > 1).length,
    errors,
  };
}

export function printGrouping(label: string, score: GroupingScore, maxErrors: number): void {
  console.log(
    `grouping, ${label}: ${score.stories} deal stories; pairwise precision ${score.precision.toFixed(3)} (target 0.98), recall ${score.recall.toFixed(3)} (target 0.95); deals merged wrongly ${score.mergedWrongly}, split wrongly ${score.splitWrongly}`,
  );
  for (const e of score.errors.slice(0, maxErrors)) console.log(`  ${e}`);
}

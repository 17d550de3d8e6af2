// Scores deal grouping on the `cluster` labels of the modern dev set (stories about the same
// deal share a cluster): pairwise precision and recall over pairs of deal stories, and the
// number of deals merged wrongly (a group holding two clusters) and split wrongly (a cluster
// spread over two groups). Stories carry no dates, so they are fed in file order as if
// published the same day: time cannot separate them, only the facts can.
//
// Usage: npx tsx scripts/grouping-eval.ts <modern-deals-dev.jsonl> [--gold] [--errors]
//   --gold  use the labelled type, status, parties and amount instead of the analyzer's.
import { readFileSync } from 'node:fs';
import { applyStory, decideEvent, snapshotOf, type EventSnapshot } from '../src/dedupe/deal-events.js';
import { storyFacts, type EventStatus } from '../src/dedupe/story-facts.js';
import { createDealAnalyzer } from '../src/intel/index.js';
import type { CompanyRole, DealAmount, DealType } from '../src/model/deal.js';

interface Row {
  id: string;
  title: string;
  body: string;
  deal: boolean;
  type: DealType | null;
  status: EventStatus | null;
  parties: { name: string; role: CompanyRole }[];
  amount: { value: number; currency: string } | null;
  cluster: string | null;
}

export interface GroupingScore {
  readonly stories: number;
  readonly precision: number;
  readonly recall: number;
  readonly mergedWrongly: number;
  readonly splitWrongly: number;
  readonly errors: readonly string[];
}

export function scoreGrouping(rows: readonly Row[], gold: boolean): GroupingScore {
  const analyzer = createDealAnalyzer({ watchlist: [...new Set(rows.flatMap((r) => r.parties.map((p) => p.name)))].map((name) => ({ name, aliases: [], tickers: [], match: 'auto' as const })) });
  const events: EventSnapshot[] = [];
  const groupOf = new Map<string, number>();
  const t = Date.UTC(2026, 0, 1);
  const deals = rows.filter((r) => r.deal && r.cluster && r.type && r.status !== 'denied');
  for (const r of deals) {
    const a = analyzer.analyze({ title: r.title, body: r.body });
    const status = a.status;
    const facts = gold
      ? storyFacts({ type: r.type!, status: r.status, companies: r.parties.map((p) => ({ ...p, watched: true })), amount: r.amount ? { ...r.amount, text: '' } as DealAmount : null, title: r.title, text: r.body, publishedAt: t })
      : storyFacts({ type: a.type ?? r.type!, status, companies: a.companies, amount: a.amount, title: r.title, text: r.body, publishedAt: t });
    const decision = decideEvent(facts, events);
    if (decision.kind === 'new') {
      events.push(snapshotOf(events.length, facts));
      groupOf.set(r.id, events.length - 1);
    } else {
      events[decision.eventId] = applyStory(events[decision.eventId]!, facts, decision.changes);
      groupOf.set(r.id, decision.eventId);
    }
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const errors: string[] = [];
  for (let i = 0; i < deals.length; i++) {
    for (let j = i + 1; j < deals.length; j++) {
      const a = deals[i]!;
      const b = deals[j]!;
      const same = a.cluster === b.cluster;
      const grouped = groupOf.get(a.id) === groupOf.get(b.id);
      if (same && grouped) tp++;
      else if (grouped) {
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

const [file] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (file && import.meta.url === `file://${process.argv[1]}`) {
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Row);
  const score = scoreGrouping(rows, process.argv.includes('--gold'));
  console.log(`grouping (${process.argv.includes('--gold') ? 'labelled facts' : 'analyzer'}): ${score.stories} deal stories, pairwise precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)}; merged wrongly ${score.mergedWrongly}, split wrongly ${score.splitWrongly}`);
  if (process.argv.includes('--errors')) for (const e of score.errors) console.log(`  ${e}`);
}

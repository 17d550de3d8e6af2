// The team's deal-cluster fixtures (fixtures/deal-clusters*.jsonl), in the modern dev set's shape:
// reading one, the stories its grouping leaves out of their deal, and the groups two clusters share.

import { fileURLToPath } from 'node:url';
import { readDataset, type ModernRow } from '../../../scripts/eval/dataset.js';
import type { groupRows } from '../../../scripts/eval/grouping.js';

export type Grouped = ReturnType<typeof groupRows>;

/** readClusters reads one cluster fixture. */
export function readClusters(file: string): readonly ModernRow[] {
  const data = readDataset(fileURLToPath(new URL(`./fixtures/${file}`, import.meta.url)));
  return data.format === 'modern' ? data.rows : [];
}

/** strays: the stories outside their cluster's biggest group, sorted by id. */
export function strays(rows: readonly ModernRow[], grouped: Grouped): string[] {
  const groupOf = (id: string) => grouped.groupOf.get(id);
  const out: string[] = [];
  for (const cluster of new Set(rows.map((r) => r.cluster))) {
    const stories = rows.filter((r) => r.cluster === cluster);
    const sizes = new Map<number | undefined, number>();
    for (const r of stories) sizes.set(groupOf(r.id), (sizes.get(groupOf(r.id)) ?? 0) + 1);
    const main = [...sizes].sort((x, y) => y[1] - x[1])[0]![0];
    out.push(...stories.filter((r) => groupOf(r.id) !== main).map((r) => r.id));
  }
  return out.sort();
}

/** sharedGroups: the groups holding stories of both clusters (none, for two different deals). */
export function sharedGroups(rows: readonly ModernRow[], grouped: Grouped, a: string, b: string): number[] {
  const groups = (cluster: string) => new Set(rows.filter((r) => r.cluster === cluster).map((r) => grouped.groupOf.get(r.id)!));
  const other = groups(b);
  return [...groups(a)].filter((g) => other.has(g));
}

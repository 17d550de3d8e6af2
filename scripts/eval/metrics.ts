// Counting helpers shared by the evaluations.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

/** add records one binary decision. */
export function add(c: Counts, predicted: boolean, gold: boolean): void {
  if (predicted && gold) c.tp += 1;
  else if (predicted) c.fp += 1;
  else if (gold) c.fn += 1;
  else c.tn += 1;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp / Math.max(1, c.tp + c.fp);
  const r = c.tp / Math.max(1, c.tp + c.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

export function prfLine(label: string, c: Counts): string {
  const { p, r, f1 } = prf(c);
  const n = c.tp + c.fp + c.fn + c.tn;
  return `${label.padEnd(12)} n=${String(n).padStart(5)}  P=${p.toFixed(3)}  R=${r.toFixed(3)}  F1=${f1.toFixed(3)}  TP=${c.tp} FP=${c.fp} FN=${c.fn} TN=${c.tn}`;
}

/** Ratio: right out of total. */
export interface Ratio {
  right: number;
  total: number;
}

export const emptyRatio = (): Ratio => ({ right: 0, total: 0 });

export function tally(r: Ratio, ok: boolean): void {
  r.total += 1;
  if (ok) r.right += 1;
}

export function ratioText(r: Ratio): string {
  return r.total === 0 ? '   -   ' : `${(r.right / r.total).toFixed(3)} (${r.right}/${r.total})`;
}

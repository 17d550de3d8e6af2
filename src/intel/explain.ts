// "Why did I get this alert?": plain-text renderings of a DealExplanation, for
// `dealwatch classify --explain` and `/deals show`. Pure functions of the explanation.

import type { DealExplanation, ExplanationItem } from '../model/deal.js';

const signed = (x: number): string => `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(2)}`;

function itemLine(i: ExplanationItem): string {
  return `  ${signed(i.weight).padStart(6)}  ${i.feature.padEnd(24)} ${JSON.stringify(i.text)}`;
}

/** formatExplanation: the frame, then every feature and hedge with its weight, one per line. */
export function formatExplanation(e: DealExplanation): string {
  const lines = [`frame: ${e.frame ?? '(none found)'}`];
  lines.push(e.features.length > 0 ? 'evidence:' : 'evidence: (none)');
  for (const f of e.features) lines.push(itemLine(f));
  if (e.hedges.length > 0) {
    lines.push('hedges:');
    for (const h of e.hedges) lines.push(itemLine(h));
  }
  return lines.join('\n');
}

const MAX_WHY = 300;

function short(text: string, max = 40): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1)}…`;
}

/** whyLine: one line of at most 300 characters, the frame and the strongest reasons first. */
export function whyLine(e: DealExplanation): string {
  const parts: string[] = [];
  if (e.frame) parts.push(e.frame);
  const top = e.features
    .filter((f) => f.weight !== 0)
    .slice(0, 3)
    .map((f) => `${short(f.text, 30)} (${signed(f.weight)})`);
  if (top.length > 0) parts.push(top.join(', '));
  const moved = e.hedges
    .filter((h) => h.weight !== 0)
    .slice(0, 2)
    .map((h) => `${h.feature.replace(/^[a-z]+:/, '')} "${short(h.text, 24)}" (${signed(h.weight)})`);
  if (moved.length > 0) parts.push(`against: ${moved.join(', ')}`);
  const line = parts.length > 0 ? parts.join('; ') : 'no deal evidence';
  return line.length <= MAX_WHY ? line : `${line.slice(0, MAX_WHY - 1)}…`;
}

// Reading evaluation files: JSON Lines in either the Reuters-21578 shape
// ({id, title, body, topics[], is_acq}) or the modern dev-set shape
// ({id, title, body, deal, type, status, parties[], mentioned[], amount, cluster, source_style}).
// The shape is detected from the fields, so one command reads both.

import { readFileSync } from 'node:fs';
import type { CompanyRole, DealStatus, DealType } from '../../src/model/deal.js';

export interface ReutersRow {
  readonly id: number;
  readonly title: string;
  readonly body: string;
  readonly is_acq: boolean;
}

export interface GoldParty {
  readonly name: string;
  readonly role: CompanyRole;
}

export interface ModernRow {
  readonly id: string;
  readonly title: string;
  readonly body: string;
  readonly deal: boolean;
  readonly type: DealType | null;
  readonly status: DealStatus | null;
  readonly parties: readonly GoldParty[];
  readonly mentioned: readonly string[];
  readonly amount: { readonly value: number | null; readonly currency: string | null } | null;
  readonly cluster: string | null;
  readonly source_style: string;
  /** When the story came out (ISO date); the dev set has none, our cluster fixture does. */
  readonly published?: string;
}

export type Dataset = { readonly format: 'reuters'; readonly rows: readonly ReutersRow[] } | { readonly format: 'modern'; readonly rows: readonly ModernRow[] };

/** readDataset parses a JSON Lines file and tells which of the two shapes it holds. */
export function readDataset(file: string): Dataset {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const first = rows[0] ?? {};
  if ('is_acq' in first) return { format: 'reuters', rows: rows as unknown as ReutersRow[] };
  if ('parties' in first && 'deal' in first) return { format: 'modern', rows: rows as unknown as ModernRow[] };
  throw new Error(`${file}: neither the Reuters shape (is_acq) nor the modern shape (deal, parties)`);
}

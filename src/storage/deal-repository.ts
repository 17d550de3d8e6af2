// Stored deals: full-text search (FTS5) and filters by company, type and date.
import { sql, type Kysely } from 'kysely';
import type { DealCompany, DealType } from '../model/deal.js';
import type { DealPage, DealQuery, DealRecord } from '../model/records.js';
import type { Database } from './tables.js';

export interface DealRow {
  id: number;
  title: string;
  url: string | null;
  source: string | null;
  type: string | null;
  score: number;
  amount_value: number | null;
  amount_currency: string | null;
  amount_text: string | null;
  summary: string;
  companies_json: string;
  published_at: number;
  created_at: number;
  first_seen_at: number;
}

export function toDealRecord(row: DealRow): DealRecord {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: row.source,
    type: row.type as DealType | null,
    score: row.score,
    amount: row.amount_text === null ? null : { value: row.amount_value, currency: row.amount_currency, text: row.amount_text },
    summary: row.summary,
    companies: JSON.parse(row.companies_json) as DealCompany[],
    publishedAt: new Date(row.published_at),
    createdAt: new Date(row.created_at),
    firstSeenAt: new Date(row.first_seen_at),
  };
}

/** Turns free text into a safe FTS5 query: each word a quoted prefix term, all required. */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', '')}"*`).join(' ');
}

export const dealColumns = [
  'deals.id',
  'deals.title',
  'deals.url',
  'deals.source',
  'deals.type',
  'deals.score',
  'deals.amount_value',
  'deals.amount_currency',
  'deals.amount_text',
  'deals.summary',
  'deals.companies_json',
  'deals.published_at',
  'deals.created_at',
  'items.first_seen_at',
] as const;

export function createDealRepository(db: Kysely<Database>) {
  return Object.freeze({
    async search(query: DealQuery): Promise<DealPage> {
      // The caller chooses the page size (the command spec's limits); this only bounds the query.
      const limit = Math.max(1, Math.min(query.limit, 1_000));
      let q = db.selectFrom('deals').innerJoin('items', 'items.id', 'deals.item_id').select(dealColumns);
      const fts = query.text ? toFtsQuery(query.text) : null;
      if (query.text && fts === null) return { deals: [], more: false };
      if (fts) {
        q = q.where('deals.id', 'in', db.selectFrom('deals_fts').select('rowid').where(sql<boolean>`deals_fts match ${fts}`));
      }
      const companies = (query.companies ?? []).map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
      if (companies.length > 0) {
        q = q.where('deals.id', 'in', db.selectFrom('deal_companies').select('deal_id').where(sql<boolean>`lower(name) in (${sql.join(companies)})`));
      }
      if (query.type) q = q.where('deals.type', '=', query.type);
      if (query.since) q = q.where('deals.published_at', '>=', query.since.getTime());
      const rows = await q.orderBy('deals.published_at', 'desc').orderBy('deals.id', 'desc').limit(limit + 1).execute();
      return { deals: rows.slice(0, limit).map(toDealRecord), more: rows.length > limit };
    },

    async byId(id: number): Promise<DealRecord | null> {
      const row = await db.selectFrom('deals').innerJoin('items', 'items.id', 'deals.item_id').select(dealColumns).where('deals.id', '=', id).executeTakeFirst();
      return row ? toDealRecord(row) : null;
    },

    async count(): Promise<number> {
      const row = await db.selectFrom('deals').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  });
}

export type DealRepository = ReturnType<typeof createDealRepository>;

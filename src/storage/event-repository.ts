// Deals as events: the candidates a new story may belong to, the deals themselves for the
// commands (search, show) and their timelines. Rows become domain records at this edge.
import type BetterSqlite3 from 'better-sqlite3';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { DealAmount, DealCompany, DealType } from '../model/deal.js';
import type { DealLifecycle, DealPage, DealQuery, DealRecord, DealTimeline, RegulatoryStep, ReportRecord, TimelineEntry } from '../model/records.js';
import type { EventSnapshot } from '../pipeline/ports.js';
import type { Database, DealEventsTable } from './tables.js';

/** The JSON form of a grouping snapshot (a Set does not survive JSON). */
export interface StoredFacts {
  readonly parties: readonly string[];
  readonly target: string | null;
  readonly targets?: readonly string[];
  /** Written before a deal kept every buyer; read only. */
  readonly buyer?: string | null;
  readonly buyers?: readonly string[];
  readonly investee: string | null;
  readonly investors: readonly string[];
  readonly years: readonly number[];
  readonly round: string | null;
  readonly shingles: readonly number[];
  readonly topics?: readonly string[];
}

export function factsJson(snapshot: EventSnapshot): string {
  const facts: StoredFacts = {
    parties: snapshot.parties,
    target: snapshot.target,
    targets: snapshot.targets,
    buyers: snapshot.buyers,
    investee: snapshot.investee,
    investors: snapshot.investors,
    years: snapshot.years,
    round: snapshot.round,
    shingles: [...snapshot.shingles],
    topics: snapshot.topics,
  };
  return JSON.stringify(facts);
}

const amountOf = (row: { amount_value: number | null; amount_currency: string | null; amount_text: string | null }): DealAmount | null =>
  row.amount_text === null && row.amount_value === null ? null : { value: row.amount_value, currency: row.amount_currency, text: row.amount_text ?? '' };

/** The columns grouping reads; the rest of a deal (title, summary, links) it does not need. */
const SNAPSHOT_COLUMNS = [
  'id',
  'type',
  'status',
  'regulatory',
  'amount_value',
  'amount_currency',
  'amount_text',
  'first_at',
  'last_at',
  'facts_json',
  'companies_json',
  'updated_at',
  'report_count',
] as const;
type SnapshotRow = Pick<Selectable<DealEventsTable>, (typeof SNAPSHOT_COLUMNS)[number]>;

/** How many of each party key's newest deals are candidates, and how many keys one lookup takes. */
const PER_KEY = 50;
const MAX_KEYS = 200;

/** Parsed snapshots are kept while their deal is unchanged: every feed of a cycle asks for the same busy deals. */
const SNAPSHOT_CACHE = 2_000;

/**
 * toSnapshot reads a stored deal for grouping. Deals migrated from before events have no
 * facts: their parties come from their companies, and they match on parties alone.
 */
export function toSnapshot(row: SnapshotRow): EventSnapshot {
  const stored = row.facts_json ? (JSON.parse(row.facts_json) as StoredFacts) : null;
  const key = (name: string) => name.toLowerCase().trim();
  const companyParties = () => (JSON.parse(row.companies_json) as DealCompany[]).filter((c) => c.role !== 'mentioned').map((c) => key(c.name));
  return {
    id: row.id,
    type: row.type as DealType,
    status: row.status as DealLifecycle,
    regulatory: row.regulatory as RegulatoryStep | null,
    amount: amountOf(row),
    firstAt: row.first_at,
    lastAt: row.last_at,
    parties: stored?.parties ?? companyParties(),
    target: stored?.target ?? null,
    targets: stored?.targets ?? (stored?.target ? [stored.target] : []),
    buyers: stored?.buyers ?? (stored?.buyer ? [stored.buyer] : []),
    investee: stored?.investee ?? null,
    investors: stored?.investors ?? [],
    years: stored?.years ?? [],
    round: stored?.round ?? null,
    shingles: new Set(stored?.shingles ?? []),
    topics: stored?.topics ?? [],
  };
}

export function toDealRecord(row: Selectable<DealEventsTable>): DealRecord {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    source: row.source,
    type: row.type as DealType,
    status: row.status as DealLifecycle,
    regulatory: row.regulatory as RegulatoryStep | null,
    score: row.score,
    amount: amountOf(row),
    summary: row.summary,
    companies: JSON.parse(row.companies_json) as DealCompany[],
    publishedAt: new Date(row.first_at),
    createdAt: new Date(row.created_at),
    firstSeenAt: new Date(row.first_seen_at),
    reportCount: row.report_count,
    lastReportAt: new Date(row.last_at),
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

interface ReportRow {
  id: number;
  title: string;
  url: string | null;
  source: string | null;
  published_at: number;
  first_seen_at: number;
}

export const toReport = (row: ReportRow): ReportRecord => ({
  storyId: row.id,
  title: row.title,
  url: row.url,
  source: row.source,
  publishedAt: new Date(row.published_at),
  firstSeenAt: new Date(row.first_seen_at),
});

export function createEventRepository(db: Kysely<Database>, sqlite: BetterSqlite3.Database) {
  // Each party's newest deals, one index walk per key. A prepared statement, run once per key, rather
  // than one query that unions a walk per key: every distinct number of keys was another statement to
  // prepare, and SQLite sorted each walk again to merge them (bench:scale: 0.86 ms a lookup live).
  const newestOfParty = sqlite.prepare(`select event_id from deal_event_parties where party_key = ? order by event_id desc limit ?`).pluck();
  const reportColumns = ['deals.id', 'deals.title', 'deals.url', 'deals.source', 'deals.published_at', 'items.first_seen_at'] as const;

  // A deal's facts change only when a report joins it, which bumps its report count.
  const parsed = new Map<number, { version: string; snapshot: EventSnapshot }>();
  const versionOf = (row: { updated_at: number; report_count: number }) => `${row.updated_at}:${row.report_count}`;
  const remember = (row: SnapshotRow): EventSnapshot => {
    const snapshot = toSnapshot(row);
    parsed.delete(row.id);
    if (parsed.size >= SNAPSHOT_CACHE) parsed.delete(parsed.keys().next().value!);
    parsed.set(row.id, { version: versionOf(row), snapshot });
    return snapshot;
  };
  /** The snapshots of these deals: unchanged ones from the cache, the rest read and parsed. */
  const snapshotsOf = async (rows: readonly { id: number; updated_at: number; report_count: number }[]): Promise<EventSnapshot[]> => {
    const stale = rows.filter((r) => parsed.get(r.id)?.version !== versionOf(r)).map((r) => r.id);
    const read = new Map<number, EventSnapshot>();
    for (let i = 0; i < stale.length; i += 500) {
      const chunk = await db
        .selectFrom('deal_events')
        .select(SNAPSHOT_COLUMNS)
        .where('id', 'in', stale.slice(i, i + 500))
        .execute();
      for (const row of chunk) read.set(row.id, remember(row));
    }
    return rows.flatMap((r) => read.get(r.id) ?? parsed.get(r.id)?.snapshot ?? []);
  };

  return Object.freeze({
    async candidates(query: {
      readonly partyKeys: readonly string[];
      readonly types: readonly string[];
      readonly since: number;
      readonly recentSince: number;
    }): Promise<EventSnapshot[]> {
      if (query.types.length === 0) return [];
      const version = ['id', 'updated_at', 'report_count'] as const;
      // Each party's newest deals by an index walk, rather than every deal of every party
      // sorted by date: a busy name (a word like "microsoft") has thousands. An older deal of
      // a busy party is still found through its other party, which is rarely as busy.
      const keys = [...new Set(query.partyKeys)].slice(0, MAX_KEYS);
      const ids = new Set<number>();
      for (const key of keys) for (const id of newestOfParty.all(key, PER_KEY) as number[]) ids.add(id);
      const byParty =
        ids.size === 0
          ? []
          : await db
              .selectFrom('deal_events')
              .select(version)
              .where(sql<boolean>`id in (select value from json_each(${JSON.stringify([...ids])}))`)
              .where('last_at', '>=', query.since)
              .where('type', 'in', [...query.types])
              .orderBy('last_at', 'desc')
              .limit(200)
              .execute();
      // Deals whose parties were never clear can still match on wording, within days.
      const recent = await db
        .selectFrom('deal_events')
        .select(version)
        .where('partyless', '=', 1)
        .where('last_at', '>=', query.recentSince)
        .where('type', 'in', [...query.types])
        .orderBy('last_at', 'desc')
        .limit(200)
        .execute();
      const seen = new Set<number>();
      return snapshotsOf([...byParty, ...recent].filter((r) => !seen.has(r.id) && seen.add(r.id)));
    },

    async alertDestinations(eventIds: readonly number[]): Promise<Map<number, Set<string>>> {
      const out = new Map<number, Set<string>>();
      if (eventIds.length === 0) return out;
      const rows = await db
        .selectFrom('deliveries')
        .select(['event_id', 'destination'])
        .where('kind', '=', 'alert')
        .where('status', 'in', ['pending', 'delivered'])
        .where('event_id', 'in', [...eventIds])
        .execute();
      for (const row of rows) out.set(row.event_id!, (out.get(row.event_id!) ?? new Set()).add(row.destination));
      return out;
    },

    /** Deals matching the query, newest report first; text search covers every story of a deal. */
    async search(query: DealQuery): Promise<DealPage> {
      // The caller chooses the page size (the command spec's limits); this only bounds the query.
      const limit = Math.max(1, Math.min(query.limit, 1_000));
      let q = db.selectFrom('deal_events').selectAll();
      const fts = query.text ? toFtsQuery(query.text) : null;
      if (query.text && fts === null) return { deals: [], more: false };
      if (fts) {
        q = q.where(
          'id',
          'in',
          db
            .selectFrom('deals')
            .select('event_id')
            .where(
              'id',
              'in',
              db
                .selectFrom('deals_fts')
                .select('rowid')
                .where(sql<boolean>`deals_fts match ${fts}`),
            ) as never,
        );
      }
      const companies = (query.companies ?? []).map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
      if (companies.length > 0) {
        const stories = db
          .selectFrom('deal_companies')
          .select('deal_id')
          .where(sql<boolean>`lower(name) in (${sql.join(companies)})`);
        q = q.where('id', 'in', db.selectFrom('deals').select('event_id').where('id', 'in', stories) as never);
      }
      if (query.type) q = q.where('type', '=', query.type);
      if (query.since) q = q.where('last_at', '>=', query.since.getTime());
      if (query.destination) {
        q = q.where(
          'id',
          'in',
          db.selectFrom('deliveries').select('event_id').where('destination', '=', query.destination).where('kind', '=', 'alert') as never,
        );
      }
      const rows = await q
        .orderBy('last_at', 'desc')
        .orderBy('id', 'desc')
        .limit(limit + 1)
        .execute();
      return { deals: rows.slice(0, limit).map(toDealRecord), more: rows.length > limit };
    },

    async byId(id: number): Promise<DealRecord | null> {
      const row = await db.selectFrom('deal_events').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toDealRecord(row) : null;
    },

    /** The deal with every report (source and time) and every change, oldest first. */
    async timeline(id: number): Promise<DealTimeline | null> {
      const row = await db.selectFrom('deal_events').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const reports = await db
        .selectFrom('deals')
        .innerJoin('items', 'items.id', 'deals.item_id')
        .select([...reportColumns, 'deals.why'])
        .where('deals.event_id', '=', id)
        .orderBy('deals.id')
        .execute();
      const reportById = new Map(reports.map((r) => [r.id, toReport(r)]));
      const history = await db.selectFrom('deal_event_history').selectAll().where('event_id', '=', id).orderBy('id').execute();
      const entries: TimelineEntry[] = [];
      for (const h of history) {
        const report = h.deal_id !== null ? (reportById.get(h.deal_id) ?? null) : null;
        const detail = JSON.parse(h.detail_json) as Record<string, unknown>;
        // A change happened when the report that brought it was published.
        const at = report ? report.publishedAt : new Date(h.at);
        if (h.kind === 'report' && report) entries.push({ kind: 'report', at: report.publishedAt, report });
        else if (h.kind === 'status') entries.push({ kind: 'status', at, from: detail.from as DealLifecycle, to: detail.to as DealLifecycle, report });
        else if (h.kind === 'regulatory') entries.push({ kind: 'regulatory', at, step: detail.step as RegulatoryStep, report });
        else if (h.kind === 'amount')
          entries.push({ kind: 'amount', at, from: (detail.from as DealAmount | null) ?? null, to: detail.to as DealAmount, report });
      }
      // Oldest first by publication; a report comes before the changes it brought.
      const order = (e: TimelineEntry) => (e.kind === 'report' ? 0 : 1);
      entries.sort((a, b) => a.at.getTime() - b.at.getTime() || order(a) - order(b));
      return { deal: toDealRecord(row), why: reports.find((r) => r.why)?.why ?? null, entries };
    },

    async count(): Promise<number> {
      const r = await db
        .selectFrom('deal_events')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
  });
}

export type EventRepository = ReturnType<typeof createEventRepository>;

// Kysely table types. Times are stored as integer milliseconds since the epoch.
import type { Generated } from 'kysely';

export interface FeedsTable {
  id: Generated<number>;
  url: string;
  name: string | null;
  source: string;
  trusted: number;
  backfill: Generated<number>;
  etag: string | null;
  last_modified: string | null;
  first_polled_at: number | null;
  last_attempt_at: number | null;
  last_success_at: number | null;
  error_count: Generated<number>;
  last_error: string | null;
  last_error_code: string | null;
  next_poll_at: Generated<number>;
  min_interval_seconds: number | null;
  disabled_reason: string | null;
  removed_at: number | null;
  created_at: number;
  title: string | null;
  last_warning: string | null;
  removed_by: string | null;
  edited_at: number | null;
  body_hash: string | null;
}

export interface ItemsTable {
  id: Generated<number>;
  feed_id: number;
  identity_hash: string;
  guid: string | null;
  url: string | null;
  canonical_url: string | null;
  title: string;
  text: string;
  published_at: number;
  first_seen_at: number;
  duplicate_of: number | null;
  content_hash: string | null;
}

export interface DealsTable {
  id: Generated<number>;
  item_id: number;
  type: string | null;
  score: number;
  is_deal: number;
  amount_value: number | null;
  amount_currency: string | null;
  amount_text: string | null;
  summary: string;
  companies_json: string;
  title: string;
  url: string | null;
  source: string | null;
  published_at: number;
  created_at: number;
  event_id: number | null;
  why: string | null;
}

export interface DealEventsTable {
  id: Generated<number>;
  type: string;
  status: string;
  regulatory: string | null;
  amount_value: number | null;
  amount_currency: string | null;
  amount_text: string | null;
  title: string;
  summary: string;
  url: string | null;
  source: string | null;
  score: number;
  companies_json: string;
  /** The grouping snapshot (parties, buyer, target, years, round, shingles); null for deals migrated from before. */
  facts_json: string | null;
  first_at: number;
  last_at: number;
  first_seen_at: number;
  report_count: Generated<number>;
  partyless: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface DealEventPartiesTable {
  event_id: number;
  party_key: string;
}

export interface DealEventHistoryTable {
  id: Generated<number>;
  event_id: number;
  deal_id: number | null;
  at: number;
  kind: string;
  detail_json: string;
}

export interface DealCompaniesTable {
  deal_id: number;
  name: string;
  role: string;
  watched: number;
}

export interface DealsFtsTable {
  rowid: number;
  title: string;
  summary: string;
  parties: string;
}

export interface DeliveriesTable {
  id: Generated<number>;
  deal_id: number;
  destination: string;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: Generated<number>;
  last_error: string | null;
  external_id: string | null;
  created_at: number;
  delivered_at: number | null;
  event_id: number | null;
  kind: Generated<string>;
  parent_id: number | null;
  payload_json: string | null;
}

export interface WatchlistTable {
  id: Generated<number>;
  name: string;
  aliases_json: string;
  tickers_json: string;
  match: string;
  source: string;
  removed_at: number | null;
  created_at: number;
  removed_by: string | null;
  edited_at: number | null;
}

export interface CountersTable {
  name: string;
  label: string;
  value: number;
}

export interface DigestsTable {
  destination: string;
  until_at: number;
  sent_at: number;
}

export interface CyclesTable {
  id: Generated<number>;
  started_at: number;
  finished_at: number | null;
  feeds_polled: Generated<number>;
  not_modified: Generated<number>;
  failed: Generated<number>;
  new_items: Generated<number>;
  alerts: Generated<number>;
}

export interface Database {
  feeds: FeedsTable;
  items: ItemsTable;
  deals: DealsTable;
  deal_events: DealEventsTable;
  deal_event_parties: DealEventPartiesTable;
  deal_event_history: DealEventHistoryTable;
  deal_companies: DealCompaniesTable;
  deals_fts: DealsFtsTable;
  deliveries: DeliveriesTable;
  watchlist: WatchlistTable;
  counters: CountersTable;
  cycles: CyclesTable;
  digests: DigestsTable;
}

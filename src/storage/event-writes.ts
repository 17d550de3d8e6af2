// The writes that make a story part of a deal, inside the poll's one transaction: a new
// deal, or an update to one (its parties, status, step, amount, report count), the history
// row for each change, and the outbox rows for each destination.
import type BetterSqlite3 from 'better-sqlite3';
import type { DealAnalysis } from '../model/deal.js';
import type { EventAssignment, PlannedDelivery } from '../pipeline/ports.js';
import { lookupKeys } from '../pipeline/ports.js';
import { factsJson } from './event-repository.js';

export interface StoryRow {
  readonly dealId: number;
  readonly title: string;
  readonly url: string | null;
  readonly source: string | null;
  readonly publishedAt: number;
  readonly firstSeenAt: number;
}

/** How many stored party keys are remembered (about 100 bytes each); past it the memory starts again. */
const STORED_KEYS_LIMIT = 100_000;

export function createEventWrites(sqlite: BetterSqlite3.Database) {
  const insertEvent = sqlite.prepare(
    `insert into deal_events (type, status, regulatory, amount_value, amount_currency, amount_text, title, summary, url, source, score,
       companies_json, facts_json, first_at, last_at, first_seen_at, report_count, created_at, updated_at, partyless)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const eventRow = sqlite.prepare(`select companies_json from deal_events where id = ?`);
  const updateEvent = sqlite.prepare(
    `update deal_events set status = ?, regulatory = ?, amount_value = ?, amount_currency = ?, amount_text = ?, companies_json = ?,
       facts_json = ?, first_at = min(first_at, ?), last_at = max(last_at, ?), report_count = report_count + 1, updated_at = ?, partyless = ?
     where id = ?`,
  );
  const insertParty = sqlite.prepare(`insert or ignore into deal_event_parties (event_id, party_key) values (?, ?)`);
  const insertHistory = sqlite.prepare(`insert into deal_event_history (event_id, deal_id, at, kind, detail_json) values (?, ?, ?, ?, ?)`);
  const linkStory = sqlite.prepare(`update deals set event_id = ? where id = ?`);
  const insertDelivery = sqlite.prepare(
    `insert into deliveries (deal_id, event_id, destination, kind, parent_id, status, attempts, next_attempt_at, created_at, payload_json)
     values (?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?) on conflict (deal_id, destination) do nothing`,
  );
  const alertOf = sqlite.prepare(`select id from deliveries where event_id = ? and destination = ? and kind = 'alert' order by id limit 1`).pluck();

  /** Negative refs name deals created earlier in the same batch. */
  const refs = new Map<number, number>();
  // Party keys known to be stored ("event id, key"): each report of a deal names the same parties
  // again, and 96 % of the key inserts were ignored at bench:scale's first poll. Keys of the batch
  // in progress count only once its transaction commits (confirm). Keys are never deleted but with
  // their deal, whose id is not reused, so a remembered key can only be stale for a deal that is gone.
  const storedKeys = new Set<string>();
  let batchKeys: string[] = [];

  return {
    /** Starts a batch: forget the previous batch's new-deal refs. */
    reset(): void {
      refs.clear();
      batchKeys = [];
    },

    /** The batch committed: its party keys are stored. */
    confirm(): void {
      if (storedKeys.size + batchKeys.length > STORED_KEYS_LIMIT) storedKeys.clear();
      for (const k of batchKeys) storedKeys.add(k);
      batchKeys = [];
    },

    /** write links a stored story to its deal (creating it) and returns the deal id and the outbox rows queued. */
    write(
      story: StoryRow,
      analysis: DealAnalysis,
      assignment: EventAssignment,
      deliveries: readonly PlannedDelivery[],
      now: number,
      followUpDelayMs: number,
    ): { eventId: number; isNew: boolean; alerts: number; replies: number } {
      const s = assignment.snapshot;
      let eventId: number;
      const isNew = assignment.kind === 'new' || (assignment.ref < 0 && !refs.has(assignment.ref));
      if (isNew) {
        const info = insertEvent.run(
          s.type,
          s.status,
          s.regulatory,
          s.amount?.value ?? null,
          s.amount?.currency ?? null,
          s.amount?.text ?? null,
          story.title,
          analysis.summary,
          story.url,
          story.source,
          analysis.score,
          JSON.stringify(analysis.companies),
          factsJson(s),
          s.firstAt,
          s.lastAt,
          story.firstSeenAt,
          now,
          now,
          s.parties.length === 0 ? 1 : 0,
        );
        eventId = Number(info.lastInsertRowid);
        if (assignment.ref < 0) refs.set(assignment.ref, eventId);
        insertHistory.run(eventId, story.dealId, now, 'report', JSON.stringify({ status: s.status }));
      } else {
        eventId = assignment.ref < 0 ? refs.get(assignment.ref)! : assignment.ref;
        // New parties a report names are added; the first report's mentions stay.
        const known = JSON.parse((eventRow.get(eventId) as { companies_json: string }).companies_json) as DealAnalysis['companies'];
        const names = new Set(known.map((c) => c.name.toLowerCase()));
        const companies = [...known, ...analysis.companies.filter((c) => c.role !== 'mentioned' && !names.has(c.name.toLowerCase()))];
        updateEvent.run(
          s.status,
          s.regulatory,
          s.amount?.value ?? null,
          s.amount?.currency ?? null,
          s.amount?.text ?? null,
          JSON.stringify(companies),
          factsJson(s),
          story.publishedAt,
          story.publishedAt,
          now,
          s.parties.length === 0 ? 1 : 0,
          eventId,
        );
        insertHistory.run(eventId, story.dealId, now, 'report', '{}');
        if (assignment.kind === 'join')
          for (const change of assignment.changes) insertHistory.run(eventId, story.dealId, now, change.kind, JSON.stringify(change));
      }
      for (const key of lookupKeys(s.parties)) {
        const k = `${eventId} ${key}`;
        if (storedKeys.has(k)) continue;
        insertParty.run(eventId, key);
        batchKeys.push(k);
      }
      linkStory.run(eventId, story.dealId);

      let alerts = 0;
      let replies = 0;
      const changes = assignment.kind === 'join' ? assignment.changes : [];
      for (const d of deliveries) {
        // The deal planned in this batch was not stored (its first story was a copy of one
        // already seen): this story starts it, and its replies become its alerts.
        const kind = isNew ? 'alert' : d.kind;
        const parent = kind === 'alert' ? null : ((alertOf.get(eventId, d.destination) as number | undefined) ?? null);
        // A follow-up waits a little so reports arriving together fold into one reply.
        const at = kind === 'follow-up' ? now + followUpDelayMs : 0;
        const payload = kind === 'lifecycle' ? JSON.stringify(changes) : null;
        const added = insertDelivery.run(story.dealId, eventId, d.destination, kind, parent, at, now, payload).changes;
        if (kind === 'alert') alerts += added;
        else replies += added;
      }
      return { eventId, isNew, alerts, replies };
    },
  };
}

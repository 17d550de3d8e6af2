// The one write that matters most: a feed's new items, the deals they report (new, or
// updated: see event-writes.ts) and the outbox rows for their alerts and follow-ups, plus
// the feed's new fetch state, all in ONE transaction. A crash
// before it commits leaves the items unseen (they are fetched again and alert then);
// a crash after it leaves the alerts pending in the outbox. Nothing is lost or doubled.
//
// It runs on better-sqlite3 prepared statements directly: it is the ingest hot path,
// and a synchronous transaction cannot interleave with other async work.
import type BetterSqlite3 from 'better-sqlite3';
import type { PollCommit, PollCommitResult } from '../pipeline/ports.js';
import { withBusyRetry, type BusyRetry } from './busy-retry.js';
import { createEventWrites } from './event-writes.js';

/** The first 1,000 characters of a text, cut at a word. */
export function leadOf(text: string): string {
  if (text.length <= 1_000) return text;
  const space = text.lastIndexOf(' ', 1_000);
  // Never end on the first half of a surrogate pair.
  const end = space > 800 ? space : /[\uD800-\uDBFF]/.test(text[999]!) ? 999 : 1_000;
  return `${text.slice(0, end)}…`;
}

export function createPollCommitter(sqlite: BetterSqlite3.Database, retry: BusyRetry) {
  const insertItem = sqlite.prepare(
    `insert into items (feed_id, identity_hash, guid, url, canonical_url, title, text, published_at, first_seen_at, duplicate_of, content_hash)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (feed_id, identity_hash) do nothing`,
  );
  // A syndicated copy: the same title and text under another URL, in another feed.
  const sameText = sqlite.prepare(`select id from items where content_hash = ? and feed_id != ? order by id limit 1`).pluck();
  const events = createEventWrites(sqlite);
  // The same deal story from other feeds, for a whole batch in one query: the URLs travel as JSON.
  // Only deal stories carry a content hash, and only they are in the URL index (migration 006).
  const sameUrls = sqlite.prepare(
    `select canonical_url as url, min(id) as id from items
     where canonical_url in (select value from json_each(?)) and content_hash is not null and feed_id != ? group by canonical_url`,
  );
  const insertDeal = sqlite.prepare(
    `insert into deals (item_id, type, score, is_deal, amount_value, amount_currency, amount_text, summary, companies_json, title, url, source, published_at, created_at, why)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCompany = sqlite.prepare(`insert into deal_companies (deal_id, name, role, watched) values (?, ?, ?, ?)`);
  const insertFts = sqlite.prepare(`insert into deals_fts (rowid, title, summary, parties) values (?, ?, ?, ?)`);
  const updateFeed = sqlite.prepare(
    `update feeds set etag = ?, last_modified = ?, last_attempt_at = ?, last_success_at = ?, error_count = 0,
       last_error = null, last_error_code = null, next_poll_at = ?, min_interval_seconds = ?,
       first_polled_at = coalesce(first_polled_at, ?), url = coalesce(?, url),
       title = coalesce(?, title), last_warning = ?, body_hash = coalesce(?, body_hash)
     where id = ?`,
  );
  // One round trip per feed rather than per item: the hashes travel as a JSON array.
  const seen = sqlite.prepare(`select identity_hash from items where feed_id = ? and identity_hash in (select value from json_each(?))`).pluck();

  const commit = sqlite.transaction((batch: PollCommit): PollCommitResult => {
    let newItems = 0;
    let deals = 0;
    let newDeals = 0;
    let alerts = 0;
    let replies = 0;
    events.reset();
    const urls = batch.items.flatMap((entry) => (entry.item.canonicalUrl ? [entry.item.canonicalUrl] : []));
    const elsewhere = new Map(
      urls.length === 0 ? [] : (sameUrls.all(JSON.stringify(urls), batch.feedId) as { url: string; id: number }[]).map((r) => [r.url, r.id] as const),
    );
    for (const entry of batch.items) {
      const { item } = entry;
      const sameUrl = item.canonicalUrl ? elsewhere.get(item.canonicalUrl) : undefined;
      const sameWords = entry.contentHash === null ? undefined : (sameText.get(entry.contentHash, batch.feedId) as number | undefined);
      const duplicateOf = sameUrl ?? sameWords ?? null;
      const published = item.publishedAt?.getTime() ?? batch.now;
      const info = insertItem.run(
        batch.feedId,
        entry.identityHash,
        item.guid,
        item.url,
        item.canonicalUrl,
        item.title,
        // A deal story keeps its whole text; any other item keeps its lead, which is all a
        // later look at it needs, and spares the database most of the feed's bulk.
        entry.analysis.deal ? item.text : leadOf(item.text),
        published,
        batch.now,
        duplicateOf,
        entry.contentHash,
      );
      if (info.changes === 0) continue;
      newItems++;
      // The same story from another feed was already analysed and alerted there.
      if (duplicateOf !== null) continue;
      const analysis = entry.analysis;
      if (!analysis.deal) continue;
      const dealInfo = insertDeal.run(
        info.lastInsertRowid,
        analysis.type,
        analysis.score,
        1,
        analysis.amount?.value ?? null,
        analysis.amount?.currency ?? null,
        analysis.amount?.text ?? null,
        analysis.summary,
        JSON.stringify(analysis.companies),
        item.title,
        // Alerts link to the canonical URL: the same story, without tracking tags.
        item.canonicalUrl ?? item.url,
        batch.feedName,
        published,
        batch.now,
        entry.why ?? null,
      );
      const dealId = Number(dealInfo.lastInsertRowid);
      deals++;
      for (const company of analysis.companies) insertCompany.run(dealId, company.name, company.role, company.watched ? 1 : 0);
      const parties = analysis.companies
        .filter((c) => c.role !== 'mentioned')
        .map((c) => c.name)
        .join(' ');
      insertFts.run(dealId, item.title, analysis.summary, parties);
      if (entry.event) {
        const url = item.canonicalUrl ?? item.url;
        const written = events.write(
          { dealId, title: item.title, url, source: batch.feedName, publishedAt: published, firstSeenAt: batch.now },
          analysis,
          entry.event,
          entry.deliveries,
          batch.now,
          batch.followUpDelayMs,
        );
        if (written.isNew) newDeals++;
        alerts += written.alerts;
        replies += written.replies;
      }
    }
    const s = batch.state;
    updateFeed.run(
      s.etag,
      s.lastModified,
      batch.now,
      batch.now,
      s.nextPollAt,
      s.minIntervalSeconds,
      batch.now,
      s.newUrl,
      s.title,
      s.warning,
      s.bodyHash,
      batch.feedId,
    );
    return { newItems, deals, newDeals, alerts, replies };
  });

  return Object.freeze({
    /** Which of these identity hashes the feed has already stored. */
    seenHashes(feedId: number, hashes: readonly string[]): Set<string> {
      if (hashes.length === 0) return new Set();
      return new Set(seen.all(feedId, JSON.stringify(hashes)) as string[]);
    },
    /** Commits a feed's batch, waiting out a lock held by another connection. */
    commit: async (batch: PollCommit): Promise<PollCommitResult> => {
      const result = await withBusyRetry(() => commit.immediate(batch), retry);
      events.confirm();
      return result;
    },
  });
}

export type PollCommitter = ReturnType<typeof createPollCommitter>;

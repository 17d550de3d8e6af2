// The watchlist. The config file seeds it; chat and CLI commands edit it afterwards.
// Removal is a soft delete, so a name an admin removed is not re-added from the config.
import { sql, type Kysely } from 'kysely';
import type { NewWatch, WatchAddResult, WatchRemoveResult } from '../commands/ports.js';
import type { MatchMode } from '../model/deal.js';
import type { WatchEntry } from '../model/records.js';
import type { Database } from './tables.js';

export function createWatchlistRepository(db: Kysely<Database>) {
  const findRow = (name: string) =>
    db.selectFrom('watchlist').selectAll().where(sql<boolean>`lower(name) = ${name.trim().toLowerCase()}`).executeTakeFirst();

  return Object.freeze({
    async list(): Promise<WatchEntry[]> {
      const rows = await db.selectFrom('watchlist').selectAll().where('removed_at', 'is', null).orderBy(sql`lower(name)`).execute();
      return rows.map((r) => ({
        name: r.name,
        aliases: JSON.parse(r.aliases_json) as string[],
        tickers: JSON.parse(r.tickers_json) as string[],
        match: r.match as MatchMode,
        source: r.source,
      }));
    },

    async add(entry: NewWatch, source: string, now: number): Promise<WatchAddResult> {
      const existing = await findRow(entry.name);
      if (existing) {
        const aliases = [...new Set([...(existing.removed_at === null ? (JSON.parse(existing.aliases_json) as string[]) : []), ...entry.aliases])];
        const tickers = [...new Set([...(existing.removed_at === null ? (JSON.parse(existing.tickers_json) as string[]) : []), ...entry.tickers])];
        await db
          .updateTable('watchlist')
          .set({ removed_at: null, aliases_json: JSON.stringify(aliases), tickers_json: JSON.stringify(tickers), match: entry.match })
          .where('id', '=', existing.id)
          .execute();
        return existing.removed_at === null ? { kind: 'updated' } : { kind: 'added' };
      }
      await db
        .insertInto('watchlist')
        .values({
          name: entry.name.trim(),
          aliases_json: JSON.stringify(entry.aliases),
          tickers_json: JSON.stringify(entry.tickers),
          match: entry.match,
          source,
          removed_at: null,
          created_at: now,
        })
        .execute();
      return { kind: 'added' };
    },

    async remove(name: string, now: number): Promise<WatchRemoveResult> {
      const existing = await findRow(name);
      if (!existing || existing.removed_at !== null) return { kind: 'not-found' };
      await db.updateTable('watchlist').set({ removed_at: now }).where('id', '=', existing.id).execute();
      return { kind: 'removed', name: existing.name };
    },

    /** Adds config entries never seen before; leaves edited or removed ones alone. */
    async seedFromConfig(entries: readonly NewWatch[], now: number): Promise<number> {
      let added = 0;
      for (const entry of entries) {
        if (await findRow(entry.name)) continue;
        await this.add(entry, 'config', now);
        added++;
      }
      return added;
    },
  });
}

export type WatchlistRepository = ReturnType<typeof createWatchlistRepository>;

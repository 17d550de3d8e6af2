// The watchlist. The config file seeds it; chat and CLI commands edit it afterwards.
// Removal is a soft delete, so a name an admin removed is not re-added from the config.
import { sql, type Kysely } from 'kysely';
import type { NewWatch, WatchAddResult, WatchRemoveResult } from '../commands/ports.js';
import type { MatchMode } from '../model/deal.js';
import type { WatchEntry } from '../model/records.js';
import type { Database } from './tables.js';

export function createWatchlistRepository(db: Kysely<Database>) {
  const findRow = (name: string) =>
    db
      .selectFrom('watchlist')
      .selectAll()
      .where(sql<boolean>`lower(name) = ${name.trim().toLowerCase()}`)
      .executeTakeFirst();

  return Object.freeze({
    async list(): Promise<WatchEntry[]> {
      const rows = await db
        .selectFrom('watchlist')
        .selectAll()
        .where('removed_at', 'is', null)
        .orderBy(sql`lower(name)`)
        .execute();
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
        const revived = existing.removed_at !== null;
        await db
          .updateTable('watchlist')
          .set({
            removed_at: null,
            removed_by: null,
            aliases_json: JSON.stringify(aliases),
            tickers_json: JSON.stringify(tickers),
            match: entry.match,
            // Re-added: it belongs to whoever added it. Changed from chat or the CLI: the
            // database owns it from now on, whatever the config file says.
            source: revived ? source : existing.source,
            edited_at: source === 'config' ? existing.edited_at : now,
          })
          .where('id', '=', existing.id)
          .execute();
        return revived ? { kind: 'added' } : { kind: 'updated' };
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
          removed_by: null,
          edited_at: null,
        })
        .execute();
      return { kind: 'added' };
    },

    async remove(name: string, now: number): Promise<WatchRemoveResult> {
      const existing = await findRow(name);
      if (!existing || existing.removed_at !== null) return { kind: 'not-found' };
      await db.updateTable('watchlist').set({ removed_at: now, removed_by: 'admin' }).where('id', '=', existing.id).execute();
      return { kind: 'removed', name: existing.name };
    },

    /**
     * Makes the watchlist follow the config file: new names are added; a config entry deleted
     * from the file is removed unless chat or the CLI changed it; one the file lists again
     * comes back. A name an admin removed stays removed while the file still lists it.
     */
    async syncFromConfig(entries: readonly NewWatch[], now: number): Promise<{ added: number; removed: string[] }> {
      let added = 0;
      for (const entry of entries) {
        const existing = await findRow(entry.name);
        if (existing && !(existing.removed_at !== null && existing.removed_by === 'config')) continue;
        await this.add(entry, 'config', now);
        added++;
      }
      const listed = new Set(entries.map((e) => e.name.trim().toLowerCase()));
      const rows = await db
        .selectFrom('watchlist')
        .select(['id', 'name'])
        .where('source', '=', 'config')
        .where('removed_at', 'is', null)
        .where('edited_at', 'is', null)
        .execute();
      const removed = rows.filter((r) => !listed.has(r.name.toLowerCase()));
      for (const row of removed) await db.updateTable('watchlist').set({ removed_at: now, removed_by: 'config' }).where('id', '=', row.id).execute();
      return { added, removed: removed.map((r) => r.name) };
    },
  });
}

export type WatchlistRepository = ReturnType<typeof createWatchlistRepository>;

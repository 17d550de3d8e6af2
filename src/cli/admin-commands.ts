// `dealwatch feeds …`, `watch …`, `deals search` and `status`: the same store the bot uses.
import { parseArgs } from 'node:util';
import { DEAL_TYPES, type DealType } from '../model/deal.js';
import { parseIsoDate, statusBlock } from '../commands/index.js';
import type { App } from '../app/create-app.js';
import { probeFeed } from '../pipeline/probe-feed.js';
import { firstPollAt } from '../schedule/index.js';
import { print, UsageError, type CliContext } from './cli-context.js';

const iso = (d: Date | null) => (d ? d.toISOString().replace('.000Z', 'Z') : '-');

export async function feedsCommand(ctx: CliContext, app: App, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  const now = Date.now();
  switch (sub) {
    case undefined:
    case 'list': {
      const feeds = await app.store.feeds.list();
      if (feeds.length === 0) print(ctx.stdout, 'No feeds. Add one with: dealwatch feeds add <url>');
      for (const f of feeds) {
        const state = f.disabledReason ? `DISABLED: ${f.disabledReason}` : f.errorCount > 0 ? `failing x${f.errorCount}: ${f.lastError} (next try ${iso(f.nextPollAt)})` : 'ok';
        print(ctx.stdout, `#${f.id}  ${f.name ?? '(unnamed)'}  ${f.url}`);
        print(ctx.stdout, `     ${state}; last success ${iso(f.lastSuccessAt)}; next poll ${iso(f.nextPollAt)}; source ${f.source}`);
      }
      return 0;
    }
    case 'add': {
      const { values, positionals } = parseArgs({ args: [...rest], options: { name: { type: 'string' } }, allowPositionals: true });
      const url = positionals[0];
      if (!url) throw new UsageError('usage: dealwatch feeds add <url> [--name N]');
      // The operator at the CLI is trusted like the config file: private addresses allowed.
      const probe = await probeFeed(app.fetcher, url, { restrictToPublic: false });
      if (probe.kind === 'refused') {
        print(ctx.stderr, `not added: ${probe.reason}`);
        return 1;
      }
      const result = await app.store.feeds.add({ url: probe.url, name: values.name ?? probe.title, source: 'cli', trusted: true, backfill: 0 }, now, firstPollAt(probe.url, now, 0));
      print(ctx.stdout, result.kind === 'added' ? `added feed #${result.feed.id} (${probe.itemCount} items; the first poll stores them without alerting)` : `already present as feed #${result.feed.id}`);
      return 0;
    }
    case 'remove': {
      const target = rest[0];
      if (!target) throw new UsageError('usage: dealwatch feeds remove <id-or-url>');
      const feed = await app.store.feeds.find(target);
      if (!feed) {
        print(ctx.stderr, `no feed matches "${target}"; see dealwatch feeds list`);
        return 1;
      }
      await app.store.feeds.remove(feed.id, now);
      print(ctx.stdout, `removed feed #${feed.id} ${feed.url}`);
      return 0;
    }
    default:
      throw new UsageError('usage: dealwatch feeds list | add <url> [--name N] | remove <id-or-url>');
  }
}

export async function watchCommand(ctx: CliContext, app: App, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  switch (sub) {
    case undefined:
    case 'list': {
      const entries = await app.store.watchlist.list();
      if (entries.length === 0) print(ctx.stdout, 'The watchlist is empty. Add with: dealwatch watch add <name> [--alias A]');
      for (const e of entries) {
        const extras = [e.aliases.length ? `aliases: ${e.aliases.join(', ')}` : '', e.tickers.length ? `tickers: ${e.tickers.join(', ')}` : '', e.match !== 'auto' ? `match: ${e.match}` : '']
          .filter(Boolean)
          .join('; ');
        print(ctx.stdout, `${e.name}${extras ? `  (${extras})` : ''}`);
      }
      return 0;
    }
    case 'add': {
      const { values, positionals } = parseArgs({
        args: [...rest],
        options: { alias: { type: 'string', multiple: true }, ticker: { type: 'string', multiple: true } },
        allowPositionals: true,
      });
      const name = positionals.join(' ').trim();
      if (!name) throw new UsageError('usage: dealwatch watch add <name> [--alias A]… [--ticker T]…');
      const result = await app.store.watchlist.add({ name, aliases: values.alias ?? [], tickers: values.ticker ?? [], match: 'auto' }, 'cli', Date.now());
      print(ctx.stdout, result.kind === 'added' ? `now watching ${name}` : `${name} was already watched; aliases updated`);
      return 0;
    }
    case 'remove': {
      const name = rest.join(' ').trim();
      if (!name) throw new UsageError('usage: dealwatch watch remove <name>');
      const result = await app.store.watchlist.remove(name, Date.now());
      if (result.kind === 'not-found') {
        print(ctx.stderr, `${name} is not on the watchlist`);
        return 1;
      }
      print(ctx.stdout, `stopped watching ${result.name}`);
      return 0;
    }
    default:
      throw new UsageError('usage: dealwatch watch list | add <name> [--alias A]… | remove <name>');
  }
}

export async function dealsCommand(ctx: CliContext, app: App, args: readonly string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'search') throw new UsageError('usage: dealwatch deals search [<text>] [--company C] [--type T] [--since YYYY-MM-DD] [--limit N] [--json]');
  const { values, positionals } = parseArgs({
    args: [...rest],
    options: { company: { type: 'string' }, type: { type: 'string' }, since: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (values.type && !(DEAL_TYPES as readonly string[]).includes(values.type)) throw new UsageError(`--type must be one of ${DEAL_TYPES.join(', ')}`);
  const since = values.since ? parseIsoDate(values.since) : null;
  if (values.since && !since) throw new UsageError('--since must be a date like 2025-07-01');
  const limit = values.limit ? Number(values.limit) : 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError('--limit must be a whole number from 1 to 100');
  const page = await app.store.deals.search({
    text: positionals.join(' ') || null,
    company: values.company ?? null,
    type: (values.type as DealType | undefined) ?? null,
    since,
    limit,
  });
  for (const d of page.deals) {
    if (values.json) {
      print(ctx.stdout, JSON.stringify({ id: d.id, title: d.title, url: d.url, type: d.type, score: d.score, amount: d.amount, companies: d.companies, summary: d.summary, published: d.publishedAt.toISOString(), source: d.source }));
    } else {
      const parties = d.companies.filter((c) => c.role !== 'mentioned').map((c) => `${c.name} (${c.role})`).join(', ');
      print(ctx.stdout, `${d.publishedAt.toISOString().slice(0, 10)}  ${d.type ?? 'deal'}  ${d.title}`);
      print(ctx.stdout, `            ${parties || 'no parties identified'}${d.amount ? ` · ${d.amount.text}` : ''}${d.url ? ` · ${d.url}` : ''}`);
    }
  }
  if (!values.json) print(ctx.stdout, page.deals.length === 0 ? 'no deals found' : page.more ? `(more exist; raise --limit or narrow the search)` : '');
  return 0;
}

export async function statusCommand(ctx: CliContext, app: App): Promise<number> {
  const status = await statusBlock({ store: app.store, now: Date.now });
  if (status.kind !== 'status') return 1;
  print(ctx.stdout, `feeds: ${status.healthy} healthy, ${status.backingOff.length} backing off, ${status.disabled.length} disabled`);
  for (const f of status.backingOff) print(ctx.stdout, `  backing off  #${f.id} ${f.url}: ${f.lastError} (x${f.errorCount}, next try ${iso(f.nextPollAt)})`);
  for (const f of status.disabled) print(ctx.stdout, `  disabled     #${f.id} ${f.url}: ${f.disabledReason}`);
  const c = status.lastCycle;
  print(ctx.stdout, c ? `last cycle: finished ${iso(c.finishedAt)}; ${c.feedsPolled} polled, ${c.notModified} not modified, ${c.failed} failed, ${c.newItems} new items, ${c.alerts} alerts` : 'last cycle: none yet');
  const pending = Object.entries(status.pending);
  print(ctx.stdout, pending.length === 0 ? 'pending deliveries: none' : `pending deliveries: ${pending.map(([d, n]) => `${d} ${n}`).join(', ')}`);
  return 0;
}

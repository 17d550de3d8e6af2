// Runs a parsed command: authorize, act, and answer as a neutral Reply. Every door (Slack,
// Discord, the CLI) calls exactly this; it knows nothing about any platform's markup.
// The one module, not intel/index: the bot's process answers commands without loading the analyzer (ADR 0006).
import { parseTicker } from '../intel/sec.js';
import { redactUrl, redactUrls } from '../text/redact.js';
import type { DealPage, FeedRecord, WatchEntry } from '../model/records.js';
import type { ParsedCommand } from './arg-values.js';
import { COMMANDS, LIST_LIMIT } from './command-spec.js';
import { DIGEST_MAX, buildDigest, digestSince } from './digest.js';
import type { CommandStore, FeedProbe } from './ports.js';
import type { Actor, Reply, ReplyBlock } from './reply.js';
import type { SubcommandSpec } from './spec-types.js';

export interface CommandDeps {
  readonly store: CommandStore;
  readonly probeFeed: (url: string, options: { restrictToPublic: boolean }) => Promise<FeedProbe>;
  readonly admins: { readonly slack: readonly string[]; readonly discord: readonly string[] };
  readonly allowPrivateFeedUrls: boolean;
  readonly now: () => number;
  /** When a feed added now should first be polled. */
  readonly firstPollAt: (url: string) => number;
}

export function isAdmin(actor: Actor, admins: CommandDeps['admins']): boolean {
  switch (actor.platform) {
    case 'cli':
      // Whoever runs the CLI already holds the database and the config.
      return true;
    case 'slack':
      return admins.slack.includes(actor.userId);
    case 'discord':
      return actor.platformAdmin || admins.discord.includes(actor.userId);
  }
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

function refusal(actor: Actor): Reply {
  const who = actor.platform === 'discord' ? 'members with Manage Server, or users listed in admins.discord' : 'users listed in admins.slack';
  return { visibility: 'ephemeral', blocks: [{ kind: 'error', text: `Sorry, only dealwatch admins can do that (${who}). Nothing was changed.` }] };
}

function dealsBlock(page: DealPage, hint: string): ReplyBlock {
  if (page.deals.length === 0) return { kind: 'text', text: 'No deals found.' };
  return { kind: 'deals', deals: page.deals, more: page.more, moreHint: page.more ? hint : null };
}

/**
 * companyNames resolves what a person typed to the canonical names deals are stored
 * under: "Alphabet" (an alias), "GOOGL" or "$GOOGL" (a ticker) all find Google's deals.
 */
export function companyNames(typed: string, watchlist: readonly WatchEntry[]): string[] {
  const wanted = typed.trim().toLowerCase();
  const ticker = parseTicker(typed)?.symbol ?? null;
  const matches = watchlist.filter(
    (w) => w.name.toLowerCase() === wanted || w.aliases.some((a) => a.toLowerCase() === wanted) || (ticker !== null && w.tickers.includes(ticker)),
  );
  return [...new Set([typed.trim(), ...matches.map((w) => w.name)])];
}

/** Tickers as the watchlist keeps them: "$vmw" and "NYSE: VMW" are both VMW. */
export function normalizeTickers(tickers: readonly string[]): { ok: true; tickers: string[] } | { ok: false; bad: string } {
  const out: string[] = [];
  for (const raw of tickers) {
    const parsed = parseTicker(raw);
    if (!parsed) return { ok: false, bad: raw };
    if (!out.includes(parsed.symbol)) out.push(parsed.symbol);
  }
  return { ok: true, tickers: out };
}

export async function executeCommand(command: ParsedCommand, actor: Actor, deps: CommandDeps): Promise<Reply> {
  // Checked on every call, whatever the door already enforced (Discord admins can
  // override default_member_permissions, so the platform's check is not enough).
  const spec = (COMMANDS[command.command].subcommands as Readonly<Record<string, SubcommandSpec>>)[command.action];
  const admin = isAdmin(actor, deps.admins);
  if (spec?.admin && !admin) return refusal(actor);
  const reply = (...blocks: ReplyBlock[]): Reply => ({ visibility: command.public ? 'public' : 'ephemeral', blocks });
  const { store } = deps;

  switch (command.command) {
    case 'deals':
      switch (command.action) {
        case 'help':
          return reply({ kind: 'usage', command: 'deals', action: null });
        case 'recent': {
          const page = await store.deals.search({ limit: command.args.n });
          return reply(
            { kind: 'heading', text: 'Recent deals' },
            dealsBlock(page, 'Older deals exist; narrow with since <date>, company <name> or search <text>.'),
          );
        }
        case 'search': {
          const { text, company, type, since, limit } = command.args;
          const companies = company ? companyNames(company, await store.watchlist.list()) : null;
          const page = await store.deals.search({ text: text ?? null, companies, type: type ?? null, since: since ?? null, limit });
          const filters = [
            text ? `"${text}"` : null,
            company ? `company ${company}` : null,
            type ? `type ${type.replace('_', ' ')}` : null,
            since ? `since ${day(since)}` : null,
          ].filter(Boolean);
          return reply(
            { kind: 'heading', text: filters.length > 0 ? `Deals matching ${filters.join(', ')}` : 'Recent deals' },
            dealsBlock(page, `Showing the ${page.deals.length} newest; refine the search or raise the limit (at most 50).`),
          );
        }
        case 'company': {
          const { name, since } = command.args;
          const page = await store.deals.search({ companies: companyNames(name, await store.watchlist.list()), since: since ?? null, limit: LIST_LIMIT });
          return reply(
            { kind: 'heading', text: `Deals involving ${name}${since ? ` since ${day(since)}` : ''}` },
            dealsBlock(page, since ? `Showing the ${LIST_LIMIT} newest; use a later date to narrow.` : 'Add "since <YYYY-MM-DD>" to narrow to a period.'),
          );
        }
        case 'type': {
          const page = await store.deals.search({ type: command.args.type, limit: LIST_LIMIT });
          return reply({ kind: 'heading', text: `Recent ${command.args.type.replace('_', ' ')} deals` }, dealsBlock(page, `Showing the ${LIST_LIMIT} newest.`));
        }
        case 'since': {
          const page = await store.deals.search({ since: command.args.date, limit: LIST_LIMIT });
          return reply({ kind: 'heading', text: `Deals since ${day(command.args.date)}` }, dealsBlock(page, 'Use a later date to narrow the list.'));
        }
        case 'show': {
          const timeline = await store.deals.timeline(command.args.id);
          if (!timeline) return reply({ kind: 'error', text: `There is no deal #${command.args.id}; the lists show each deal's id as #id.` });
          return reply({ kind: 'timeline', timeline });
        }
        case 'digest': {
          const period = command.args.period?.toLowerCase() === 'day' ? 'day' : 'week';
          const since = digestSince(period, deps.now());
          const page = await store.deals.search({ since, limit: DIGEST_MAX });
          return reply({ kind: 'digest', digest: buildDigest(page.deals, since, new Date(deps.now()), page.more) });
        }
        case 'status':
          return reply({ kind: 'heading', text: 'dealwatch status' }, await statusBlock(deps, admin));
      }
      break;
    case 'watchlist':
      switch (command.action) {
        case 'list': {
          const entries = await store.watchlist.list();
          return reply(
            { kind: 'heading', text: `Watchlist (${entries.length})` },
            { kind: 'watchlist', entries, moreHint: "The CLI's `dealwatch watch list` shows them all." },
          );
        }
        case 'add': {
          const { name, aliases } = command.args;
          const tickers = normalizeTickers(command.args.tickers);
          if (!tickers.ok)
            return reply({ kind: 'error', text: `"${tickers.bad}" is not a ticker; give one like NVDA, $NVDA or NASDAQ:NVDA. Nothing was changed.` });
          const source = actor.platform === 'cli' ? 'cli' : `${actor.platform}:${actor.userId}`;
          const result = await store.watchlist.add({ name, aliases, tickers: tickers.tickers, match: 'auto' }, source, deps.now());
          const extras = [
            aliases.length > 0 ? `aliases: ${aliases.join(', ')}` : null,
            tickers.tickers.length > 0 ? `tickers: ${tickers.tickers.join(', ')}` : null,
          ].filter(Boolean);
          const extraText = extras.length > 0 ? ` (${extras.join('; ')})` : '';
          return reply({
            kind: 'text',
            text:
              result.kind === 'added' ? `Now watching ${name}${extraText}. The next poll uses it.` : `${name} was already watched; names updated${extraText}.`,
          });
        }
        case 'remove': {
          const result = await store.watchlist.remove(command.args.name, deps.now());
          return result.kind === 'removed'
            ? reply({ kind: 'text', text: `Stopped watching ${result.name}.` })
            : reply({ kind: 'error', text: `${command.args.name} is not on the watchlist. See the watchlist's list.` });
        }
      }
      break;
    case 'feeds':
      switch (command.action) {
        case 'list': {
          const feeds = await store.feeds.list();
          return reply(
            { kind: 'heading', text: `Feeds (${feeds.length})` },
            { kind: 'feeds', feeds, moreHint: "The CLI's `dealwatch feeds list` shows them all." },
          );
        }
        case 'add': {
          // The operator at the CLI is trusted like the config file; chat is not.
          const trusted = actor.platform === 'cli';
          const probe = await deps.probeFeed(command.args.url, { restrictToPublic: !trusted && !deps.allowPrivateFeedUrls });
          if (probe.kind === 'refused') return reply({ kind: 'error', text: `Not added: ${redactUrls(probe.reason)}` });
          const { name, backfill } = command.args;
          const result = await store.feeds.add(
            { url: probe.url, name: name ?? probe.title, source: actor.platform === 'cli' ? 'cli' : 'chat', trusted, backfill },
            deps.now(),
            deps.firstPollAt(probe.url),
          );
          if (result.kind === 'exists') return reply({ kind: 'text', text: `Already polling ${redactUrl(probe.url)} (feed #${result.feed.id}).` });
          const first = backfill > 0 ? `its first poll alerts on the newest ${backfill} and stores the rest` : 'its first poll stores them without alerting';
          return reply({
            kind: 'text',
            text: `Added feed #${result.feed.id}: ${name ?? probe.title ?? redactUrl(probe.url)} (${probe.itemCount} items now; ${first}).`,
          });
        }
        case 'remove': {
          const feed = await store.feeds.find(command.args.target);
          if (!feed) return reply({ kind: 'error', text: `No feed matches "${command.args.target}". See the feeds list.` });
          await store.feeds.remove(feed.id, deps.now());
          return reply({ kind: 'text', text: `Removed feed #${feed.id}: ${feed.name ?? redactUrl(feed.url)}.` });
        }
      }
      break;
    case 'outbox':
      switch (command.action) {
        case 'list': {
          const letters = await store.outbox.deadLetters();
          return reply(
            { kind: 'heading', text: `Dead-lettered alerts (${letters.length})` },
            letters.length > 0 ? { kind: 'dead-letters', letters } : { kind: 'text', text: 'No dead-lettered alerts.' },
          );
        }
        case 'retry':
        case 'drop': {
          const result = await store.outbox.resolveDead(command.args.id, command.action, deps.now());
          switch (result.kind) {
            case 'not-found':
              return reply({ kind: 'error', text: `No delivery #${command.args.id}. See outbox list.` });
            case 'not-dead':
              return reply({ kind: 'error', text: `Delivery #${command.args.id} is ${result.status}, not dead-lettered; nothing was changed.` });
            case 'retried':
              return reply({
                kind: 'text',
                text: `Delivery #${command.args.id} is back in line for ${result.destination}; it goes out with the next delivery pass.`,
              });
            case 'dropped':
              return reply({ kind: 'text', text: `Delivery #${command.args.id} to ${result.destination} was dropped.` });
          }
          break;
        }
      }
      break;
  }
  // Unreachable with a well-typed ParsedCommand: every spec entry has its case above.
  return command satisfies never;
}

/** Why a poll now would fetch nothing (no feeds, all disabled, none due yet), or null. */
export function idleReason(feeds: readonly FeedRecord[], now: number): string | null {
  const active = feeds.filter((f) => f.disabledReason === null);
  if (feeds.length === 0) return 'no feeds: add one to the config file or with feeds add <url>';
  if (active.length === 0) return 'every feed is disabled';
  const nextDue = Math.min(...active.map((f) => f.nextPollAt.getTime()));
  return nextDue > now ? `no feed is due until ${new Date(nextDue).toISOString().replace('.000Z', 'Z')}` : null;
}

export async function statusBlock(deps: Pick<CommandDeps, 'store' | 'now'>, details: boolean): Promise<ReplyBlock> {
  const [feeds, lastCycle, pending, watchlist, dead] = await Promise.all([
    deps.store.feeds.list(),
    deps.store.stats.lastFinishedCycle(),
    deps.store.outbox.pendingSummary(),
    deps.store.watchlist.list(),
    deps.store.outbox.deadLetters(),
  ]);
  const disabled = feeds.filter((f) => f.disabledReason !== null);
  const backingOff = feeds.filter((f) => f.disabledReason === null && f.errorCount > 0);
  const idle = idleReason(feeds, deps.now());
  return {
    kind: 'status',
    healthy: feeds.length - disabled.length - backingOff.length,
    backingOff: backingOff.length,
    disabled: disabled.length,
    troubled: details ? [...disabled, ...backingOff] : null,
    lastCycle,
    pending: details ? pending : pending.map((p) => ({ ...p, reason: null })),
    deadLetters: dead.length,
    deadLetterDetails: details ? dead : null,
    watchlistSize: watchlist.length,
    idleReason: idle,
  };
}

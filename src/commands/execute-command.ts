// Runs a parsed command: authorize, act, and answer as a neutral Reply. Shared by
// Slack, Discord and the tests; it knows nothing about either platform's markup.
import type { ProbeResult } from '../pipeline/probe-feed.js';
import type { Store } from '../storage/store.js';
import type { Actor, ParsedCommand, Reply, ReplyBlock } from './command-types.js';
import { USAGE } from './parse-command-text.js';

export interface CommandDeps {
  readonly store: Pick<Store, 'deals' | 'watchlist' | 'feeds' | 'outbox' | 'stats'>;
  readonly probeFeed: (url: string, options: { restrictToPublic: boolean }) => Promise<ProbeResult>;
  readonly admins: { readonly slack: readonly string[]; readonly discord: readonly string[] };
  readonly allowPrivateFeedUrls: boolean;
  readonly now: () => number;
  /** When a feed added now should first be polled. */
  readonly firstPollAt: (url: string) => number;
}

const PAGE = 10;

export function isAdmin(actor: Actor, admins: CommandDeps['admins']): boolean {
  switch (actor.platform) {
    case 'cli':
      return true;
    case 'slack':
      return admins.slack.includes(actor.userId);
    case 'discord':
      return actor.platformAdmin || admins.discord.includes(actor.userId);
  }
}

const reply = (command: ParsedCommand, ...blocks: ReplyBlock[]): Reply => ({
  visibility: command.public ? 'public' : 'ephemeral',
  blocks,
});

export async function executeCommand(command: ParsedCommand, actor: Actor, deps: CommandDeps): Promise<Reply> {
  // Checked on every call, whatever the platform already enforced (Discord admins can
  // override default_member_permissions, so the platform's check is not enough).
  const needsAdmin = command.command === 'feeds' || (command.command === 'watchlist' && command.action !== 'list');
  if (needsAdmin && !isAdmin(actor, deps.admins)) {
    return {
      visibility: 'ephemeral',
      blocks: [
        {
          kind: 'error',
          text:
            actor.platform === 'discord'
              ? 'Sorry, only dealwatch admins can do that (members with Manage Server, or users listed in admins.discord). Nothing was changed.'
              : 'Sorry, only dealwatch admins can do that (users listed in admins.slack). Nothing was changed.',
        },
      ],
    };
  }
  const { store } = deps;

  switch (command.command) {
    case 'deals': {
      switch (command.action) {
        case 'help':
          return reply(command, { kind: 'usage', text: USAGE.deals });
        case 'recent': {
          const page = await store.deals.search({ limit: command.limit });
          return reply(command, { kind: 'heading', text: 'Recent deals' }, dealsBlock(page, 'Older deals exist; narrow with /deals since <date>, company <name> or search <text>.'));
        }
        case 'search': {
          const page = await store.deals.search({ text: command.text, limit: PAGE });
          return reply(command, { kind: 'heading', text: `Deals matching "${command.text}"` }, dealsBlock(page, 'Refine the search to see older matches.'));
        }
        case 'company': {
          const page = await store.deals.search({ company: command.company, since: command.since, limit: PAGE });
          const period = command.since ? ` since ${command.since.toISOString().slice(0, 10)}` : '';
          return reply(
            command,
            { kind: 'heading', text: `Deals involving ${command.company}${period}` },
            dealsBlock(page, command.since ? 'Showing the 10 newest; use a later date to narrow.' : 'Add "since <YYYY-MM-DD>" to narrow to a period.'),
          );
        }
        case 'type': {
          const page = await store.deals.search({ type: command.type, limit: PAGE });
          return reply(command, { kind: 'heading', text: `Recent ${command.type.replace('_', ' ')} deals` }, dealsBlock(page, 'Showing the 10 newest.'));
        }
        case 'since': {
          const page = await store.deals.search({ since: command.since, limit: PAGE });
          return reply(command, { kind: 'heading', text: `Deals since ${command.since.toISOString().slice(0, 10)}` }, dealsBlock(page, 'Use a later date to narrow the list.'));
        }
        case 'status':
          return reply(command, { kind: 'heading', text: 'dealwatch status' }, await statusBlock(deps));
      }
      break;
    }
    case 'watchlist': {
      switch (command.action) {
        case 'list': {
          const entries = await store.watchlist.list();
          return reply(command, { kind: 'heading', text: `Watchlist (${entries.length})` }, {
            kind: 'watchlist',
            entries: entries.slice(0, PAGE),
            more: entries.length > PAGE,
            moreHint: entries.length > PAGE ? `…and ${entries.length - PAGE} more; the CLI's \`dealwatch watch list\` shows all.` : null,
          });
        }
        case 'add': {
          const result = await store.watchlist.add({ name: command.name, aliases: command.aliases, tickers: [], match: 'auto' }, `${actor.platform}:${actor.userId}`, deps.now());
          const aliasText = command.aliases.length > 0 ? ` (aliases: ${command.aliases.join(', ')})` : '';
          return reply(command, {
            kind: 'text',
            text: result.kind === 'added' ? `Now watching ${command.name}${aliasText}. The next poll uses it.` : `${command.name} was already watched; aliases updated${aliasText}.`,
          });
        }
        case 'remove': {
          const result = await store.watchlist.remove(command.name, deps.now());
          return reply(command, result.kind === 'removed' ? { kind: 'text', text: `Stopped watching ${result.name}.` } : { kind: 'error', text: `${command.name} is not on the watchlist. See /watchlist list.` });
        }
      }
      break;
    }
    case 'feeds': {
      switch (command.action) {
        case 'list': {
          const feeds = await store.feeds.list();
          return reply(command, { kind: 'heading', text: `Feeds (${feeds.length})` }, {
            kind: 'feeds',
            feeds: feeds.slice(0, PAGE),
            more: feeds.length > PAGE,
            moreHint: feeds.length > PAGE ? `…and ${feeds.length - PAGE} more; the CLI's \`dealwatch feeds list\` shows all.` : null,
          });
        }
        case 'add': {
          const probe = await deps.probeFeed(command.url, { restrictToPublic: !deps.allowPrivateFeedUrls });
          if (probe.kind === 'refused') return reply(command, { kind: 'error', text: `Not added: ${probe.reason}` });
          const result = await store.feeds.add(
            { url: probe.url, name: probe.title, source: 'chat', trusted: false, backfill: 0 },
            deps.now(),
            deps.firstPollAt(probe.url),
          );
          if (result.kind === 'exists') return reply(command, { kind: 'text', text: `Already polling ${probe.url} (feed #${result.feed.id}).` });
          return reply(command, {
            kind: 'text',
            text: `Added feed #${result.feed.id}: ${probe.title ?? probe.url} (${probe.itemCount} items now; its first poll stores them without alerting).`,
          });
        }
        case 'remove': {
          const feed = await store.feeds.find(command.target);
          if (!feed) return reply(command, { kind: 'error', text: `No feed matches "${command.target}". See /feeds list.` });
          await store.feeds.remove(feed.id, deps.now());
          return reply(command, { kind: 'text', text: `Removed feed #${feed.id}: ${feed.name ?? feed.url}.` });
        }
      }
      break;
    }
  }
  // Unreachable with a well-typed ParsedCommand; answer with help rather than throw.
  return { visibility: 'ephemeral', blocks: [{ kind: 'usage', text: USAGE.deals }] };
}

function dealsBlock(page: Awaited<ReturnType<CommandDeps['store']['deals']['search']>>, hint: string | null): ReplyBlock {
  if (page.deals.length === 0) return { kind: 'text', text: 'No deals found.' };
  return { kind: 'deals', deals: page.deals, more: page.more, moreHint: page.more ? (hint ?? 'More deals exist.') : null };
}

export async function statusBlock(deps: Pick<CommandDeps, 'store' | 'now'>): Promise<ReplyBlock> {
  const [feeds, lastCycle, pending] = await Promise.all([deps.store.feeds.list(), deps.store.stats.lastFinishedCycle(), deps.store.outbox.pendingCounts()]);
  const disabled = feeds.filter((f) => f.disabledReason !== null);
  const backingOff = feeds.filter((f) => f.disabledReason === null && f.errorCount > 0);
  return { kind: 'status', healthy: feeds.length - disabled.length - backingOff.length, backingOff, disabled, lastCycle, pending };
}

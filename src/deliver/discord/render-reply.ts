// Renders the command module's neutral Reply as Discord interaction response data.
// Pure. All text is escaped; lists show at most 10 rows, then the reply's own hint.
import { MessageFlags, type APIEmbed, type APIInteractionResponseCallbackData } from 'discord.js';
import type { Reply, ReplyBlock } from '../../commands/command-types.js';
import type { DealRecord, FeedRecord, WatchEntry } from '../../model/records.js';
import { dealTypeLabel } from '../console-destination.js';
import { EMBED_LIMITS, embedLength } from './discord-embed.js';
import { cut, escapeAndCut, httpUrl, plainText } from './discord-text.js';

export const MAX_LIST_ROWS = 10;

/** Interaction response data with allowed_mentions always present and empty. */
export type DiscordReplyData = APIInteractionResponseCallbackData & { allowed_mentions: { parse: [] } };

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dealRow(deal: DealRecord): string {
  const url = httpUrl(deal.url);
  const title = escapeAndCut(deal.title.replace(/\s+/g, ' ').trim() || '(untitled)', 150);
  // A masked link is built by us from an http(s) URL; the label is escaped feed text.
  const head = url ? `[${title}](<${url.replace(/[<>()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>)` : title;
  const amount = deal.amount ? ` · ${escapeAndCut(deal.amount.text, 60)}` : '';
  return `• ${head} — ${dealTypeLabel(deal.type)}${amount} · ${day(deal.publishedAt)}`;
}

function watchRow(entry: WatchEntry): string {
  const aliases = entry.aliases.length > 0 ? ` (aliases: ${escapeAndCut(entry.aliases.join(', '), 200)})` : '';
  return `• ${escapeAndCut(entry.name, 100)}${aliases}`;
}

function feedRow(feed: FeedRecord): string {
  const state = feed.disabledReason ? ' — disabled' : feed.errorCount > 0 ? ` — ${feed.errorCount} error(s)` : '';
  const name = feed.name ? `${escapeAndCut(feed.name, 80)} ` : '';
  return `• \`#${feed.id}\` ${name}${escapeAndCut(feed.url, 200)}${state}`;
}

function listEmbed<T>(title: string, rows: readonly T[], render: (row: T) => string, more: boolean, moreHint: string | null): APIEmbed {
  const shown = rows.slice(0, MAX_LIST_ROWS);
  const lines = shown.length > 0 ? shown.map(render) : ['(none)'];
  const hasMore = more || rows.length > MAX_LIST_ROWS;
  let description = '';
  for (const line of lines) {
    const next = description ? `${description}\n${line}` : line;
    if (next.length > EMBED_LIMITS.description - 200) break;
    description = next;
  }
  const embed: APIEmbed = { title, description };
  if (hasMore) embed.footer = { text: cut(plainText(moreHint ?? 'More results are available; narrow the query.'), EMBED_LIMITS.footer) };
  return embed;
}

function statusEmbed(block: Extract<ReplyBlock, { kind: 'status' }>): APIEmbed {
  const names = (feeds: readonly FeedRecord[]) =>
    feeds.length === 0 ? 'none' : escapeAndCut(feeds.slice(0, MAX_LIST_ROWS).map((f) => f.name ?? f.url).join(', '), 1000);
  const cycle = block.lastCycle
    ? `${block.lastCycle.startedAt.toISOString()}: ${block.lastCycle.feedsPolled} polled, ${block.lastCycle.failed} failed, ${block.lastCycle.newItems} new, ${block.lastCycle.alerts} alerts`
    : 'no cycle yet';
  const pending = Object.entries(block.pending);
  return {
    title: 'Status',
    fields: [
      { name: 'Healthy feeds', value: String(block.healthy), inline: true },
      { name: `Backing off (${block.backingOff.length})`, value: names(block.backingOff), inline: true },
      { name: `Disabled (${block.disabled.length})`, value: names(block.disabled), inline: true },
      { name: 'Last cycle', value: cycle, inline: false },
      {
        name: 'Pending alerts',
        value: pending.length === 0 ? 'none' : escapeAndCut(pending.map(([d, n]) => `${d}: ${n}`).join('\n'), 1000),
        inline: false,
      },
    ],
  };
}

/** renderReply turns a neutral Reply into interaction response data (type 4 / follow-up body). */
export function renderReply(reply: Reply): DiscordReplyData {
  const lines: string[] = [];
  const embeds: APIEmbed[] = [];
  for (const block of reply.blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push(`**${escapeAndCut(block.text, EMBED_LIMITS.content)}**`);
        break;
      case 'text':
        lines.push(escapeAndCut(block.text, EMBED_LIMITS.content));
        break;
      case 'usage':
        lines.push(`Usage: ${escapeAndCut(block.text, EMBED_LIMITS.content)}`);
        break;
      case 'error':
        lines.push(`⚠️ ${escapeAndCut(block.text, EMBED_LIMITS.content)}`);
        break;
      case 'deals':
        embeds.push(listEmbed('Deals', block.deals, dealRow, block.more, block.moreHint));
        break;
      case 'watchlist':
        embeds.push(listEmbed('Watchlist', block.entries, watchRow, block.more, block.moreHint));
        break;
      case 'feeds':
        embeds.push(listEmbed('Feeds', block.feeds, feedRow, block.more, block.moreHint));
        break;
      case 'status':
        embeds.push(statusEmbed(block));
        break;
    }
  }
  // Keep within the per-message limits: 10 embeds, 6000 characters across them.
  const kept: APIEmbed[] = [];
  let total = 0;
  for (const embed of embeds.slice(0, EMBED_LIMITS.embedsPerMessage)) {
    const size = embedLength(embed);
    if (total + size > EMBED_LIMITS.total) break;
    total += size;
    kept.push(embed);
  }
  const content = cut(lines.join('\n'), EMBED_LIMITS.content);
  const data: DiscordReplyData = {
    ...(content ? { content } : {}),
    ...(kept.length > 0 ? { embeds: kept } : {}),
    allowed_mentions: { parse: [] },
  };
  if (!content && kept.length === 0) data.content = 'Done.';
  if (reply.visibility === 'ephemeral') data.flags = MessageFlags.Ephemeral;
  return data;
}

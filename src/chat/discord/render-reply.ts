// Renders the command module's neutral Reply as Discord interaction response data.
// Pure. All text is escaped; lists show at most 10 rows, then the reply's own hint.
import { MessageFlags, type APIEmbed, type APIInteractionResponseCallbackData } from 'discord.js';
import { LIST_MAX, type PendingSummary, type Reply, type ReplyBlock } from '../../commands/index.js';
import type { FeedRecord, WatchEntry } from '../../model/records.js';
import { redactUrl, redactUrls } from '../../text/redact.js';
import { discordUsage } from './command-options.js';
import { dealRow, digestEmbeds, timelineEmbed } from './discord-digest.js';
import { EMBED_LIMITS, embedLength } from './discord-embed.js';
import { cut, escapeAndCut, plainText } from './discord-text.js';

/** Watchlist and feed lists show this many rows in chat; the reply's hint says how to see the rest. */
export const MAX_LIST_ROWS = 10;

/** Interaction response data with allowed_mentions always present and empty. */
export type DiscordReplyData = APIInteractionResponseCallbackData & { allowed_mentions: { parse: [] } };

function watchRow(entry: WatchEntry): string {
  const extras = [
    entry.aliases.length > 0 ? `aliases: ${entry.aliases.join(', ')}` : null,
    entry.tickers.length > 0 ? `tickers: ${entry.tickers.join(', ')}` : null,
    `from ${entry.source}`,
  ].filter((p): p is string => p !== null);
  return `• ${escapeAndCut(entry.name, 100)} (${escapeAndCut(extras.join('; '), 300)})`;
}

function feedRow(feed: FeedRecord): string {
  const state = feed.disabledReason ? ' — disabled' : feed.errorCount > 0 ? ` — ${feed.errorCount} error(s)` : feed.lastWarning ? ' — truncated' : '';
  const label = feed.name ?? feed.title;
  const name = label ? `${escapeAndCut(label, 80)} ` : '';
  return `• \`#${feed.id}\` ${name}${escapeAndCut(redactUrl(feed.url), 200)}${state} · from ${escapeAndCut(feed.source, 40)}`;
}

/**
 * listEmbed shows up to `maxRows` rows, as many as fit the description; the footer says
 * how many were left out and how to see them.
 */
function listEmbed<T>(title: string, rows: readonly T[], render: (row: T) => string, maxRows: number, more: boolean, moreHint: string | null): APIEmbed {
  const lines = rows.length > 0 ? rows.slice(0, maxRows).map(render) : ['(none)'];
  let description = '';
  let shown = 0;
  for (const line of lines) {
    const next = description ? `${description}\n${line}` : line;
    if (next.length > EMBED_LIMITS.description - 200) break;
    description = next;
    shown++;
  }
  const embed: APIEmbed = { title, description };
  const hidden = rows.length - Math.min(shown, rows.length);
  if (more || hidden > 0) {
    const count = hidden > 0 ? `…and ${hidden} more. ` : '';
    embed.footer = { text: cut(plainText(`${count}${moreHint ?? 'More results are available; narrow the query.'}`), EMBED_LIMITS.footer) };
  }
  return embed;
}

function pendingText(pending: readonly PendingSummary[]): string {
  if (pending.length === 0) return 'none';
  return escapeAndCut(pending.map((p) => `${p.destination}: ${p.count}${p.reason ? ` (${p.reason})` : ''}`).join('\n'), 1000);
}

function statusEmbed(block: Extract<ReplyBlock, { kind: 'status' }>): APIEmbed {
  const cycle = block.lastCycle
    ? `${block.lastCycle.startedAt.toISOString()}: ${block.lastCycle.feedsPolled} polled, ${block.lastCycle.failed} failed, ${block.lastCycle.newItems} new, ${block.lastCycle.alerts} alerts`
    : 'no cycle yet';
  const fields = [
    { name: 'Healthy feeds', value: String(block.healthy), inline: true },
    { name: 'Backing off', value: String(block.backingOff), inline: true },
    { name: 'Disabled', value: String(block.disabled), inline: true },
    { name: 'Last cycle', value: block.idleReason ? `${cycle}\nNothing was polled: ${escapeAndCut(block.idleReason, 300)}.` : cycle, inline: false },
    { name: 'Pending alerts', value: pendingText(block.pending), inline: false },
    { name: 'Watched companies', value: block.watchlistSize === 0 ? 'none: add some, or nothing can alert' : String(block.watchlistSize), inline: true },
    {
      name: 'Dead letters',
      value:
        block.deadLetters === 0
          ? 'none'
          : escapeAndCut(
              [
                `${block.deadLetters} refused even in reduced form`,
                ...(block.deadLetterDetails ?? []).slice(0, MAX_LIST_ROWS).map((d) => `#${d.id} ${d.destination}: ${d.title} (${d.reason})`),
              ].join('\n'),
              EMBED_LIMITS.fieldValue,
            ),
      inline: false,
    },
  ];
  if (block.troubled && block.troubled.length > 0) {
    const rows = block.troubled
      .slice(0, MAX_LIST_ROWS)
      .map((f) => `#${f.id} ${f.name ?? redactUrl(f.url)}: ${redactUrls(f.disabledReason ?? f.lastError ?? 'failing')}`);
    fields.push({ name: `Failing or disabled (${block.troubled.length})`, value: escapeAndCut(rows.join('\n'), EMBED_LIMITS.fieldValue), inline: false });
  }
  return { title: 'Status', fields };
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
        lines.push(`Usage:\n${escapeAndCut(discordUsage(block.command, block.action), EMBED_LIMITS.content - 10)}`);
        break;
      case 'error':
        lines.push(`⚠️ ${escapeAndCut(block.text, EMBED_LIMITS.content)}`);
        break;
      case 'deals':
        embeds.push(listEmbed('Deals', block.deals, dealRow, LIST_MAX, block.more, block.moreHint));
        break;
      case 'timeline':
        embeds.push(timelineEmbed(block.timeline));
        break;
      case 'digest':
        // A reply is one message: the embeds that fit (renderReply trims to Discord's limits).
        embeds.push(...digestEmbeds(block.digest));
        break;
      case 'watchlist':
        embeds.push(listEmbed('Watchlist', block.entries, watchRow, MAX_LIST_ROWS, false, block.moreHint));
        break;
      case 'feeds':
        embeds.push(listEmbed('Feeds', block.feeds, feedRow, MAX_LIST_ROWS, false, block.moreHint));
        break;
      case 'status':
        embeds.push(statusEmbed(block));
        break;
      case 'dead-letters':
        embeds.push(
          listEmbed(
            'Dead letters',
            block.letters,
            (d) => `• #${d.id} ${escapeAndCut(`${d.destination}: ${d.title} (${d.reason})`, 300)}`,
            MAX_LIST_ROWS,
            false,
            null,
          ),
        );
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

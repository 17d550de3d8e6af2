// Renders the neutral command Reply as a Slack slash-command response. Pure: every
// piece of text is escaped here, whatever its origin (feeds, users, the store).
import type { Reply, ReplyBlock } from '../../commands/command-types.js';
import type { DealRecord, FeedRecord, WatchEntry } from '../../model/records.js';
import { dealTypeLabel } from '../console-destination.js';
import { mrkdwn, plainText, slackDate, type MrkdwnText, type SlackBlock } from './slack-blocks.js';
import { SLACK_LIMITS, fitEscaped, mrkdwnLink, oneLine } from './slack-text.js';

/** What ack() or respond() sends back for a slash command. */
export interface SlackCommandResponse {
  readonly response_type: 'ephemeral' | 'in_channel';
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
}

/** Lists show at most this many rows; the command module's moreHint says how to see more. */
export const MAX_LIST_ROWS = 10;

function section(escaped: string): SlackBlock {
  return { type: 'section', text: mrkdwn(escaped) };
}

function hint(block: { readonly more: boolean; readonly moreHint: string | null }, total: number): SlackBlock | null {
  if (!block.more && total <= MAX_LIST_ROWS) return null;
  const text = block.moreHint ?? `${Math.max(total - MAX_LIST_ROWS, 0) || 'More'} not shown.`;
  return { type: 'context', elements: [mrkdwn(fitEscaped(oneLine(text), 2000))] };
}

/** joinRows joins escaped rows one per line, dropping whole rows that would overflow a section. */
function joinRows(rows: readonly string[], max: number = SLACK_LIMITS.sectionText): string {
  const kept: string[] = [];
  let size = 0;
  for (const row of rows) {
    const reserve = 40; // room for the "n more" line
    if (size + row.length + 1 > max - reserve) break;
    kept.push(row);
    size += row.length + 1;
  }
  const dropped = rows.length - kept.length;
  return dropped > 0 ? `${kept.join('\n')}\n_…and ${dropped} more not shown_` : kept.join('\n');
}

function dealRow(deal: DealRecord): string {
  const title = `*${mrkdwnLink(deal.url, deal.title, 300, 1000)}*`;
  const parties = deal.companies.filter((c) => c.role !== 'mentioned').map((c) => oneLine(c.name));
  const parts = [
    dealTypeLabel(deal.type),
    deal.amount ? oneLine(deal.amount.text) : null,
    parties.length > 0 ? parties.join(', ') : null,
    deal.source ? oneLine(deal.source) : null,
  ].filter((p): p is string => p !== null);
  return `${title}\n${fitEscaped(parts.join(' · '), 1000)} · ${slackDate(deal.publishedAt)}`;
}

function watchRow(entry: WatchEntry): string {
  const extras = [
    entry.aliases.length > 0 ? `aliases: ${entry.aliases.join(', ')}` : null,
    entry.tickers.length > 0 ? `tickers: ${entry.tickers.join(', ')}` : null,
  ].filter((p): p is string => p !== null);
  return `• *${fitEscaped(oneLine(entry.name), 200)}*${extras.length > 0 ? ` (${fitEscaped(extras.join('; '), 400)})` : ''}`;
}

function feedState(feed: FeedRecord): string {
  if (feed.disabledReason) return `disabled: ${feed.disabledReason}`;
  if (feed.errorCount > 0) return `failing ×${feed.errorCount}${feed.lastError ? `: ${feed.lastError}` : ''}`;
  return 'ok';
}

function feedRow(feed: FeedRecord): string {
  const label = feed.name ? oneLine(feed.name) : feed.url;
  return `• \`#${feed.id}\` ${mrkdwnLink(feed.url, label, 150, 500)} · ${fitEscaped(oneLine(feedState(feed)), 200)}`;
}

function statusBlocks(block: Extract<ReplyBlock, { kind: 'status' }>): SlackBlock[] {
  const fields: MrkdwnText[] = [
    mrkdwn(`*Healthy feeds*\n${block.healthy}`),
    mrkdwn(`*Backing off*\n${block.backingOff.length}`),
    mrkdwn(`*Disabled*\n${block.disabled.length}`),
  ];
  const cycle = block.lastCycle;
  fields.push(
    mrkdwn(
      cycle
        ? `*Last cycle*\n${slackDate(cycle.finishedAt ?? cycle.startedAt)}: ${cycle.feedsPolled} polled, ${cycle.failed} failed, ${cycle.newItems} new, ${cycle.alerts} alerts`
        : '*Last cycle*\nnone yet',
    ),
  );
  const pending = Object.entries(block.pending);
  fields.push(
    mrkdwn(
      `*Pending alerts*\n${pending.length > 0 ? fitEscaped(pending.map(([d, n]) => `${d}: ${n}`).join(', '), 1500) : 'none'}`,
    ),
  );
  const blocks: SlackBlock[] = [{ type: 'section', fields: fields.slice(0, SLACK_LIMITS.maxFields) }];
  const troubled = [...block.disabled, ...block.backingOff];
  if (troubled.length > 0) {
    blocks.push(section(joinRows(troubled.slice(0, MAX_LIST_ROWS).map(feedRow))));
    if (troubled.length > MAX_LIST_ROWS) {
      blocks.push({ type: 'context', elements: [mrkdwn(`${troubled.length - MAX_LIST_ROWS} more not shown; see /feeds list.`)] });
    }
  }
  return blocks;
}

function renderBlock(block: ReplyBlock): { blocks: SlackBlock[]; fallback: string } {
  switch (block.kind) {
    case 'heading':
      return { blocks: [{ type: 'header', text: plainText(block.text, SLACK_LIMITS.headerText) }], fallback: block.text };
    case 'text':
      return { blocks: [section(fitEscaped(block.text, SLACK_LIMITS.sectionText))], fallback: block.text };
    case 'usage':
      return { blocks: [section(fitEscaped(block.text, SLACK_LIMITS.sectionText))], fallback: block.text };
    case 'error':
      return { blocks: [section(`:warning: ${fitEscaped(block.text, SLACK_LIMITS.sectionText - 10)}`)], fallback: block.text };
    case 'deals': {
      if (block.deals.length === 0) return { blocks: [section('No deals found.')], fallback: 'No deals found.' };
      const rows: SlackBlock[] = block.deals.slice(0, MAX_LIST_ROWS).map((d) => section(dealRow(d)));
      const more = hint(block, block.deals.length);
      return { blocks: more ? [...rows, more] : rows, fallback: `${block.deals.length} deal(s)` };
    }
    case 'watchlist': {
      if (block.entries.length === 0) return { blocks: [section('The watchlist is empty.')], fallback: 'The watchlist is empty.' };
      const rows = section(joinRows(block.entries.slice(0, MAX_LIST_ROWS).map(watchRow)));
      const more = hint(block, block.entries.length);
      return { blocks: more ? [rows, more] : [rows], fallback: `${block.entries.length} watched compan(ies)` };
    }
    case 'feeds': {
      if (block.feeds.length === 0) return { blocks: [section('No feeds.')], fallback: 'No feeds.' };
      const rows = section(joinRows(block.feeds.slice(0, MAX_LIST_ROWS).map(feedRow)));
      const more = hint(block, block.feeds.length);
      return { blocks: more ? [rows, more] : [rows], fallback: `${block.feeds.length} feed(s)` };
    }
    case 'status':
      return { blocks: statusBlocks(block), fallback: 'dealwatch status' };
  }
}

/** renderReply turns a neutral Reply into a Slack response; `public` replies go in_channel. */
export function renderReply(reply: Reply): SlackCommandResponse {
  const blocks: SlackBlock[] = [];
  const fallbacks: string[] = [];
  for (const block of reply.blocks) {
    const rendered = renderBlock(block);
    blocks.push(...rendered.blocks);
    fallbacks.push(oneLine(rendered.fallback));
  }
  const text = fitEscaped(fallbacks.filter((f) => f !== '').join(' · ') || 'dealwatch', SLACK_LIMITS.fallbackText);
  return {
    response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral',
    text,
    blocks: blocks.slice(0, SLACK_LIMITS.maxBlocks),
  };
}

/** textReply is a one-line ephemeral response ("Working on it…", errors). */
export function textReply(text: string, visibility: Reply['visibility'] = 'ephemeral'): SlackCommandResponse {
  return renderReply({ visibility, blocks: [{ kind: 'text', text }] });
}

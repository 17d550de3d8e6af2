// Renders the neutral command Reply as a Slack slash-command response. Pure: every piece
// of text is escaped here, whatever its origin (feeds, users, the store).
import { LIST_MAX, type PendingSummary, type Reply, type ReplyBlock } from '../../commands/index.js';
import type { FeedRecord, WatchEntry } from '../../model/records.js';
import { redactUrl, redactUrls } from '../../text/redact.js';
import { mrkdwn, plainText, slackDate, type MrkdwnText, type SlackBlock } from './slack-blocks.js';
import { slackUsage } from './slack-command-text.js';
import { dealRow, digestBlocks, sections, timelineBlocks } from './slack-digest.js';
import { SLACK_LIMITS, fitEscaped, mrkdwnLink, oneLine } from './slack-text.js';

/** What ack() or respond() sends back for a slash command. */
export interface SlackCommandResponse {
  readonly response_type: 'ephemeral' | 'in_channel';
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
}

/** Watchlist and feed lists show this many rows in chat; the reply's hint says how to see the rest. */
export const MAX_LIST_ROWS = 10;

function section(escaped: string): SlackBlock {
  return { type: 'section', text: mrkdwn(escaped) };
}

function context(text: string): SlackBlock {
  return { type: 'context', elements: [mrkdwn(fitEscaped(oneLine(text), 2000))] };
}

function watchRow(entry: WatchEntry): string {
  const extras = [
    entry.aliases.length > 0 ? `aliases: ${entry.aliases.join(', ')}` : null,
    entry.tickers.length > 0 ? `tickers: ${entry.tickers.join(', ')}` : null,
    `from ${entry.source}`,
  ].filter((p): p is string => p !== null);
  return `• *${fitEscaped(oneLine(entry.name), 200)}* (${fitEscaped(extras.join('; '), 400)})`;
}

function feedState(feed: FeedRecord): string {
  if (feed.disabledReason) return `disabled: ${feed.disabledReason}`;
  if (feed.errorCount > 0) return `failing ×${feed.errorCount}${feed.lastError ? `: ${redactUrls(feed.lastError)}` : ''}`;
  return feed.lastWarning ? `ok, but ${feed.lastWarning}` : 'ok';
}

function feedRow(feed: FeedRecord): string {
  const url = redactUrl(feed.url);
  const label = oneLine(feed.name ?? feed.title ?? url);
  return `• \`#${feed.id}\` ${mrkdwnLink(url, label, 150, 500)} · ${fitEscaped(oneLine(`${feedState(feed)}; from ${feed.source}`), 200)}`;
}

function pendingText(pending: readonly PendingSummary[]): string {
  if (pending.length === 0) return 'none';
  return fitEscaped(pending.map((p) => `${p.destination}: ${p.count}${p.reason ? ` (${oneLine(p.reason)})` : ''}`).join('\n'), 1500);
}

function statusBlocks(block: Extract<ReplyBlock, { kind: 'status' }>): SlackBlock[] {
  const cycle = block.lastCycle;
  const fields: MrkdwnText[] = [
    mrkdwn(`*Healthy feeds*\n${block.healthy}`),
    mrkdwn(`*Backing off*\n${block.backingOff}`),
    mrkdwn(`*Disabled*\n${block.disabled}`),
    mrkdwn(
      cycle
        ? `*Last cycle*\n${slackDate(cycle.finishedAt ?? cycle.startedAt)}: ${cycle.feedsPolled} polled, ${cycle.failed} failed, ${cycle.newItems} new, ${cycle.alerts} alerts`
        : '*Last cycle*\nnone yet',
    ),
    mrkdwn(`*Pending alerts*\n${pendingText(block.pending)}`),
    mrkdwn(`*Watched companies*\n${block.watchlistSize === 0 ? 'none: add some, or nothing can alert' : block.watchlistSize}`),
    mrkdwn(`*Dead letters*\n${block.deadLetters === 0 ? 'none' : `${block.deadLetters} (refused even in reduced form; \`dealwatch outbox list\`)`}`),
  ];
  const blocks: SlackBlock[] = [{ type: 'section', fields: fields.slice(0, SLACK_LIMITS.maxFields) }];
  if (block.idleReason) blocks.push(context(`Nothing was polled: ${block.idleReason}.`));
  const dead = block.deadLetterDetails ?? [];
  if (dead.length > 0)
    blocks.push(
      ...sections(dead.slice(0, MAX_LIST_ROWS).map((d) => `• \`#${d.id}\` ${fitEscaped(oneLine(`${d.destination}: ${d.title} (${d.reason})`), 400)}`)),
    );
  const troubled = block.troubled ?? [];
  if (troubled.length > 0) {
    blocks.push(...sections(troubled.slice(0, MAX_LIST_ROWS).map(feedRow)));
    if (troubled.length > MAX_LIST_ROWS) blocks.push(context(`${troubled.length - MAX_LIST_ROWS} more not shown; see /feeds list.`));
  }
  return blocks;
}

function listBlocks<T>(rows: readonly T[], render: (row: T) => string, empty: string, moreHint: string): SlackBlock[] {
  if (rows.length === 0) return [section(empty)];
  const blocks = sections(rows.slice(0, MAX_LIST_ROWS).map(render));
  if (rows.length > MAX_LIST_ROWS) blocks.push(context(`…and ${rows.length - MAX_LIST_ROWS} more. ${moreHint}`));
  return blocks;
}

function renderBlock(block: ReplyBlock): { blocks: SlackBlock[]; fallback: string } {
  switch (block.kind) {
    case 'heading':
      return { blocks: [{ type: 'header', text: plainText(block.text, SLACK_LIMITS.headerText) }], fallback: block.text };
    case 'text':
      return { blocks: [section(fitEscaped(block.text, SLACK_LIMITS.sectionText))], fallback: block.text };
    case 'usage': {
      const text = slackUsage(block.command, block.action);
      return { blocks: [section(fitEscaped(text, SLACK_LIMITS.sectionText))], fallback: text };
    }
    case 'error':
      return { blocks: [section(`:warning: ${fitEscaped(block.text, SLACK_LIMITS.sectionText - 10)}`)], fallback: block.text };
    case 'deals': {
      if (block.deals.length === 0) return { blocks: [section('No deals found.')], fallback: 'No deals found.' };
      const rows = sections(block.deals.slice(0, LIST_MAX).map(dealRow));
      if (block.more && block.moreHint) rows.push(context(block.moreHint));
      return { blocks: rows, fallback: `${block.deals.length} deal(s)` };
    }
    case 'watchlist':
      return {
        blocks: listBlocks(block.entries, watchRow, 'The watchlist is empty.', block.moreHint),
        fallback: `${block.entries.length} watched compan(ies)`,
      };
    case 'feeds':
      return { blocks: listBlocks(block.feeds, feedRow, 'No feeds.', block.moreHint), fallback: `${block.feeds.length} feed(s)` };
    case 'status':
      return { blocks: statusBlocks(block), fallback: 'dealwatch status' };
    case 'timeline':
      return { blocks: timelineBlocks(block.timeline), fallback: `Deal #${block.timeline.deal.id}: ${block.timeline.deal.title}` };
    case 'digest': {
      const all = digestBlocks(block.digest);
      // A command reply is one message: past Slack's block limit, the rest is counted.
      const blocks =
        all.length > SLACK_LIMITS.maxBlocks - 5
          ? [...all.slice(0, SLACK_LIMITS.maxBlocks - 6), context('The digest goes on; dealwatch digest prints all of it.')]
          : all;
      return { blocks, fallback: `${block.digest.total} deal(s) in the digest` };
    }
    case 'dead-letters':
      return {
        blocks: sections(block.letters.map((d) => `• \`#${d.id}\` ${fitEscaped(oneLine(`${d.destination}: ${d.title} (${d.reason})`), 400)}`)),
        fallback: `${block.letters.length} dead letter(s)`,
      };
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

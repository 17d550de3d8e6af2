// Renders one DealRecord as a Slack Block Kit message. Pure: no I/O, no clock.
// Every piece of feed text is truncated first, then escaped (slack-text.ts).
import type { DealRecord } from '../../model/records.js';
import type { DealCompany } from '../../model/deal.js';
import { dealKindLabel, dealParties, dealTypeLabel, formatDateTime, reportCountText, roleLabel } from '../deal-labels.js';
import { SLACK_LIMITS, fitEscaped, oneLine, safeHttpUrl } from './slack-text.js';

export interface PlainText {
  readonly type: 'plain_text';
  readonly text: string;
  readonly emoji?: boolean;
}
export interface MrkdwnText {
  readonly type: 'mrkdwn';
  readonly text: string;
}
export type SlackBlock =
  | { readonly type: 'header'; readonly text: PlainText; readonly block_id?: string }
  | { readonly type: 'section'; readonly text?: MrkdwnText; readonly fields?: readonly MrkdwnText[]; readonly block_id?: string }
  | { readonly type: 'context'; readonly elements: readonly MrkdwnText[]; readonly block_id?: string }
  | { readonly type: 'divider' }
  | {
      readonly type: 'actions';
      readonly block_id?: string;
      readonly elements: readonly {
        readonly type: 'button';
        readonly text: PlainText;
        readonly url: string;
        readonly action_id: string;
      }[];
    };

/** The chat.postMessage arguments, minus the channel. */
export interface SlackDealMessage {
  readonly text: string;
  readonly blocks: readonly SlackBlock[];
  readonly unfurl_links: false;
  readonly unfurl_media: false;
}

/** The action_id of the "open story" button; the integration acks its clicks. */
export const OPEN_STORY_ACTION = 'dealwatch_open_story';

/** plainText makes a plain_text object, escaped and cut to fit `max` (header limit 150). */
export function plainText(text: string, max: number): PlainText {
  const fitted = fitEscaped(oneLine(text), max);
  return { type: 'plain_text', text: fitted === '' ? ' ' : fitted, emoji: true };
}

/** mrkdwn wraps already-escaped text. */
export function mrkdwn(text: string): MrkdwnText {
  return { type: 'mrkdwn', text: text === '' ? ' ' : text };
}

/**
 * slackDate formats a time with Slack's date token, so each reader sees it in their
 * own time zone; the fallback (a readable UTC time) shows where the token is not supported.
 */
export function slackDate(date: Date): string {
  const time = date.getTime();
  if (!Number.isFinite(time)) return 'unknown time';
  return `<!date^${Math.floor(time / 1000)}^{date_short_pretty} {time}|${formatDateTime(date)}>`;
}

function partiesText(companies: readonly DealCompany[]): string {
  const parties = dealParties(companies);
  const list = parties.length > 0 ? parties : companies;
  if (list.length === 0) return 'n/a';
  return list.map((c) => `${oneLine(c.name)} (${roleLabel(c.role)})`).join('\n');
}

/** field renders "*Label*\nvalue", with the raw value fitted to the field limit. */
function field(label: string, raw: string): MrkdwnText {
  const head = `*${label}*\n`;
  return mrkdwn(head + fitEscaped(raw, SLACK_LIMITS.fieldText - head.length));
}

/** dealFallbackText is the top-level `text`: what notifications and screen readers use. */
export function dealFallbackText(deal: DealRecord): string {
  const amount = deal.amount ? ` (${oneLine(deal.amount.text)})` : '';
  return fitEscaped(`${dealKindLabel(deal)}: ${oneLine(deal.title)}${amount}`, SLACK_LIMITS.fallbackText);
}

/** renderDealMessage builds the alert: header, summary, fields, context, and a story button. */
export function renderDealMessage(deal: DealRecord): SlackDealMessage {
  const blocks: SlackBlock[] = [];
  blocks.push({ type: 'header', text: plainText(`${dealKindLabel(deal)}: ${deal.title}`, SLACK_LIMITS.headerText) });

  const summary = deal.summary.trim();
  if (summary !== '') blocks.push({ type: 'section', text: mrkdwn(fitEscaped(summary, SLACK_LIMITS.sectionText)) });

  blocks.push({
    type: 'section',
    fields: [
      field('Parties', partiesText(deal.companies)),
      field('Type', dealTypeLabel(deal.type)),
      field('Amount', deal.amount ? oneLine(deal.amount.text) : 'not disclosed'),
      field('Confidence', `${Math.round(Math.max(0, Math.min(1, deal.score)) * 100)}%`),
    ],
  });

  const context: MrkdwnText[] = [];
  const source = deal.source ? oneLine(deal.source) : 'unknown source';
  const count = reportCountText(deal.reportCount);
  context.push(mrkdwn(`${fitEscaped(source, 200)} · ${slackDate(deal.publishedAt)}${count ? ` · ${count}` : ''}`));
  const watched = deal.companies.filter((c) => c.watched).map((c) => oneLine(c.name));
  if (watched.length > 0) {
    context.push(mrkdwn(`Watching: ${fitEscaped([...new Set(watched)].join(', '), 1000)}`));
  }
  blocks.push({ type: 'context', elements: context.slice(0, SLACK_LIMITS.contextElements) });

  const url = safeHttpUrl(deal.url);
  if (url) {
    blocks.push({
      type: 'actions',
      block_id: `deal-${deal.id}`,
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'Read the story' }, url, action_id: OPEN_STORY_ACTION }],
    });
  }

  return {
    text: dealFallbackText(deal),
    blocks: blocks.slice(0, SLACK_LIMITS.maxBlocks),
    unfurl_links: false,
    unfurl_media: false,
  };
}

/**
 * textOnlyDealMessage is the reduced form, sent once after Slack refused the full alert
 * (invalid_blocks, msg_too_long…): plain text, no blocks and no link, shortened.
 */
export function textOnlyDealMessage(deal: DealRecord): SlackDealMessage {
  const lines = [
    `*${dealFallbackText(deal)}*`,
    fitEscaped(deal.summary.trim(), 1000),
    fitEscaped(`${deal.source ?? 'unknown source'} · ${formatDateTime(deal.publishedAt)}`, 300),
  ].filter((l) => l !== '');
  return { text: lines.join('\n'), blocks: [], unfurl_links: false, unfurl_media: false };
}

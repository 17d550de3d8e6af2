// Renders the replies in a deal's thread: further reports ("Also reported by …") and
// lifecycle steps ("Update: completed"). Pure, like slack-blocks.ts; every piece of feed
// text is cut first, then escaped, and links go through the shared link policy.
import type { ReportRecord } from '../../model/records.js';
import type { OutgoingMessage } from '../../deliver/destination.js';
import { changesHeadline, formatDateTime, sourcesText } from '../deal-labels.js';
import { mrkdwn, slackDate, type SlackBlock, type SlackDealMessage } from './slack-blocks.js';
import { SLACK_LIMITS, fitEscaped, mrkdwnLink, oneLine } from './slack-text.js';

/** At most this many reports are listed in one reply; the rest are counted. */
const REPORTS_SHOWN = 10;

type FollowUp = Extract<OutgoingMessage, { kind: 'follow-up' }>;
type Lifecycle = Extract<OutgoingMessage, { kind: 'lifecycle' }>;

function reportLine(report: ReportRecord): string {
  const source = fitEscaped(oneLine(report.source ?? 'unknown source'), 100);
  return `• ${mrkdwnLink(report.url, report.title || '(untitled)', 200)} · ${source} · ${slackDate(report.publishedAt)}`;
}

function sources(reports: readonly ReportRecord[]): string {
  return sourcesText(reports.map((r) => oneLine(r.source ?? '')));
}

/** renderFollowUp folds reports that arrived close together into one reply. */
export function renderFollowUp(message: FollowUp): SlackDealMessage {
  const shown = message.reports.slice(0, REPORTS_SHOWN);
  const more = message.reports.length - shown.length;
  const lines = [`*Also reported by ${fitEscaped(sources(message.reports), 500)}*`, ...shown.map(reportLine)];
  if (more > 0) lines.push(`…and ${more} more`);
  return {
    text: fitEscaped(`Also reported by ${sources(message.reports)}`, SLACK_LIMITS.fallbackText),
    blocks: [{ type: 'section', text: mrkdwn(fitLines(lines)) }],
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** renderLifecycle says what changed, and links the report that says so. */
export function renderLifecycle(message: Lifecycle): SlackDealMessage {
  const headline = changesHeadline(message.changes);
  const blocks: SlackBlock[] = [
    { type: 'section', text: mrkdwn(fitLines([`*${fitEscaped(headline, 300)}*`, fitEscaped(oneLine(message.deal.title), 300), reportLine(message.report)])) },
  ];
  return {
    text: fitEscaped(`${headline}: ${oneLine(message.deal.title)}`, SLACK_LIMITS.fallbackText),
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** The reduced form of a reply: plain text, no blocks and no links. */
export function textOnlyUpdate(message: FollowUp | Lifecycle): SlackDealMessage {
  const reports = message.kind === 'follow-up' ? message.reports : [message.report];
  const head = message.kind === 'follow-up' ? `Also reported by ${sources(reports)}` : `${changesHeadline(message.changes)}: ${oneLine(message.deal.title)}`;
  const lines = [
    head,
    ...reports.slice(0, REPORTS_SHOWN).map((r) => `${oneLine(r.title)} (${oneLine(r.source ?? 'unknown source')}, ${formatDateTime(r.publishedAt)})`),
  ];
  return { text: fitEscaped(lines.join('\n'), 2000), blocks: [], unfurl_links: false, unfurl_media: false };
}

/** Joins lines into one section, dropping whole lines past Slack's section limit. */
function fitLines(lines: readonly string[]): string {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    const width = Array.from(line).length + 1;
    if (used + width > SLACK_LIMITS.sectionText) break;
    out.push(line);
    used += width;
  }
  return out.join('\n');
}

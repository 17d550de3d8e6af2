// Renders a deal's timeline and a period's digest as Slack blocks. Pure. A digest can be
// long: digestMessages splits it into messages that each stay within Slack's limits
// (50 blocks, 3,000 characters per section).
import type { DealRecord, DealTimeline, Digest } from '../../model/records.js';
import { dealFacts, dealKindLabel, digestGroupTitle, digestTitle, timelineLine } from '../deal-labels.js';
import { mrkdwn, plainText, slackDate, type SlackBlock, type SlackDealMessage } from './slack-blocks.js';
import { SLACK_LIMITS, fitEscaped, mrkdwnLink, oneLine } from './slack-text.js';

/** Blocks per digest message: well under Slack's 50, so a client renders it quickly. */
const BLOCKS_PER_MESSAGE = 40;

/** A deal as one list row: linked title and id, then its facts and time. */
export function dealRow(deal: DealRecord): string {
  const title = `*${mrkdwnLink(deal.url, deal.title, 300, 1000)}* \`#${deal.id}\``;
  return `${title}\n${fitEscaped(dealFacts(deal).map(oneLine).join(' · '), 1000)} · ${slackDate(deal.publishedAt)}`;
}

/** Packs escaped rows into sections of at most 3,000 characters each. */
export function sections(rows: readonly string[], separator = '\n\n'): SlackBlock[] {
  const out: SlackBlock[] = [];
  let current: string[] = [];
  let size = 0;
  for (const row of rows) {
    if (current.length > 0 && size + row.length + separator.length > SLACK_LIMITS.sectionText) {
      out.push({ type: 'section', text: mrkdwn(current.join(separator)) });
      current = [];
      size = 0;
    }
    current.push(row);
    size += row.length + separator.length;
  }
  if (current.length > 0) out.push({ type: 'section', text: mrkdwn(current.join(separator)) });
  return out;
}

export function timelineBlocks(timeline: DealTimeline): SlackBlock[] {
  const { deal } = timeline;
  const head: SlackBlock = { type: 'header', text: plainText(`${dealKindLabel(deal)}: ${deal.title}`, SLACK_LIMITS.headerText) };
  const facts: SlackBlock = { type: 'context', elements: [mrkdwn(`\`#${deal.id}\` · ${fitEscaped(dealFacts(deal).map(oneLine).join(' · '), 1500)}`)] };
  const rows = timeline.entries.map((entry) => {
    const line = timelineLine(entry);
    const story = line.report ? ` · ${mrkdwnLink(line.report.url, line.report.title, 200)}` : '';
    return `• ${slackDate(line.at)} · ${fitEscaped(oneLine(line.text), 300)}${story}`;
  });
  // Keep the first reports and the latest changes when a deal has very many.
  const kept = rows.length > 60 ? [...rows.slice(0, 20), `…${rows.length - 40} more…`, ...rows.slice(-20)] : rows;
  const why: SlackBlock[] = timeline.why ? [{ type: 'context', elements: [mrkdwn(`Why: ${fitEscaped(oneLine(timeline.why), 1500)}`)] }] : [];
  return [head, facts, ...why, ...sections(kept, '\n')];
}

/** All of a digest's blocks: a header, then each type's deals. */
export function digestBlocks(digest: Digest, timeZone = 'UTC'): SlackBlock[] {
  const blocks: SlackBlock[] = [{ type: 'header', text: plainText(digestTitle(digest, timeZone), SLACK_LIMITS.headerText) }];
  if (digest.total === 0) return [...blocks, { type: 'section', text: mrkdwn('No deals in this period.') }];
  for (const group of digest.groups) {
    blocks.push({ type: 'section', text: mrkdwn(`*${fitEscaped(digestGroupTitle(group.type, group.deals.length), 200)}*`) });
    blocks.push(...sections(group.deals.map(dealRow)));
  }
  if (digest.more) blocks.push({ type: 'context', elements: [mrkdwn('More deals matched than a digest shows; /deals since <date> lists them all.')] });
  return blocks;
}

/** digestMessages splits a digest into messages that each fit Slack's limits. */
export function digestMessages(digest: Digest, timeZone = 'UTC'): SlackDealMessage[] {
  const blocks = digestBlocks(digest, timeZone);
  const messages: SlackDealMessage[] = [];
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_MESSAGE) {
    const part = blocks.slice(i, i + BLOCKS_PER_MESSAGE);
    const count = Math.ceil(blocks.length / BLOCKS_PER_MESSAGE);
    messages.push({
      text: fitEscaped(
        `${digestTitle(digest, timeZone)}: ${digest.total} deal(s)${count > 1 ? ` (part ${messages.length + 1} of ${count})` : ''}`,
        SLACK_LIMITS.fallbackText,
      ),
      blocks: part,
      unfurl_links: false,
      unfurl_media: false,
    });
  }
  return messages;
}

// With no chat credentials configured, alerts print as readable blocks on stdout, and a
// deal's later reports and lifecycle steps print as updates that name the alert.
import type { Destination, OutgoingMessage, SendOutcome } from '../../deliver/destination.js';
import type { DealRecord } from '../../model/records.js';
import { digestLines } from './render-reply.js';
import { changesHeadline, dealKindLabel, formatDateTime, partiesText, reportCountText, sourcesText } from '../deal-labels.js';

/** A plain-text alert, with times in the configured display zone. */
export function formatDealText(deal: DealRecord, timeZone = 'UTC'): string {
  const count = reportCountText(deal.reportCount);
  const lines = [
    `${dealKindLabel(deal)}: ${deal.title}`,
    deal.summary,
    `Parties: ${partiesText(deal.companies)}`,
    `Amount: ${deal.amount ? deal.amount.text : 'not disclosed'}   Score: ${deal.score.toFixed(2)}`,
    `Source: ${deal.source ?? 'unknown'} · ${formatDateTime(deal.publishedAt, timeZone)}${count ? ` · ${count}` : ''}`,
  ];
  if (deal.url) lines.push(deal.url);
  return lines.join('\n');
}

/** A reply in a deal's thread, as plain text. */
export function formatUpdateText(message: Exclude<OutgoingMessage, { kind: 'alert' }>, timeZone = 'UTC'): string {
  const reports = message.kind === 'follow-up' ? message.reports : [message.report];
  const head = message.kind === 'follow-up' ? `Also reported by ${sourcesText(reports.map((r) => r.source ?? ''))}` : changesHeadline(message.changes);
  const lines = [`${head} (${dealKindLabel(message.deal)}: ${message.deal.title})`];
  for (const r of reports) lines.push(`- ${r.title} · ${r.source ?? 'unknown'} · ${formatDateTime(r.publishedAt, timeZone)}${r.url ? ` · ${r.url}` : ''}`);
  return lines.join('\n');
}

export function createConsoleDestination(write: (text: string) => void, timeZone = 'UTC'): Destination {
  return {
    name: 'console',
    platform: 'console',
    async send(message: OutgoingMessage): Promise<SendOutcome> {
      if (message.kind === 'alert') write(`\n=== dealwatch alert #${message.deal.id} ===\n${formatDealText(message.deal, timeZone)}\n`);
      else write(`\n--- dealwatch update on deal #${message.deal.id} ---\n${formatUpdateText(message, timeZone)}\n`);
      return { kind: 'sent', externalId: `console-${message.deal.id}` };
    },
    async sendDigest(digest, { timeZone: zone }) {
      write(`\n=== dealwatch digest ===\n${digestLines(digest, zone).join('\n')}\n`);
      return { parts: 1, sent: 1, failure: null };
    },
  };
}

// With no chat credentials configured, alerts print as readable blocks on stdout.
import type { Destination, SendOutcome } from '../../deliver/destination.js';
import type { DealRecord } from '../../model/records.js';
import { dealTypeLabel, formatDateTime, partiesText } from '../deal-labels.js';

/** A plain-text alert, with times in the configured display zone. */
export function formatDealText(deal: DealRecord, timeZone = 'UTC'): string {
  const lines = [
    `${dealTypeLabel(deal.type)}: ${deal.title}`,
    deal.summary,
    `Parties: ${partiesText(deal.companies)}`,
    `Amount: ${deal.amount ? deal.amount.text : 'not disclosed'}   Score: ${deal.score.toFixed(2)}`,
    `Source: ${deal.source ?? 'unknown'} · ${formatDateTime(deal.publishedAt, timeZone)}`,
  ];
  if (deal.url) lines.push(deal.url);
  return lines.join('\n');
}

export function createConsoleDestination(write: (text: string) => void, timeZone = 'UTC'): Destination {
  return {
    name: 'console',
    platform: 'console',
    async send(deal: DealRecord): Promise<SendOutcome> {
      write(`\n=== dealwatch alert #${deal.id} ===\n${formatDealText(deal, timeZone)}\n`);
      return { kind: 'sent', externalId: null };
    },
  };
}

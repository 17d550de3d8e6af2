// With no chat credentials configured, alerts print as readable blocks on stdout.
import type { DealRecord } from '../model/records.js';
import type { Destination, SendOutcome } from './destination.js';

const TYPE_LABELS: Record<string, string> = {
  acquisition: 'Acquisition',
  merger: 'Merger',
  partnership: 'Partnership',
  investment: 'Investment',
  funding: 'Funding round',
  contract: 'Contract',
  joint_venture: 'Joint venture',
  ipo: 'IPO',
};

export function dealTypeLabel(type: string | null): string {
  return type ? (TYPE_LABELS[type] ?? type) : 'Deal';
}

/** A plain-text alert, also used as the chat platforms' fallback text. */
export function formatDealText(deal: DealRecord): string {
  const parties = deal.companies.filter((c) => c.role !== 'mentioned');
  const lines = [
    `${dealTypeLabel(deal.type)}: ${deal.title}`,
    deal.summary,
    `Parties: ${parties.length > 0 ? parties.map((c) => `${c.name} (${c.role})`).join(', ') : 'n/a'}`,
    `Amount: ${deal.amount ? deal.amount.text : 'not disclosed'}   Score: ${deal.score.toFixed(2)}`,
    `Source: ${deal.source ?? 'unknown'} · ${deal.publishedAt.toISOString()}`,
  ];
  if (deal.url) lines.push(deal.url);
  return lines.join('\n');
}

export function createConsoleDestination(write: (text: string) => void): Destination {
  return {
    name: 'console',
    platform: 'console',
    async send(deal: DealRecord): Promise<SendOutcome> {
      const body = formatDealText(deal);
      write(`\n=== dealwatch alert #${deal.id} ===\n${body}\n`);
      return { kind: 'sent', externalId: null };
    },
  };
}

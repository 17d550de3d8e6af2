// The words every door uses for a deal: its type's label, its parties and their roles.
// One definition, so an alert, a list row and a digest never disagree about who took part.
import type { CompanyRole, DealCompany, DealType } from '../model/deal.js';

const TYPE_LABELS: Readonly<Record<DealType, string>> = {
  acquisition: 'Acquisition',
  merger: 'Merger',
  partnership: 'Partnership',
  investment: 'Investment',
  funding: 'Funding round',
  contract: 'Contract',
  joint_venture: 'Joint venture',
  ipo: 'IPO',
};

export function dealTypeLabel(type: DealType | string | null): string {
  return type ? (TYPE_LABELS[type as DealType] ?? type) : 'Deal';
}

/** The companies that take part in the deal: every role but `mentioned`. */
export function dealParties(companies: readonly DealCompany[]): DealCompany[] {
  return companies.filter((c) => c.role !== 'mentioned');
}

export function roleLabel(role: CompanyRole | string): string {
  return role;
}

/**
 * A readable date and time in the configured zone: "1 Jul 2025, 10:30 CEST". Chat clients
 * that can show times in each reader's own zone (Slack's date token, Discord's embed
 * timestamp) get the raw time as well; this is what everything else shows.
 */
export function formatDateTime(date: Date, timeZone = 'UTC'): string {
  if (!Number.isFinite(date.getTime())) return 'unknown time';
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')}, ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

/** "OpenAI (party), Google (party)", or `none` when no party was identified. */
export function partiesText(companies: readonly DealCompany[], none = 'n/a', separator = ', '): string {
  const parties = dealParties(companies);
  return parties.length > 0 ? parties.map((c) => `${c.name} (${roleLabel(c.role)})`).join(separator) : none;
}

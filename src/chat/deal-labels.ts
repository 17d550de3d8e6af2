// The words every door uses for a deal: its type's label, its parties and their roles.
// One definition, so an alert, a list row and a digest never disagree about who took part.
import type { CompanyRole, DealCompany, DealType } from '../model/deal.js';
import type { DealChange, DealLifecycle, DealRecord } from '../model/records.js';

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

const STATUS_LABELS: Readonly<Record<DealLifecycle, string>> = {
  rumored: 'Rumoured',
  announced: 'Announced',
  completed: 'Completed',
  terminated: 'Called off',
  denied: 'Denied',
};

export function statusLabel(status: DealLifecycle | string): string {
  return STATUS_LABELS[status as DealLifecycle] ?? status;
}

/**
 * The deal's kind as a reader says it: "Acquisition", or "Rumoured acquisition" while it is
 * only talk, "Completed acquisition" once done. Announced deals need no adjective.
 */
export function dealKindLabel(deal: Pick<DealRecord, 'type' | 'status'>): string {
  const type = dealTypeLabel(deal.type);
  if (deal.status === 'announced') return type;
  return `${statusLabel(deal.status)} ${type.charAt(0).toLowerCase()}${type.slice(1).replace(/^iPO/, 'IPO')}`;
}

/** "Tech Wire", "Tech Wire and Biz Daily", "Tech Wire, Biz Daily and 3 more". */
export function sourcesText(names: readonly string[], shown = 3): string {
  const unique = [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
  if (unique.length === 0) return 'another source';
  if (unique.length === 1) return unique[0]!;
  if (unique.length <= shown) return `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)!}`;
  return `${unique.slice(0, shown).join(', ')} and ${unique.length - shown} more`;
}

/** "reported by 3 sources", for an alert once more outlets have reported its deal. */
export function reportCountText(count: number): string | null {
  return count > 1 ? `reported by ${count} sources` : null;
}

/** What changed, as one phrase: "completed", "called off", "cleared by regulators", "amount now $2 billion". */
export function changeText(change: DealChange): string {
  switch (change.kind) {
    case 'status':
      return change.to === 'terminated' ? 'called off' : change.to === 'completed' ? 'completed' : `now ${statusLabel(change.to).toLowerCase()}`;
    case 'regulatory':
      return change.step === 'cleared' ? 'cleared by regulators' : 'blocked by regulators';
    case 'amount':
      return change.from ? `amount now ${change.to.text} (was ${change.from.text})` : `amount now ${change.to.text}`;
  }
}

/** The headline of a lifecycle update: "Update: completed, amount now $2 billion". */
export function changesHeadline(changes: readonly DealChange[]): string {
  const phrases = changes.map(changeText);
  const text = phrases.length > 0 ? phrases.join(', ') : 'new report';
  return `Update: ${text}`;
}

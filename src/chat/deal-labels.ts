// The words every door uses for a deal: its type's label, its parties and their roles.
// One definition, so an alert, a list row and a digest never disagree about who took part.
import type { CompanyRole, DealCompany, DealType } from '../model/deal.js';
import type { DealChange, DealLifecycle, DealRecord, Digest, ReportRecord, TimelineEntry } from '../model/records.js';

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
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).formatToParts(date);
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

/**
 * The facts a list row shows after the deal's title, raw (each door escapes): its kind with
 * status, amount, parties, how many reports, and its first source.
 */
export function dealFacts(deal: DealRecord): string[] {
  const parties = dealParties(deal.companies).map((c) => c.name.replace(/\s+/g, ' ').trim());
  const reports = deal.reportCount > 1 ? `${deal.reportCount} reports` : null;
  return [dealKindLabel(deal), deal.amount?.text ?? null, parties.length > 0 ? parties.join(', ') : null, reports, deal.source].filter(
    (p): p is string => p !== null && p.trim() !== '',
  );
}

/** One timeline entry as a door shows it: when, what (raw text), and the report behind it. */
export interface TimelineLine {
  readonly at: Date;
  readonly text: string;
  readonly report: ReportRecord | null;
}

export function timelineLine(entry: TimelineEntry): TimelineLine {
  switch (entry.kind) {
    case 'report':
      return { at: entry.at, text: `reported by ${entry.report.source ?? 'an unnamed source'}`, report: entry.report };
    case 'status':
      return { at: entry.at, text: `${statusLabel(entry.from).toLowerCase()} → ${statusLabel(entry.to).toLowerCase()}`, report: entry.report };
    case 'regulatory':
      return { at: entry.at, text: changeText({ kind: 'regulatory', step: entry.step }), report: entry.report };
    case 'amount':
      return { at: entry.at, text: changeText({ kind: 'amount', from: entry.from, to: entry.to }), report: entry.report };
  }
}

/** "Deals of 24 Nov – 1 Dec 2026" in the given zone. */
export function digestTitle(digest: Digest, timeZone = 'UTC'): string {
  const date = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric' }).format(d);
  return `Deals of ${date(digest.since)} – ${date(digest.until)}`;
}

/** "Acquisitions (3)": a digest group's heading. */
export function digestGroupTitle(type: DealType | null, count: number): string {
  const label = type === 'funding' ? 'Funding rounds' : type === 'ipo' ? 'IPOs' : `${dealTypeLabel(type)}s`;
  return `${label} (${count})`;
}

// Renders the replies in a deal's thread on Discord: further reports ("Also reported by …")
// and lifecycle steps ("Update: completed"). Pure. Feed text is escaped and cut, links go
// through the shared link policy, and nothing can ping (allowed_mentions is empty).
import type { RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { OutgoingMessage } from '../../deliver/destination.js';
import type { ReportRecord } from '../../model/records.js';
import { changesHeadline, formatDateTime, sourcesText } from '../deal-labels.js';
import { LINK_LIMITS, safeLink } from '../link-policy.js';
import { cut, escapeAndCut, plainText } from './discord-text.js';

const CONTENT_MAX = 2000;
const REPORTS_SHOWN = 10;

type FollowUp = Extract<OutgoingMessage, { kind: 'follow-up' }>;
type Lifecycle = Extract<OutgoingMessage, { kind: 'lifecycle' }>;

/** A masked link whose URL cannot close the link early; `<…>` keeps Discord from embedding it. */
function link(url: string | null, label: string): string {
  const safe = safeLink(url, LINK_LIMITS.discordEmbedUrl)?.replace(/[()<>\s]/g, (c) => encodeURIComponent(c)) ?? null;
  const text = escapeAndCut(label.replace(/\s+/g, ' ').trim() || '(untitled)', 200);
  return safe ? `[${text}](<${safe}>)` : text;
}

function reportLine(report: ReportRecord, links: boolean): string {
  const source = escapeAndCut(plainText(report.source ?? 'unknown source'), 100);
  const when = `<t:${Math.floor(report.publishedAt.getTime() / 1000)}:f>`;
  const title = links ? link(report.url, report.title) : escapeAndCut(report.title.replace(/\s+/g, ' ').trim(), 200);
  return `- ${title} · ${source} · ${Number.isFinite(report.publishedAt.getTime()) ? when : formatDateTime(report.publishedAt)}`;
}

/** Joins lines, dropping whole lines past Discord's 2000-character content limit. */
function joinWithinLimit(lines: readonly string[]): string {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used + line.length + 1 > CONTENT_MAX) break;
    out.push(line);
    used += line.length + 1;
  }
  return out.length > 0 ? out.join('\n') : cut(lines[0] ?? '', CONTENT_MAX);
}

function headline(message: FollowUp | Lifecycle): string {
  if (message.kind === 'follow-up') return `**Also reported by ${escapeAndCut(sourcesText(message.reports.map((r) => plainText(r.source ?? ''))), 400)}**`;
  return `**${escapeAndCut(changesHeadline(message.changes), 300)}**: ${escapeAndCut(message.deal.title.replace(/\s+/g, ' ').trim(), 300)}`;
}

/** updateMessage renders a reply; `reduced` is the fallback after a refusal: no links. */
export function updateMessage(message: FollowUp | Lifecycle, form: 'full' | 'reduced' = 'full'): RESTPostAPIChannelMessageJSONBody {
  const reports = message.kind === 'follow-up' ? message.reports : [message.report];
  const shown = reports.slice(0, REPORTS_SHOWN);
  const lines = [headline(message), ...shown.map((r) => reportLine(r, form === 'full'))];
  if (reports.length > shown.length) lines.push(`…and ${reports.length - shown.length} more`);
  // Suppress link previews: the alert already carries the deal's card.
  return { content: joinWithinLimit(lines), allowed_mentions: { parse: [] }, flags: 4 };
}

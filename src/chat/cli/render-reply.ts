// Renders the neutral command Reply for a terminal, or as JSON Lines for scripts. The CLI
// shows whole lists: a terminal has no message-size limit, and admins want to see it all.
import type { PendingSummary, Reply, ReplyBlock } from '../../commands/index.js';
import type { DealRecord, DealTimeline, Digest, FeedRecord } from '../../model/records.js';
import { redactUrl, redactUrls } from '../../text/redact.js';
import { dealFacts, dealKindLabel, digestGroupTitle, digestTitle, formatDateTime, partiesText, timelineLine } from '../deal-labels.js';
import { cliEntries, cliUsage } from './cli-args.js';

export interface CliOutput {
  readonly stdout: readonly string[];
  readonly stderr: readonly string[];
  /** 0, or 1 when the reply reports an error (not found, refused). */
  readonly exitCode: number;
}

const iso = (d: Date | null): string => (d ? d.toISOString().replace('.000Z', 'Z') : '-');

/** The JSON form of a deal, one object per line (`deals search --json`). */
export function dealJson(d: DealRecord): Record<string, unknown> {
  return {
    id: d.id,
    title: d.title,
    url: d.url,
    type: d.type,
    status: d.status,
    regulatory: d.regulatory,
    reports: d.reportCount,
    last_report: d.lastReportAt.toISOString(),
    score: d.score,
    amount: d.amount,
    companies: d.companies,
    summary: d.summary,
    published: d.publishedAt.toISOString(),
    source: d.source,
  };
}

function dealLines(d: DealRecord): string[] {
  const reports = d.reportCount > 1 ? `${d.reportCount} reports` : null;
  const extras = [partiesText(d.companies, 'no parties identified'), d.amount?.text ?? null, reports, d.url].filter((p): p is string => p !== null);
  return [`#${d.id}  ${d.publishedAt.toISOString().slice(0, 10)}  ${dealKindLabel(d)}  ${d.title}`, `            ${extras.join(' · ')}`];
}

/** A deal's timeline for a terminal: the deal, then one line per report or change. */
export function timelineLines(timeline: DealTimeline, timeZone = 'UTC'): string[] {
  const { deal } = timeline;
  const lines = [`#${deal.id}  ${dealKindLabel(deal)}: ${deal.title}`, `    ${dealFacts(deal).join(' · ')}`];
  if (timeline.why) lines.push(`    why: ${timeline.why}`);
  for (const entry of timeline.entries) {
    const line = timelineLine(entry);
    const story = line.report ? `  ${line.report.title}${line.report.url ? ` <${line.report.url}>` : ''}` : '';
    lines.push(`  ${formatDateTime(line.at, timeZone)}  ${line.text}${story}`);
  }
  return lines;
}

/** A digest for a terminal (and the console destination): a title, then each type's deals. */
export function digestLines(digest: Digest, timeZone = 'UTC'): string[] {
  const lines = [digestTitle(digest, timeZone)];
  if (digest.total === 0) return [...lines, 'No deals in this period.'];
  for (const group of digest.groups) {
    lines.push('', digestGroupTitle(group.type, group.deals.length));
    for (const d of group.deals) lines.push(`  #${d.id}  ${d.title}`, `      ${dealFacts(d).join(' · ')}${d.url ? ` · ${d.url}` : ''}`);
  }
  if (digest.more) lines.push('', '(more deals matched than a digest shows; dealwatch deals since <date> lists them all)');
  return lines;
}

function feedState(f: FeedRecord): string {
  if (f.disabledReason) return `DISABLED: ${f.disabledReason}`;
  if (f.errorCount > 0) return `failing x${f.errorCount}: ${f.lastError ?? 'unknown error'} (next try ${iso(f.nextPollAt)})`;
  return f.lastWarning ? `ok, but ${f.lastWarning}` : 'ok';
}

function pendingLine(pending: readonly PendingSummary[]): string {
  if (pending.length === 0) return 'pending deliveries: none';
  const parts = pending.map(
    (p) => `${p.destination} ${p.count}${p.reason ? ` (waiting: ${p.reason}${p.nextAttemptAt ? `; next try ${iso(p.nextAttemptAt)}` : ''})` : ''}`,
  );
  return `pending deliveries: ${parts.join(', ')}`;
}

function blockLines(block: ReplyBlock, json: boolean): { out: string[]; err: string[] } {
  switch (block.kind) {
    case 'heading':
      return { out: json ? [] : [block.text], err: [] };
    case 'text':
      return { out: json ? [] : [block.text], err: [] };
    case 'error':
      return { out: [], err: [block.text] };
    case 'usage': {
      const entries = cliEntries().filter((e) => e.kind === 'command' && e.command === block.command && (block.action === null || e.action === block.action));
      return { out: [], err: entries.map(cliUsage) };
    }
    case 'deals':
      if (json) return { out: block.deals.map((d) => JSON.stringify(dealJson(d))), err: [] };
      return { out: [...block.deals.flatMap(dealLines), ...(block.more && block.moreHint ? [`(${block.moreHint})`] : [])], err: [] };
    case 'watchlist':
      if (block.entries.length === 0) return { out: ['The watchlist is empty. Add with: dealwatch watch add <name> [--alias A]'], err: [] };
      return {
        out: block.entries.map((e) => {
          const extras = [
            e.aliases.length ? `aliases: ${e.aliases.join(', ')}` : '',
            e.tickers.length ? `tickers: ${e.tickers.join(', ')}` : '',
            e.match !== 'auto' ? `match: ${e.match}` : '',
            `from ${e.source}`,
          ];
          return `${e.name}  (${extras.filter(Boolean).join('; ')})`;
        }),
        err: [],
      };
    case 'feeds':
      if (block.feeds.length === 0) return { out: ['No feeds. Add one with: dealwatch feeds add <url>'], err: [] };
      return {
        out: block.feeds.flatMap((f) => [
          `#${f.id}  ${f.name ?? f.title ?? '(not polled yet)'}  ${redactUrl(f.url)}`,
          `     ${feedState(f)}; last success ${iso(f.lastSuccessAt)}; next poll ${iso(f.nextPollAt)}; from ${f.source}`,
        ]),
        err: [],
      };
    case 'timeline':
      if (json) return { out: [JSON.stringify({ ...dealJson(block.timeline.deal), timeline: block.timeline.entries })], err: [] };
      return { out: timelineLines(block.timeline), err: [] };
    case 'digest':
      if (json) return { out: block.digest.groups.flatMap((g) => g.deals.map((d) => JSON.stringify(dealJson(d)))), err: [] };
      return { out: digestLines(block.digest), err: [] };
    case 'dead-letters':
      return { out: block.letters.map((d) => `#${d.id}  ${d.destination}  deal #${d.dealId} ${d.title}\n     ${d.reason} (${iso(d.at)})`), err: [] };
    case 'status': {
      const c = block.lastCycle;
      const out = [
        `feeds: ${block.healthy} healthy, ${block.backingOff} backing off, ${block.disabled} disabled`,
        ...(block.troubled ?? []).map(
          (f) =>
            `  ${f.disabledReason ? 'disabled    ' : 'backing off '} #${f.id} ${redactUrl(f.url)}: ${redactUrls(f.disabledReason ?? f.lastError ?? '')} (x${f.errorCount}, next try ${iso(f.nextPollAt)})`,
        ),
        c
          ? `last cycle: finished ${iso(c.finishedAt)}; ${c.feedsPolled} polled, ${c.notModified} not modified, ${c.failed} failed, ${c.newItems} new items, ${c.alerts} alerts`
          : 'last cycle: none yet',
        ...(block.idleReason ? [`nothing to poll now: ${block.idleReason}`] : []),
        pendingLine(block.pending),
        block.deadLetters === 0
          ? 'dead letters: none'
          : `dead letters: ${block.deadLetters} (refused by the platform even in reduced form; dealwatch outbox retry|drop <id>)`,
        ...(block.deadLetterDetails ?? []).slice(0, 10).map((d) => `  #${d.id} ${d.destination}: ${d.title} (${d.reason})`),
        block.watchlistSize === 0
          ? 'watchlist: empty, so nothing can alert; add companies to the config or with dealwatch watch add <name>'
          : `watchlist: ${block.watchlistSize} companies`,
      ];
      return { out, err: [] };
    }
  }
}

/** renderCliReply turns a Reply into output lines and an exit code. */
export function renderCliReply(reply: Reply, options: { json: boolean }): CliOutput {
  const stdout: string[] = [];
  const stderr: string[] = [];
  for (const block of reply.blocks) {
    const { out, err } = blockLines(block, options.json);
    stdout.push(...out);
    stderr.push(...err);
  }
  const failed = reply.blocks.some((b) => b.kind === 'error');
  return { stdout, stderr, exitCode: failed ? 1 : 0 };
}

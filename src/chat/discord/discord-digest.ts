// Renders a deal's timeline and a period's digest for Discord. Pure. digestMessages splits
// a long digest into messages that each stay within Discord's limits (10 embeds, 4,096
// characters per description, 6,000 across a message's embeds).
import type { APIEmbed, RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { DealRecord, DealTimeline, Digest } from '../../model/records.js';
import { dealFacts, dealKindLabel, digestGroupTitle, digestTitle, timelineLine } from '../deal-labels.js';
import { LINK_LIMITS, safeLink } from '../link-policy.js';
import { DEAL_COLOURS, EMBED_LIMITS, embedLength } from './discord-embed.js';
import { escapeAndCut } from './discord-text.js';

/** A masked link built by us from an http(s) URL; the label is escaped feed text. */
export function maskedLink(url: string | null, label: string, max = 150): string {
  const safe = safeLink(url, LINK_LIMITS.discordEmbedUrl);
  const text = escapeAndCut(label.replace(/\s+/g, ' ').trim() || '(untitled)', max);
  return safe ? `[${text}](<${safe.replace(/[<>()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)}>)` : text;
}

const when = (date: Date) => (Number.isFinite(date.getTime()) ? `<t:${Math.floor(date.getTime() / 1000)}:d>` : 'unknown date');

/** A deal as one list row: linked title and id, then its facts and date. */
export function dealRow(deal: DealRecord): string {
  return `• ${maskedLink(deal.url, deal.title)} \`#${deal.id}\` — ${escapeAndCut(dealFacts(deal).join(' · '), 300)} · ${when(deal.publishedAt)}`;
}

/** Joins rows into descriptions of at most `max` characters each. */
function chunks(rows: readonly string[], max: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const row of rows) {
    const next = current ? `${current}\n${row}` : row;
    if (next.length > max && current) {
      out.push(current);
      current = row.slice(0, max);
    } else current = next.slice(0, max);
  }
  if (current) out.push(current);
  return out;
}

export function timelineEmbed(timeline: DealTimeline): APIEmbed {
  const { deal } = timeline;
  const rows = timeline.entries.map((entry) => {
    const line = timelineLine(entry);
    const story = line.report ? ` · ${maskedLink(line.report.url, line.report.title, 120)}` : '';
    return `• <t:${Math.floor(line.at.getTime() / 1000)}:f> · ${escapeAndCut(line.text, 200)}${story}`;
  });
  const kept = rows.length > 40 ? [...rows.slice(0, 15), `…${rows.length - 30} more…`, ...rows.slice(-15)] : rows;
  const head = `\`#${deal.id}\` · ${escapeAndCut(dealFacts(deal).join(' · '), 500)}${timeline.why ? `\nWhy: ${escapeAndCut(timeline.why, 400)}` : ''}`;
  return {
    title: escapeAndCut(`${dealKindLabel(deal)}: ${deal.title.replace(/\s+/g, ' ').trim()}`, EMBED_LIMITS.title),
    description: chunks([head, '', ...kept], EMBED_LIMITS.description - 100)[0] ?? head,
    color: DEAL_COLOURS[deal.type ?? 'none'],
  };
}

/** One embed per deal type (split when a type has many deals), after a title embed. */
export function digestEmbeds(digest: Digest, timeZone = 'UTC'): APIEmbed[] {
  const embeds: APIEmbed[] = [
    {
      title: escapeAndCut(digestTitle(digest, timeZone), EMBED_LIMITS.title),
      description: digest.total === 0 ? 'No deals in this period.' : `${digest.total} deal(s)`,
    },
  ];
  for (const group of digest.groups) {
    const parts = chunks(group.deals.map(dealRow), 2_000);
    parts.forEach((description, i) =>
      embeds.push({
        title: `${digestGroupTitle(group.type, group.deals.length)}${parts.length > 1 ? ` ${i + 1}/${parts.length}` : ''}`,
        description,
        color: DEAL_COLOURS[group.type ?? 'none'],
      }),
    );
  }
  if (digest.more) embeds.push({ description: 'More deals matched than a digest shows; /deals since <date> lists them all.' });
  return embeds;
}

/** digestMessages packs the digest's embeds into as few messages as Discord allows. */
export function digestMessages(digest: Digest, timeZone = 'UTC'): RESTPostAPIChannelMessageJSONBody[] {
  const messages: RESTPostAPIChannelMessageJSONBody[] = [];
  let current: APIEmbed[] = [];
  let size = 0;
  for (const embed of digestEmbeds(digest, timeZone)) {
    const length = embedLength(embed);
    if (current.length > 0 && (current.length === EMBED_LIMITS.embedsPerMessage || size + length > EMBED_LIMITS.total)) {
      messages.push({ embeds: current, allowed_mentions: { parse: [] } });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push({ embeds: current, allowed_mentions: { parse: [] } });
  return messages;
}

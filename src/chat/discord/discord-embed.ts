// Renders a stored deal as one Discord embed. Pure: no I/O, no clock. Every piece of
// feed text is escaped and cut to Discord's limits, and the whole embed stays within
// the 6000-character message budget that EmbedBuilder does not check.
import type { APIEmbed, APIEmbedField, RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { DealType } from '../../model/deal.js';
import type { DealRecord } from '../../model/records.js';
import { dealKindLabel, partiesText, reportCountText } from '../deal-labels.js';
import { LINK_LIMITS, safeLink } from '../link-policy.js';
import { cut, escapeAndCut, plainText } from './discord-text.js';

export const EMBED_LIMITS = Object.freeze({
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  total: 6000,
  embedsPerMessage: 10,
  content: 2000,
});

/** One colour per deal type, so a channel can be scanned at a glance. */
export const DEAL_COLOURS: Readonly<Record<DealType | 'none', number>> = Object.freeze({
  acquisition: 0xe67e22,
  merger: 0x9b59b6,
  partnership: 0x3498db,
  investment: 0x2ecc71,
  funding: 0x1abc9c,
  contract: 0xf1c40f,
  joint_venture: 0x34495e,
  ipo: 0xe91e63,
  none: 0x95a5a6,
});

/** Said in the alert when its link could not be used (too long for Discord, or unsafe). */
const LINK_DROPPED = '\n\n(The story\u2019s link is not shown: it is too long for Discord or not a plain web link.)';

/** The summary gets at most this much, to keep alerts compact (Discord allows 4096). */
const SUMMARY_MAX = 1500;

/** embedLength counts what Discord counts towards the 6000 total. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) n += field.name.length + field.value.length;
  return n;
}

/** dealEmbed renders one deal; the result always fits one message on its own. */
export function dealEmbed(deal: DealRecord): APIEmbed {
  const url = safeLink(deal.url, LINK_LIMITS.discordEmbedUrl);
  const fields: APIEmbedField[] = [
    { name: 'Parties', value: escapeAndCut(partiesText(deal.companies), EMBED_LIMITS.fieldValue), inline: false },
    { name: 'Type', value: dealKindLabel(deal), inline: true },
    { name: 'Amount', value: deal.amount ? escapeAndCut(deal.amount.text, EMBED_LIMITS.fieldValue) : 'not disclosed', inline: true },
  ];
  const embed: APIEmbed = {
    title: escapeAndCut(deal.title.replace(/\s+/g, ' ').trim() || '(untitled)', EMBED_LIMITS.title),
    ...(url ? { url } : {}),
    description: escapeAndCut(deal.summary, SUMMARY_MAX) + (deal.url && !url ? LINK_DROPPED : ''),
    color: DEAL_COLOURS[deal.type ?? 'none'],
    fields,
    footer: { text: cut(plainText([deal.source ?? 'unknown source', reportCountText(deal.reportCount)].filter(Boolean).join(' · ')), EMBED_LIMITS.footer) },
    timestamp: deal.publishedAt.toISOString(),
  };
  const excess = embedLength(embed) - EMBED_LIMITS.total;
  if (excess > 0 && embed.description) {
    // Only the description is long enough to give way; the rest is capped well below.
    embed.description = escapeAndCut(deal.summary, Math.max(0, embed.description.length - excess));
  }
  return embed;
}

/** dealMessage is the full message body; allowed_mentions is always empty so nothing pings. */
export function dealMessage(deal: DealRecord): RESTPostAPIChannelMessageJSONBody {
  return { embeds: [dealEmbed(deal)], allowed_mentions: { parse: [] } };
}

/**
 * reducedDealMessage is the reduced form, sent once after Discord refused the full alert:
 * one line of plain content, no embed and no link, shortened, and still unable to ping.
 */
export function reducedDealMessage(deal: DealRecord): RESTPostAPIChannelMessageJSONBody {
  const head = `**${escapeAndCut(`${dealKindLabel(deal)}: ${deal.title.replace(/\s+/g, ' ').trim()}`, 300)}**`;
  const content = [head, escapeAndCut(deal.summary.replace(/\s+/g, ' ').trim(), 1000), plainText(deal.source ?? 'unknown source')]
    .filter((l) => l !== '')
    .join('\n');
  return { content: cut(content, EMBED_LIMITS.content), allowed_mentions: { parse: [] } };
}

// Text helpers for Discord: escaping untrusted feed text and cutting it to Discord's
// limits without leaving a dangling escape or half a surrogate pair.
import { graphemeBoundaryAtOrBefore } from '../../text/graphemes.js';
import { escapeMarkdown, type EscapeMarkdownOptions } from 'discord.js';

const ZWSP = '\u200b';

/**
 * Every markdown construct discord.js knows how to escape, including the ones off by
 * default, except two that escapeLeftovers below does better:
 * - italic: discord.js's pass is quadratic (seconds on a few thousand `*`);
 * - maskedLink: discord.js escapes only the first `[` of a line, so in
 *   "[a](x) [b](y)" the second link stays live, and its regex is super-linear
 *   (minutes on 20 kB of "[a](").
 */
export const ESCAPE_ALL: EscapeMarkdownOptions = Object.freeze({
  bold: true,
  italic: false,
  underline: true,
  strikethrough: true,
  spoiler: true,
  inlineCode: true,
  codeBlock: true,
  codeBlockContent: true,
  escape: true,
  heading: true,
  bulletedList: true,
  numberedList: true,
  maskedLink: false,
});

/**
 * neutralizeMentions breaks `@everyone`, `@here` and `<@…>`/`<#…>` mention syntax with a
 * zero-width space. `allowed_mentions: { parse: [] }` is the real defence; this only
 * stops them from looking like a ping.
 */
export function neutralizeMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWSP}$1`).replace(/<([@#]|a?:|t:|\/)/g, `<${ZWSP}$1`);
}

/**
 * escapeFeedText makes untrusted text render literally in Discord markdown: escapeMarkdown
 * with every option, plus block quotes and `-#` subtext (which escapeMarkdown leaves alone),
 * plus neutralized mentions.
 */
export function escapeFeedText(text: string): string {
  const escaped = escapeMarkdown(text, ESCAPE_ALL)
    .replace(/^(\s*)(>)/gm, '$1\\$2')
    .replace(/^(\s*)-#/gm, '$1\\-#');
  return neutralizeMentions(escapeLeftovers(escaped));
}

const EMPHASIS = new Set(['*', '_', '~', '|', '`', '[', ']']);

/**
 * escapeLeftovers escapes, in one linear pass, every emphasis and link bracket
 * character escapeMarkdown left alone: every `*` and `_` (it leaves one star of
 * "****"), lone `~` or `|` a later one could pair with, and every `[`/`]`, so no masked
 * link `[label](url)` survives anywhere in the text.
 */
function escapeLeftovers(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') {
      out += ch + (text[i + 1] ?? '');
      i++;
    } else out += EMPHASIS.has(ch) ? `\\${ch}` : ch;
  }
  return out;
}

/** Plain-text places (footer, author, choice names) do not render markdown; only mentions are neutralized. */
export function plainText(text: string): string {
  return neutralizeMentions(text.replace(/\s+/g, ' ').trim());
}

/** cut shortens text to at most max UTF-16 units, ending with … when it had to cut. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  // Never split a grapheme: an emoji, a flag, a letter and its accent stay whole.
  let head = text.slice(0, graphemeBoundaryAtOrBefore(text, max - 1)).trimEnd();
  // A trailing odd backslash would escape the ellipsis; drop it.
  const slashes = /\\+$/.exec(head)?.[0].length ?? 0;
  if (slashes % 2 === 1) head = head.slice(0, -1);
  return `${head}…`;
}

/** escapeAndCut escapes untrusted text, then fits it in max, cutting the raw text so no escape is split. */
export function escapeAndCut(text: string, max: number): string {
  // Escaping never shortens text, so more than max + 1 raw characters can never fit.
  const full = escapeFeedText(text.length > max + 1 ? cut(text, max + 1) : text);
  if (full.length <= max) return full;
  let rawLength = Math.min(text.length, max);
  // Each pass shortens by the overshoot, so this ends after a few passes.
  for (;;) {
    const attempt = escapeFeedText(cut(text, rawLength));
    if (attempt.length <= max || rawLength <= 1) return attempt.length <= max ? attempt : cut(attempt, max);
    rawLength -= Math.max(1, attempt.length - max);
  }
}

/**
 * logSafeError keeps what helps an operator (name, message, HTTP status, Discord code)
 * and drops what discord.js errors also carry: the request URL, which holds webhook and
 * interaction tokens, and the request body.
 */
export function logSafeError(error: unknown): { name: string; message: string; status?: number; code?: number | string } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const { status, code } = error as { status?: unknown; code?: unknown };
  return {
    name: error.name,
    message: error.message.replace(/\/webhooks\/(\d+)\/[^/\s?]+/g, '/webhooks/$1/***').replace(/\/interactions\/(\d+)\/[^/\s?]+/g, '/interactions/$1/***'),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof code === 'number' || typeof code === 'string' ? { code } : {}),
  };
}

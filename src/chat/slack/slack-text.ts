// Text helpers shared by the Slack renderers: escaping for mrkdwn, truncation that
// never cuts an entity in half, and the only way a link is ever built.
import { graphemeBoundaryAtOrBefore, truncateCodePoints } from '../../text/graphemes.js';
import { LINK_LIMITS, safeLink } from '../link-policy.js';

/** Block Kit limits we must respect (see docs: chat-platforms.md, "Limits"). */
export const SLACK_LIMITS = Object.freeze({
  maxBlocks: 50,
  headerText: 150,
  sectionText: 3000,
  maxFields: 10,
  fieldText: 2000,
  contextElements: 10,
  blockId: 255,
  buttonText: 75,
  buttonUrl: LINK_LIMITS.slackButtonUrl,
  /** Top-level `text`: Slack truncates at 40k; notifications show far less. Keep it short. */
  fallbackText: 3000,
});

const ELLIPSIS = '…';

/**
 * escapeMrkdwn replaces the three control characters Slack reserves, `&` first, so
 * `<!channel>`, `<@U123>` and `<https://evil|bank>` reach the reader as plain text.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** truncate fits text in `max` characters (Slack counts code points), cutting only between graphemes. */
export function truncate(text: string, max: number): string {
  return truncateCodePoints(text, max, ELLIPSIS);
}

/**
 * fitEscaped truncates the raw text BEFORE escaping, so an entity is never cut, and
 * picks the longest prefix whose escaped form still fits `max` characters.
 */
export function fitEscaped(text: string, max: number): string {
  const escaped = escapeMrkdwn(text);
  if (Array.from(escaped).length <= max) return escaped;
  const chars = Array.from(text);
  // Walk the raw text, counting the escaped length, and stop where "…" still fits.
  let used = 0;
  let end = 0;
  for (; end < chars.length; end++) {
    const c = chars[end]!;
    const width = c === '&' ? 5 : c === '<' || c === '>' ? 4 : 1;
    if (used + width > max - 1) break;
    used += width;
  }
  // Back off to a grapheme boundary, so no emoji, flag or accented letter is split.
  const prefix = chars.slice(0, end).join('');
  return escapeMrkdwn(prefix.slice(0, graphemeBoundaryAtOrBefore(text, prefix.length)).trimEnd()) + ELLIPSIS;
}

/** oneLine folds newlines and runs of whitespace, for headers and list rows. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * safeHttpUrl returns a URL fit to put inside `<url|label>` or a button, or null: the shared
 * link policy (http(s), no user info, within Slack's length), plus the characters that
 * would end Slack's link token encoded.
 */
export function safeHttpUrl(raw: string | null | undefined, maxLength: number = SLACK_LIMITS.buttonUrl): string | null {
  const href = safeLink(raw, maxLength)?.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E') ?? null;
  return href !== null && href.length <= maxLength ? href : null;
}

/** mrkdwnLink builds `<url|label>` with an escaped label, or just the escaped label when the URL is unsafe. */
export function mrkdwnLink(url: string | null, label: string, maxLabel: number, maxUrl: number = SLACK_LIMITS.buttonUrl): string {
  const safe = safeHttpUrl(url, maxUrl);
  const text = fitEscaped(oneLine(label), maxLabel);
  return safe ? `<${safe.replace(/&/g, '&amp;')}|${text}>` : text;
}

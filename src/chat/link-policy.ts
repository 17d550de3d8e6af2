// The one rule for links built from feed data, on every platform: http(s) only, no user
// info (https://news.example.com@evil.example/ is refused: it reads as one host and goes to
// another), and within the platform's own length limit. An unusable link is dropped, never
// "fixed": the alert then goes out without it.

/** Where each platform stops accepting a URL. */
export const LINK_LIMITS = Object.freeze({
  /** Discord: an embed's `url`. */
  discordEmbedUrl: 2048,
  /** Slack: a button's `url`, and links in mrkdwn. */
  slackButtonUrl: 3000,
});

/** safeLink returns the normalized href, or null when the URL may not be linked. */
export function safeLink(raw: string | null | undefined, maxLength: number): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url.href.length <= maxLength ? url.href : null;
}

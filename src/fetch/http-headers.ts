// Pure helpers for the response headers that steer polling. Kept apart from the
// fetcher so they can be table-tested without a server.

/**
 * parseRetryAfter reads a Retry-After value (RFC 9110 §10.2.3): either delta-seconds
 * or an HTTP-date. Returns milliseconds from `nowMs`, clamped at 0 for dates in the
 * past, or null when the header is absent or unparseable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (value === null) return null;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  // Only accept things that look like a date; Date.parse alone accepts "1" or "-5".
  if (!/[a-z]/i.test(trimmed)) return null;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/**
 * parseMaxAge returns Cache-Control max-age in seconds, or null when absent. The
 * scheduler raises a feed's interval to at least this, as Miniflux does.
 */
export function parseMaxAge(cacheControl: string | null): number | null {
  if (cacheControl === null) return null;
  for (const directive of cacheControl.split(',')) {
    const match = /^\s*max-age\s*=\s*"?(\d+)"?\s*$/i.exec(directive);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return null;
}

/** formatBytes renders a byte limit for operator messages ("5 MB", "512 KB"). */
export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${Number((bytes / mb).toFixed(1))} MB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`;
  return `${bytes} bytes`;
}

/** formatDuration renders a timeout for operator messages ("30 s", "300 ms"). */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))} s` : `${ms} ms`;
}

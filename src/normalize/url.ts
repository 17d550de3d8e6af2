// URL rules for items: make links absolute, and a canonical form for cross-feed dedupe.

// Query parameters that only identify a campaign, click or mail recipient, never the page.
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  '_hsenc',
  '_hsmi',
  '__hssc',
  '__hstc',
  '__hsfp',
  'hsctatracking',
  'mkt_tok',
  'ref_src',
  'ref_url',
  '_ga',
  '_gl',
  'oly_anon_id',
  'oly_enc_id',
  'vero_conv',
  'vero_id',
  'wickedid',
  'rb_clickid',
  's_cid',
  'cmpid',
  'ncid',
  'sr_share',
  'at_medium',
  'at_campaign',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'itm_'];

function isTracking(rawKey: string): boolean {
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' ')).toLowerCase();
  } catch {
    key = rawKey.toLowerCase();
  }
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * canonicalizeUrl removes tracking parameters and the fragment, lowercases scheme and host
 * and drops a default port (WHATWG URL does the last two). The remaining parameters keep their
 * order and their original encoding, so two feeds linking the same page produce the same string.
 * A string that is not an absolute URL comes back trimmed, without its fragment.
 */
export function canonicalizeUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    const hash = trimmed.indexOf('#');
    return hash === -1 ? trimmed : trimmed.slice(0, hash);
  }
  parsed.hash = '';
  if (parsed.search.length > 1) {
    const kept = parsed.search
      .slice(1)
      .split('&')
      .filter((pair) => pair !== '' && !isTracking(pair.split('=', 1)[0] ?? ''));
    parsed.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  } else {
    parsed.search = '';
  }
  return parsed.href;
}

/** resolveUrl makes `href` absolute against `base`; null when that is impossible or the scheme is not web-like. */
export function resolveUrl(href: string | null, base: string | null): string | null {
  const trimmed = href?.trim();
  if (!trimmed) return null;
  try {
    const url = new URL(trimmed, base ?? undefined);
    // javascript:, data: and the like are never a story's address.
    return /^(https?|ftp):$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

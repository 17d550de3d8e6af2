// Secrets that travel inside URLs (user info, `?token=`, `&sig=`) are cut out of anything a
// person or a log can read: log lines, stored errors, status and list output. The feed is
// still fetched with its real URL; only what is shown is redacted.

/** Query parameters whose value is a credential, by the words their names contain. */
const SECRET_PARAM = /^(?:.*[_-])?(?:token|key|apikey|api_key|secret|password|passwd|pwd|sig|signature|auth|access_token|session)(?:[_-].*)?$/i;

const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>]+/gi;

/** redactUrl hides user info and secret-looking query values in one URL. */
export function redactUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw;
  }
  let changed = false;
  if (url.username !== '' || url.password !== '') {
    url.username = '***';
    url.password = '';
    changed = true;
  }
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) {
      url.searchParams.set(name, '***');
      changed = true;
    }
  }
  // Keep the text as given when there was nothing to hide (URL parsing normalises it).
  return changed ? url.href.replace(/%2A%2A%2A/g, '***') : raw;
}

/** redactUrls hides the secrets of every URL inside a piece of text (an error message, say). */
export function redactUrls(text: string): string {
  if (!text.includes('://')) return text;
  return text.replace(URL_IN_TEXT, (match) => {
    // A URL at the end of a sentence keeps its full stop outside.
    const trail = /[.,;:)]+$/.exec(match)?.[0] ?? '';
    return redactUrl(match.slice(0, match.length - trail.length)) + trail;
  });
}

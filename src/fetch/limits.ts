// Size limits shared by the fetch and parse stages: the fetcher caps the (transfer-decoded)
// body, and the parser applies the same cap when it gunzips a body that arrived still
// compressed (no Content-Encoding), so both refuse with the same code and wording.
import { formatBytes } from './http-headers.js';

/** Default cap on a feed body, in bytes after any decompression (config `fetch.max_body_bytes`). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * tooLargeMessage is the one wording for a body over the cap, e.g.
 * "response from example.com exceeded 5 MB limit (aborted)"; `detail` says at which step.
 */
export function tooLargeMessage(source: string | null, maxBytes: number, detail?: string): string {
  const from = source === null ? '' : ` from ${source}`;
  const when = detail === undefined ? '' : ` ${detail}`;
  return `response${from} exceeded ${formatBytes(maxBytes)} limit${when} (aborted)`;
}

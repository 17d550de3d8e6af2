// Maps what undici throws (a TypeError "fetch failed" wrapping the real cause) to a coded FetchError.
import { FetchError } from './fetch-error.js';
import { formatDuration } from './http-headers.js';

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current: unknown = error;
  while (current !== undefined && current !== null && chain.length < 10 && !chain.includes(current)) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

function codeOf(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : null;
}

/** toFetchError classifies a transport failure; `host` names the feed's host in the message. */
export function toFetchError(error: unknown, host: string, connectTimeoutMs: number): FetchError {
  const chain = causeChain(error);
  // The guarded lookup throws FetchError inside the socket; undici wraps it, so unwrap.
  const own = chain.find((e): e is FetchError => e instanceof FetchError);
  if (own !== undefined) return own;
  const codes = chain.map(codeOf).filter((c): c is string => c !== null);
  const innermost = chain[chain.length - 1];
  const detail = innermost instanceof Error ? innermost.message : String(innermost);
  if (codes.includes('UND_ERR_CONNECT_TIMEOUT')) {
    return new FetchError('connect-timeout', `could not connect to ${host} within ${formatDuration(connectTimeoutMs)}`, {
      cause: error,
    });
  }
  const dns = codes.find((c) => DNS_CODES.has(c));
  if (dns !== undefined) {
    return new FetchError('dns', `DNS lookup failed for ${host} (${dns})`, { cause: error });
  }
  const code = codes.find((c) => c.startsWith('E')) ?? codes[0] ?? 'unknown';
  return new FetchError('network', `connection to ${host} failed: ${detail} (${code})`, { cause: error });
}

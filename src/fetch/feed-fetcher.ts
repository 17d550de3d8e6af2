// The fetch stage: one polite, bounded HTTP GET per feed (issue 2 point 4, issue 6).
// Every limit is enforced while streaming, so a hostile or broken server can cost at most
// `maxBodyBytes` of memory and `requestTimeoutMs` of time per feed.
import { redactUrl } from '../text/redact.js';
import { STATUS_CODES } from 'node:http';
import pLimit, { type LimitFunction } from 'p-limit';
import { Agent, fetch as undiciFetch } from 'undici';
import { assertLiteralAllowed, createConnectLookup, isPublicAddress, parseHttpUrl, systemLookup, type AddressPolicy, type DnsLookup } from './address-guard.js';
import { FetchError } from './fetch-error.js';
import { formatDuration, parseMaxAge, parseRetryAfter } from './http-headers.js';
import { DEFAULT_MAX_BODY_BYTES, tooLargeMessage } from './limits.js';
import { toFetchError } from './map-error.js';

type UndiciResponse = Awaited<ReturnType<typeof undiciFetch>>;

export interface FetcherOptions {
  userAgent: string;
  /** TCP (and TLS) connect timeout; default 10 s. */
  connectTimeoutMs?: number;
  /** Whole request including redirects and body; default 30 s. Also bounds slow trickles. */
  requestTimeoutMs?: number;
  /** Cap on decompressed body bytes; default DEFAULT_MAX_BODY_BYTES (5 MB). The download is aborted, never buffered to the end. */
  maxBodyBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Global in-flight limit; default 16. */
  concurrency?: number;
  /** In-flight limit per host (host:port of the feed URL); default 2. */
  perHostConcurrency?: number;
  fetch?: typeof undiciFetch;
  /** Name resolution used for every connection; default the system resolver. Tests map names to loopback. */
  lookup?: DnsLookup;
  /** Which IPs `restrictToPublic` requests may reach; default isPublicAddress. */
  isAllowedAddress?: AddressPolicy;
  /** Clock for Retry-After HTTP-dates; default Date.now. */
  now?: () => number;
}

export interface FetchRequest {
  url: string;
  etag: string | null;
  lastModified: string | null;
  /** SSRF guard: on for feeds added from chat. */
  restrictToPublic: boolean;
  /**
   * Extra request headers, such as Authorization from feeds[].headers_from_env. Sent only to
   * the feed's own origin: a redirect to another origin does not get them.
   */
  headers?: Readonly<Record<string, string>>;
}

export type FetchResult =
  | {
      kind: 'ok';
      status: number;
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      /** Set when a 301/308 chain moved the feed: the new URL to store. */
      permanentUrl: string | null;
      /** Cache-Control max-age. */
      maxAgeSeconds: number | null;
    }
  | {
      kind: 'not-modified';
      etag: string | null;
      lastModified: string | null;
      permanentUrl: string | null;
      maxAgeSeconds: number | null;
    }
  | { kind: 'gone'; status: 410 };

export interface FeedFetcher {
  /** fetchFeed performs one conditional GET; throws FetchError. */
  fetchFeed(req: FetchRequest): Promise<FetchResult>;
  close(): Promise<void>;
}

// Feed types first; generic XML still gets a fair weight because many feeds are served as text/xml.
const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface Settings {
  readonly userAgent: string;
  readonly connectTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly maxBodyBytes: number;
  readonly maxRedirects: number;
  readonly fetch: typeof undiciFetch;
  readonly isAllowedAddress: AddressPolicy;
  readonly now: () => number;
}

/** createFeedFetcher builds a fetcher with its own connection pools and concurrency limits. */
export function createFeedFetcher(options: FetcherOptions): FeedFetcher {
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const lookup = options.lookup ?? systemLookup;
  const settings: Settings = {
    userAgent: options.userAgent,
    connectTimeoutMs,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxRedirects: options.maxRedirects ?? 5,
    fetch: options.fetch ?? undiciFetch,
    isAllowedAddress: options.isAllowedAddress ?? isPublicAddress,
    now: options.now ?? Date.now,
  };
  // Two pools, so a connection opened for a trusted (config) feed is never reused for a guarded one.
  const openAgent = new Agent({
    connect: { timeout: connectTimeoutMs, ...(options.lookup ? { lookup: createConnectLookup(lookup, null) } : {}) },
  });
  const guardedAgent = new Agent({
    connect: { timeout: connectTimeoutMs, lookup: createConnectLookup(lookup, settings.isAllowedAddress) },
  });
  const globalLimit = pLimit(options.concurrency ?? 16);
  const perHost = options.perHostConcurrency ?? 2;
  // One limiter per host, dropped when its last request settles so the map tracks only busy hosts.
  const hostLimits = new Map<string, { limit: LimitFunction; users: number }>();

  // Host slots are taken before global ones, so requests queued behind a slow host wait on
  // that host's limiter and never hold global slots that other hosts could use.
  function limited<T>(hostKey: string, task: () => Promise<T>): Promise<T> {
    let entry = hostLimits.get(hostKey);
    if (entry === undefined) {
      entry = { limit: pLimit(perHost), users: 0 };
      hostLimits.set(hostKey, entry);
    }
    const host = entry;
    host.users++;
    return host
      .limit(() => globalLimit(task))
      .finally(() => {
        host.users--;
        if (host.users === 0) hostLimits.delete(hostKey);
      });
  }

  return Object.freeze({
    async fetchFeed(req: FetchRequest): Promise<FetchResult> {
      const url = parseHttpUrl(req.url);
      const agent = req.restrictToPublic ? guardedAgent : openAgent;
      return limited(url.host.toLowerCase(), () => runWithTimeout(settings, agent, req, url));
    },
    async close(): Promise<void> {
      await Promise.all([openAgent.close(), guardedAgent.close()]);
    },
  });
}

async function runWithTimeout(settings: Settings, agent: Agent, req: FetchRequest, url: URL): Promise<FetchResult> {
  const controller = new AbortController();
  let timedOut = false;
  // The timer starts once a concurrency slot is held, so queueing time is not charged to the feed.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, settings.requestTimeoutMs);
  try {
    return await followRedirects(settings, agent, req, url, controller);
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (timedOut) {
      throw new FetchError('timeout', `no complete response from ${url.host} within ${formatDuration(settings.requestTimeoutMs)}`, { cause: error });
    }
    throw toFetchError(error, url.host, settings.connectTimeoutMs);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(settings: Settings, agent: Agent, req: FetchRequest, startUrl: URL, controller: AbortController): Promise<FetchResult> {
  const headers: Record<string, string> = {
    'user-agent': settings.userAgent,
    accept: ACCEPT,
    // Set explicitly so br is always offered; undici decodes each of these.
    'accept-encoding': 'gzip, deflate, br',
  };
  if (req.etag !== null) headers['if-none-match'] = req.etag;
  if (req.lastModified !== null) headers['if-modified-since'] = req.lastModified;

  let url = startUrl;
  let permanentUrl: string | null = null;
  // A permanent move only counts until the first temporary hop: after a 302 the
  // next URL is not the feed's new home, the last permanent target is.
  let stillPermanent = true;
  for (let redirects = 0; ; redirects++) {
    // Literal IPs never reach the guarded lookup, so check them per hop here.
    if (req.restrictToPublic) assertLiteralAllowed(url, settings.isAllowedAddress);
    const response = await settings.fetch(url.href, {
      method: 'GET',
      headers: req.headers && url.origin === startUrl.origin ? { ...headers, ...req.headers } : headers,
      redirect: 'manual',
      signal: controller.signal,
      dispatcher: agent,
    });
    if (!REDIRECT_STATUSES.has(response.status)) {
      return interpret(settings, response, url, permanentUrl, req, controller);
    }
    await discardBody(response);
    const location = response.headers.get('location');
    if (location === null) {
      throw new FetchError('http-status', `HTTP ${response.status} redirect without a Location header from ${url.host}`, {
        status: response.status,
      });
    }
    if (redirects >= settings.maxRedirects) {
      throw new FetchError('too-many-redirects', `redirect loop: more than ${settings.maxRedirects} redirects starting at ${redactUrl(startUrl.href)}`, {
        status: response.status,
      });
    }
    let next: URL;
    try {
      next = parseHttpUrl(new URL(location, url).href);
    } catch (error) {
      throw new FetchError('invalid-url', `${url.host} redirected to an unusable URL "${location}"`, { cause: error });
    }
    if (stillPermanent && (response.status === 301 || response.status === 308)) permanentUrl = next.href;
    else stillPermanent = false;
    url = next;
  }
}

async function interpret(
  settings: Settings,
  response: UndiciResponse,
  url: URL,
  permanentUrl: string | null,
  req: FetchRequest,
  controller: AbortController,
): Promise<FetchResult> {
  const { status } = response;
  const maxAgeSeconds = parseMaxAge(response.headers.get('cache-control'));
  if (status === 304) {
    await discardBody(response);
    // A 304 may omit validators; keep the ones we sent so the next poll is still conditional.
    return {
      kind: 'not-modified',
      etag: response.headers.get('etag') ?? req.etag,
      lastModified: response.headers.get('last-modified') ?? req.lastModified,
      permanentUrl,
      maxAgeSeconds,
    };
  }
  if (status >= 200 && status < 300) {
    const body = await readCapped(response, settings.maxBodyBytes, url, controller);
    return {
      kind: 'ok',
      status,
      body,
      contentType: response.headers.get('content-type'),
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
      finalUrl: url.href,
      permanentUrl,
      maxAgeSeconds,
    };
  }
  await discardBody(response);
  if (status === 410) return { kind: 'gone', status: 410 };
  const reason = response.statusText || STATUS_CODES[status] || 'Unknown Status';
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), settings.now());
  if (status === 429 || (status === 503 && retryAfterMs !== null)) {
    const wait = retryAfterMs === null ? '' : `; retry after ${formatDuration(retryAfterMs)}`;
    throw new FetchError('rate-limited', `HTTP ${status} ${reason} from ${url.host}${wait}`, { status, retryAfterMs });
  }
  throw new FetchError('http-status', `HTTP ${status} ${reason} from ${url.host}`, { status, retryAfterMs });
}

/**
 * readCapped streams the (already decompressed) body and aborts the request as soon as it
 * passes the cap, which also defuses gzip bombs: we count what we would have to hold.
 */
async function readCapped(response: UndiciResponse, maxBytes: number, url: URL, controller: AbortController): Promise<Buffer> {
  const tooLarge = (): FetchError => new FetchError('too-large', tooLargeMessage(url.host, maxBytes));
  const declared = Number(response.headers.get('content-length') ?? NaN);
  // Content-Length counts encoded bytes, so it only proves an overrun for identity bodies.
  if (response.headers.get('content-encoding') === null && declared > maxBytes) {
    controller.abort();
    throw tooLarge();
  }
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      // Aborting the request destroys the socket, so the server stops sending.
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks, total);
}

/** discardBody releases a response we do not read, so its connection can be reused or closed. */
async function discardBody(response: UndiciResponse): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}

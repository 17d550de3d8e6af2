// Public surface of the fetch stage. The pipeline imports only from here.
export { createFeedFetcher } from './feed-fetcher.js';
export type { FeedFetcher, FetcherOptions, FetchRequest, FetchResult } from './feed-fetcher.js';
export { FetchError } from './fetch-error.js';
export type { FetchErrorCode } from './fetch-error.js';
export { assertPublicUrl, isPublicAddress } from './address-guard.js';
export type { AddressPolicy, DnsLookup } from './address-guard.js';
export { parseMaxAge, parseRetryAfter } from './http-headers.js';
export { DEFAULT_MAX_BODY_BYTES, tooLargeMessage } from './limits.js';

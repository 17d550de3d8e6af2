// The feed fetcher a config asks for. Shared by the app and the cycle process, so both fetch
// with the same limits, timeouts and user agent.
import type { AppConfig } from '../config/load-config.js';
import { createFeedFetcher, type FeedFetcher, type FetcherOptions } from '../fetch/index.js';
import { USER_AGENT } from './version.js';

export function fetcherForConfig(config: AppConfig, now: () => number, overrides?: Partial<FetcherOptions>): FeedFetcher {
  return createFeedFetcher({
    userAgent: USER_AGENT,
    connectTimeoutMs: config.fetch.connectTimeoutMs,
    requestTimeoutMs: config.fetch.timeoutMs,
    maxBodyBytes: config.fetch.maxBodyBytes,
    maxRedirects: config.fetch.maxRedirects,
    concurrency: config.fetch.concurrency,
    perHostConcurrency: config.fetch.perHostConcurrency,
    now,
    ...overrides,
  });
}

/** The body and item limits of every poll and probe. */
export function feedLimits(config: AppConfig): { readonly maxBytes: number; readonly maxItems: number } {
  return { maxBytes: config.fetch.maxBodyBytes, maxItems: config.fetch.maxItemsPerPoll };
}

import { DealwatchError, type CodeOf } from '../model/errors.js';

/** FetchErrorCode is the stable set of reasons a feed fetch can fail; callers branch on it, never on message text. */
export type FetchErrorCode = CodeOf<'fetch'>;

/**
 * FetchError is the only error the fetch stage throws. `status` is the HTTP status when a
 * response was received; `retryAfterMs` is the server's Retry-After, so the scheduler can
 * push the next poll out at least that far (Miniflux does the same).
 */
export class FetchError extends DealwatchError<FetchErrorCode> {
  readonly retryAfterMs: number | null;
  readonly status: number | null;

  constructor(code: FetchErrorCode, message: string, options: { cause?: unknown; status?: number | null; retryAfterMs?: number | null } = {}) {
    super(code, `fetcher: ${message}`, { cause: options.cause });
    this.status = options.status ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
  }
}

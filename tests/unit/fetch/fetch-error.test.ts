import { describe, expect, it } from 'vitest';
import { DealwatchError } from '../../../src/model/errors.js';
import { FetchError } from '../../../src/fetch/index.js';
import { toFetchError } from '../../../src/fetch/map-error.js';

describe('FetchError', () => {
  it('is a coded DealwatchError with status and retryAfterMs', () => {
    const cause = new Error('root');
    const error = new FetchError('rate-limited', 'HTTP 429 Too Many Requests from a.example', {
      status: 429,
      retryAfterMs: 5000,
      cause,
    });
    expect(error).toBeInstanceOf(DealwatchError);
    expect(error.name).toBe('FetchError');
    expect(error.code).toBe('rate-limited');
    expect(error.message).toBe('fetcher: HTTP 429 Too Many Requests from a.example');
    expect(error).toMatchObject({ status: 429, retryAfterMs: 5000, cause });
    expect(new FetchError('network', 'x')).toMatchObject({ status: null, retryAfterMs: null });
  });
});

describe('toFetchError', () => {
  const wrap = (cause: unknown) => new TypeError('fetch failed', { cause });
  const coded = (message: string, code: string) => Object.assign(new Error(message), { code });

  it.each<[string, unknown, string]>([
    ['connect timeout', wrap(coded('Connect Timeout Error', 'UND_ERR_CONNECT_TIMEOUT')), 'connect-timeout'],
    ['ENOTFOUND', wrap(coded('getaddrinfo ENOTFOUND a.example', 'ENOTFOUND')), 'dns'],
    ['EAI_AGAIN', wrap(coded('getaddrinfo EAI_AGAIN a.example', 'EAI_AGAIN')), 'dns'],
    ['ECONNREFUSED', wrap(coded('connect ECONNREFUSED', 'ECONNREFUSED')), 'network'],
    ['socket closed', wrap(coded('other side closed', 'UND_ERR_SOCKET')), 'network'],
    ['plain error', new Error('weird'), 'network'],
  ])('%s → %s', (_name, error, code) => {
    expect(toFetchError(error, 'a.example', 10_000).code).toBe(code);
  });

  it('unwraps a FetchError thrown inside the socket (guarded lookup)', () => {
    const blocked = new FetchError('blocked-address', 'refused: x');
    expect(toFetchError(wrap(blocked), 'a.example', 10_000)).toBe(blocked);
  });
});

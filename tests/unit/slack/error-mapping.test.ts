import { describe, expect, it } from 'vitest';
import { webApi } from '@slack/bolt';
import { mapSlackError } from '../../../src/chat/slack/index.js';

const platform = (error: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`An API error occurred: ${error}`), { code: webApi.ErrorCode.PlatformError, data: { ok: false, error, ...extra } });

describe('mapSlackError', () => {
  it.each([
    ['rate limited 1 s', Object.assign(new Error('rl'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: 1 }), 1000],
    ['rate limited 30 s', Object.assign(new Error('rl'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: 30 }), 30_000],
    ['HTTP 500', Object.assign(new Error('500'), { code: webApi.ErrorCode.HTTPError, statusCode: 500 }), 30_000],
    ['HTTP 503', Object.assign(new Error('503'), { code: webApi.ErrorCode.HTTPError, statusCode: 503 }), 30_000],
    ['HTTP 404', Object.assign(new Error('404'), { code: webApi.ErrorCode.HTTPError, statusCode: 404 }), 60_000],
    [
      'timeout',
      Object.assign(new Error('t'), { code: webApi.ErrorCode.RequestError, original: Object.assign(new Error('timeout'), { name: 'TimeoutError' }) }),
      30_000,
    ],
    ['network', Object.assign(new Error('n'), { code: webApi.ErrorCode.RequestError, original: new Error('ECONNREFUSED') }), 30_000],
    ['internal_error', platform('internal_error'), 30_000],
    ['service_unavailable', platform('service_unavailable'), 30_000],
    ['ratelimited (platform)', platform('ratelimited'), 30_000],
    ['unknown throw', new Error('boom'), 30_000],
  ])('%s → retry after %i ms', (_name, error, afterMs) => {
    const outcome = mapSlackError(error, 'C0123456789');
    expect(outcome).toMatchObject({ kind: 'retry', afterMs });
    expect(outcome.reason.length).toBeGreaterThan(0);
  });

  it.each([
    ['channel_not_found', 'slack-channel-not-found', /check the channel ID/],
    ['not_in_channel', 'slack-not-in-channel', /\/invite @dealwatch/],
    ['is_archived', 'slack-archived', /archived/],
    ['invalid_auth', 'slack-unauthorized', /SLACK_BOT_TOKEN/],
    ['not_authed', 'slack-unauthorized', /SLACK_BOT_TOKEN/],
    ['account_inactive', 'slack-account-inactive', /deactivated/],
    ['token_revoked', 'slack-token-revoked', /reinstall/],
    ['token_expired', 'slack-token-revoked', /reinstall/],
    ['missing_scope', 'slack-missing-scope', /chat:write/],
    ['restricted_action', 'slack-restricted', /admin/],
    ['some_new_error', 'slack-rejected', /api\.slack\.com\/methods\/chat\.postMessage/],
  ])('%s → permanent %s with a hint', (slackError, code, hint) => {
    const outcome = mapSlackError(platform(slackError), 'C0123456789');
    expect(outcome.kind).toBe('permanent');
    if (outcome.kind !== 'permanent') return;
    expect(outcome.code).toBe(code);
    expect(outcome.hint).toMatch(hint);
    // Slack's own error name stays in the reason, as the troubleshooting table shows it.
    expect(outcome.reason).toContain(slackError);
    expect(outcome.reason).toContain('C0123456789');
  });

  it('names the channel in the not_in_channel hint and the scope in missing_scope', () => {
    const notIn = mapSlackError(platform('not_in_channel'), 'C0ABC');
    expect(notIn.kind === 'permanent' && notIn.hint).toContain('C0ABC');
    const scope = mapSlackError(platform('missing_scope', { needed: 'chat:write' }), 'C0ABC');
    expect(scope.kind === 'permanent' && scope.hint).toContain('needs chat:write');
  });

  it('uses the configured server-error wait', () => {
    expect(mapSlackError(platform('internal_error'), 'C1', 500)).toMatchObject({ kind: 'retry', afterMs: 500 });
  });
});

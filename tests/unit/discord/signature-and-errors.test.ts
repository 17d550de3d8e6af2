import { generateKeyPairSync, sign } from 'node:crypto';
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { mapDiscordError, parseWebhookUrl } from '../../../src/chat/discord/discord-destination.js';
import { logSafeError } from '../../../src/chat/discord/discord-text.js';
import { importDiscordPublicKey, verifyInteractionSignature } from '../../../src/chat/discord/interactions.js';

describe('verifyInteractionSignature', () => {
  const pair = generateKeyPairSync('ed25519');
  const hex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
  const key = importDiscordPublicKey(hex);
  const now = 1_800_000_000_000;
  const ts = String(now / 1000);
  const body = Buffer.from('{"type":1}');
  const good = sign(null, Buffer.concat([Buffer.from(ts), body]), pair.privateKey).toString('hex');

  it.each([
    { name: 'a good signature', sig: good, ts, body, ok: true },
    { name: 'a tampered body', sig: good, ts, body: Buffer.from('{"type":2}'), ok: false },
    { name: 'another timestamp', sig: good, ts: String(now / 1000 + 1), body, ok: false },
    { name: 'a missing signature', sig: undefined, ts, body, ok: false },
    { name: 'a missing timestamp', sig: good, ts: undefined, body, ok: false },
    { name: 'a non-hex signature', sig: 'zz'.repeat(64), ts, body, ok: false },
    { name: 'a short signature', sig: good.slice(0, 64), ts, body, ok: false },
  ])('$name → $ok', ({ sig, ts: t, body: b, ok }) => {
    expect(verifyInteractionSignature(key, sig, t, b, now)).toBe(ok);
  });

  it('refuses a correctly signed but stale (or future) timestamp', () => {
    for (const skew of [-301, 301]) {
      const t = String(now / 1000 + skew);
      const sig = sign(null, Buffer.concat([Buffer.from(t), body]), pair.privateKey).toString('hex');
      expect(verifyInteractionSignature(key, sig, t, body, now)).toBe(false);
    }
  });

  it('rejects a malformed public key at start-up', () => {
    expect(() => importDiscordPublicKey('abc')).toThrow(/DISCORD_PUBLIC_KEY/);
  });
});

describe('parseWebhookUrl', () => {
  it.each([
    { url: 'https://discord.com/api/webhooks/123/abc-DEF_1', api: null, out: { id: '123', token: 'abc-DEF_1' } },
    { url: 'https://canary.discord.com/api/v10/webhooks/123/tok', api: null, out: { id: '123', token: 'tok' } },
    { url: 'https://discordapp.com/api/webhooks/123/tok', api: null, out: { id: '123', token: 'tok' } },
    { url: 'http://discord.com/api/webhooks/123/tok', api: null, out: null },
    { url: 'https://evil.example/api/webhooks/123/tok', api: null, out: null },
    { url: 'http://127.0.0.1:9/api/webhooks/123/tok', api: 'http://127.0.0.1:9/api', out: { id: '123', token: 'tok' } },
    { url: 'https://discord.com/api/channels/123', api: null, out: null },
    { url: 'not a url', api: null, out: null },
  ])('$url', ({ url, api, out }) => {
    expect(parseWebhookUrl(url, api)).toEqual(out);
  });
});

describe('mapDiscordError', () => {
  const channel = { kind: 'channel', channelId: '55' } as const;
  const webhook = { kind: 'webhook', webhookId: '66' } as const;
  const apiError = (status: number, code: number, message: string) =>
    new DiscordAPIError({ code, message }, code, status, 'POST', 'https://discord.com/api/v10/webhooks/66/secret-token', {});
  const rateLimit = new RateLimitError({
    timeToReset: 1500,
    limit: 5,
    method: 'POST',
    hash: 'h',
    url: 'u',
    route: '/channels/:id/messages',
    majorParameter: '55',
    global: false,
    retryAfter: 1200,
    sublimitTimeout: 0,
    scope: 'user',
  });

  it.each([
    { name: '429', error: rateLimit, target: channel, out: { kind: 'retry', afterMs: 1500 } },
    { name: '401 bot', error: apiError(401, 0, '401: Unauthorized'), target: channel, out: { kind: 'permanent', code: 'discord-unauthorized' } },
    {
      name: '401 webhook',
      error: apiError(401, 50027, 'Invalid Webhook Token'),
      target: webhook,
      out: { kind: 'permanent', code: 'discord-webhook-unauthorized' },
    },
    { name: '403 access', error: apiError(403, 50001, 'Missing Access'), target: channel, out: { kind: 'permanent', code: 'discord-missing-access' } },
    { name: '404 channel', error: apiError(404, 10003, 'Unknown Channel'), target: channel, out: { kind: 'permanent', code: 'discord-unknown-channel' } },
    { name: '404 webhook', error: apiError(404, 10015, 'Unknown Webhook'), target: webhook, out: { kind: 'permanent', code: 'discord-webhook-deleted' } },
    {
      name: '400 bad embed',
      error: apiError(400, 50035, 'Invalid Form Body'),
      target: channel,
      out: { kind: 'rejected', reason: expect.stringContaining('code 50035') },
    },
    {
      name: '502',
      error: new HTTPError(502, 'Bad Gateway', 'POST', 'u', { body: undefined, files: undefined }),
      target: channel,
      out: { kind: 'retry', afterMs: 30_000 },
    },
    { name: 'timeout', error: Object.assign(new Error('aborted'), { name: 'AbortError' }), target: channel, out: { kind: 'retry' } },
    { name: 'network', error: new TypeError('fetch failed'), target: channel, out: { kind: 'retry' } },
  ])('$name', ({ error, target, out }) => {
    const outcome = mapDiscordError(error, target, ['secret-token']);
    expect(outcome).toMatchObject(out);
    expect(JSON.stringify(outcome)).not.toContain('secret-token');
  });
});

describe('logSafeError', () => {
  it('keeps name, message, status and code but not the URL with its token', () => {
    const error = new DiscordAPIError(
      { code: 10015, message: 'Unknown Webhook' },
      10015,
      404,
      'POST',
      'https://discord.com/api/v10/webhooks/66/secret-token',
      {},
    );
    const safe = logSafeError(error);
    expect(safe).toEqual({ name: 'DiscordAPIError[10015]', message: 'Unknown Webhook', status: 404, code: 10015 });
    expect(JSON.stringify(safe)).not.toContain('secret-token');
  });

  it.each([
    { message: 'POST /webhooks/66/secret-token failed', expected: 'POST /webhooks/66/*** failed' },
    { message: 'at /interactions/77/secret-token/callback', expected: 'at /interactions/77/***/callback' },
  ])('redacts tokens in messages: $expected', ({ message, expected }) => {
    expect(logSafeError(new Error(message)).message).toBe(expected);
  });
});

import { generateKeyPairSync, sign } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/commands/index.js';
import { readEnv, validateConfig, type AppConfig } from '../../../src/config/load-config.js';
import type { ChatIntegration } from '../../../src/chat/chat-integration.js';
import { createDiscordIntegration } from '../../../src/chat/discord/index.js';
import { createHttpServer, type HttpServer } from '../../../src/ops/http-server.js';
import { sampleDeal, startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';

const log = pino({ level: 'silent' });

function config(fake: FakeDiscord, env: Record<string, string>): AppConfig {
  return validateConfig(
    {
      destinations: [
        { name: 'deals-discord', discord: { channel: '300000000000000001' } },
        { name: 'deals-hook', discord: { webhook: `${fake.apiUrl}/webhooks/400000000000000001/hook-token` } },
        { name: 'bad-hook', discord: { webhook: 'https://evil.example/api/webhooks/1/t' } },
        { name: 'deals-slack', slack: { channel: 'C0123456789' } },
      ],
    },
    'test.yaml',
    readEnv({ DISCORD_API_URL: fake.apiUrl, ...env }),
  );
}

describe('createDiscordIntegration', () => {
  let fake: FakeDiscord;
  let http: HttpServer;
  let integration: ChatIntegration | null = null;

  beforeEach(async () => {
    fake = await startFakeDiscord();
    http = createHttpServer(log);
  });
  afterEach(async () => {
    await integration?.stop();
    integration = null;
    await http.close();
    await fake.close();
  });

  function create(env: Record<string, string>): ChatIntegration {
    integration = createDiscordIntegration({
      config: config(fake, env),
      http,
      runCommand: async (): Promise<Reply> => ({ visibility: 'ephemeral', blocks: [{ kind: 'text', text: 'ok' }] }),
      watchedNames: async () => [],
      log,
      now: () => Date.now(),
    });
    return integration;
  }

  it('without a bot token serves webhooks only and skips channels with a reason', async () => {
    const discord = create({});
    expect(discord.destinations.map((d) => [d.name, d.platform])).toEqual([['deals-hook', 'discord-webhook']]);
    expect(discord.skipped.map((s) => [s.destination.name, s.reason])).toEqual([
      ['deals-discord', expect.stringContaining('DISCORD_BOT_TOKEN is not set')],
      ['bad-hook', expect.stringContaining('not a Discord webhook URL')],
    ]);
    await discord.start();
    expect(fake.requests).toHaveLength(0); // no gateway without a token
    expect((await discord.destinations[0]!.send({ kind: 'alert', deal: sampleDeal() })).kind).toBe('sent');
    expect(fake.requestsTo('POST', '/webhooks/400000000000000001/hook-token')).toHaveLength(1);
  });

  it('with a token and a public key serves channels, the HTTP endpoint and the gateway, and stops cleanly', async () => {
    const pair = generateKeyPairSync('ed25519');
    const publicKey = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    const discord = create({ DISCORD_BOT_TOKEN: 'fake.integration.token', DISCORD_PUBLIC_KEY: publicKey });
    expect(discord.destinations.map((d) => d.name)).toEqual(['deals-discord', 'deals-hook']);
    await discord.start();
    expect(fake.gatewayReceived.some((f) => f.op === 2)).toBe(true);
    expect(fake.connectedClients()).toBe(1);

    const port = await http.listen(0, '127.0.0.1');
    const body = JSON.stringify({ id: '1', application_id: fake.applicationId, type: 1, token: 't', version: 1 });
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await fetch(`http://127.0.0.1:${port}/discord/interactions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-signature-ed25519': sign(null, Buffer.from(ts + body), pair.privateKey).toString('hex'),
        'x-signature-timestamp': ts,
      },
      body,
    });
    expect(await res.json()).toEqual({ type: 1 });

    const sent = await discord.destinations[0]!.send({ kind: 'alert', deal: sampleDeal() });
    expect(sent.kind).toBe('sent');
    expect(fake.requestsTo('POST', '/channels/300000000000000001/messages')[0]!.headers.authorization).toBe('Bot fake.integration.token');

    await discord.stop();
    integration = null;
    await fake.waitFor(() => fake.connectedClients() === 0);
  });

  it('fails start() with a clear message when the gateway login is refused', async () => {
    fake.script('GET', '/gateway/bot', { kind: 'error', status: 401, message: '401: Unauthorized' });
    const discord = create({ DISCORD_BOT_TOKEN: 'fake.bad.token' });
    await expect(discord.start()).rejects.toThrow(/gateway login failed.*DISCORD_BOT_TOKEN/);
  });
});

import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor, ParsedCommand, Reply } from '../../../src/commands/index.js';
import { discordCommands } from '../../../src/chat/discord/command-options.js';
import { createDiscordRest } from '../../../src/chat/discord/discord-destination.js';
import { createDiscordGateway, type DiscordGateway } from '../../../src/chat/discord/gateway.js';
import { registerDiscordCommands } from '../../../src/chat/discord/register-commands.js';
import { startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';

const APP_ID = '100000000000000001';
const log = pino({ level: 'silent' });

function interaction(
  id: string,
  name: string,
  sub: string,
  options: { name: string; type: number; value: unknown; focused?: boolean }[],
  permissions: string,
  type = 2,
) {
  return {
    id,
    application_id: APP_ID,
    type,
    token: `token-${id}`,
    version: 1,
    guild_id: '700000000000000001',
    channel_id: '300000000000000001',
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': '700000000000000001' },
    context: 0,
    member: {
      user: { id: '500000000000000001', username: 'someone', discriminator: '0', avatar: null, global_name: null },
      roles: [],
      permissions,
      joined_at: '2026-01-01T00:00:00Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    data: { id: '800000000000000001', name, type: 1, options: [{ type: 1, name: sub, options }] },
  };
}

describe('Discord gateway against the fake', () => {
  let fake: FakeDiscord;
  let gateway: DiscordGateway;
  let runCommand: ReturnType<typeof vi.fn<(command: ParsedCommand, actor: Actor) => Promise<Reply>>>;

  beforeEach(async () => {
    fake = await startFakeDiscord({ applicationId: APP_ID, heartbeatIntervalMs: 200 });
    runCommand = vi.fn(async (): Promise<Reply> => ({ visibility: 'public', blocks: [{ kind: 'text', text: 'hello @everyone' }] }));
    gateway = createDiscordGateway({
      token: 'fake.gateway.token',
      api: fake.apiUrl,
      runCommand,
      watchedNames: async () => ['OpenAI', 'Oracle'],
      log,
      deferAfterMs: 200,
    });
  });

  afterEach(async () => {
    await gateway.stop();
    await fake.close();
  });

  it('says HELLO, IDENTIFY, READY, heartbeats, then answers INTERACTION_CREATE through the callback', async () => {
    await gateway.start();
    expect(fake.requestsTo('GET', '/gateway/bot')).toHaveLength(1);
    expect(fake.gatewaySent[0]!.op).toBe(10);
    const identify = fake.gatewayReceived.find((f) => f.op === 2);
    expect(identify).toBeDefined();
    expect((identify!.d as { token: string; intents: number }).token).toBe('fake.gateway.token');
    expect((identify!.d as { intents: number }).intents).toBe(1); // Guilds only
    expect(fake.gatewaySent.some((f) => f.t === 'READY')).toBe(true);
    await fake.waitFor(() => fake.gatewaySent.some((f) => f.op === 11));

    fake.dispatchInteraction(
      interaction(
        '900000000000000001',
        'deals',
        'search',
        [
          { name: 'text', type: 3, value: 'openai' },
          { name: 'public', type: 5, value: true },
        ],
        '0',
      ),
    );
    await fake.waitFor(() => fake.requestsTo('POST', /^\/interactions\/900000000000000001\/[^/]+\/callback$/).length === 1);
    expect(runCommand.mock.calls[0]![0]).toMatchObject({ command: 'deals', action: 'search', args: { text: 'openai' }, public: true });
    expect(runCommand.mock.calls[0]![1]).toEqual({ platform: 'discord', userId: '500000000000000001', platformAdmin: false });
    const callback = fake.requestsTo('POST', /^\/interactions\/900000000000000001\//)[0]!;
    const body = callback.body as { type: number; data: { content: string; allowed_mentions: unknown; flags?: number } };
    expect(body.type).toBe(4);
    expect(body.data.content).toBe('hello @\u200beveryone');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(body.data.flags ?? 0).toBe(0);
  });

  it('passes platformAdmin for Manage Server, and defers then edits a slow command', async () => {
    runCommand.mockImplementationOnce(async () => {
      await new Promise((r) => setTimeout(r, 400));
      return { visibility: 'ephemeral', blocks: [{ kind: 'text', text: 'added' }] };
    });
    await gateway.start();
    fake.dispatchInteraction(interaction('900000000000000002', 'watchlist', 'add', [{ name: 'name', type: 3, value: 'Anthropic' }], '32'));
    await fake.waitFor(() => fake.requestsTo('PATCH', /^\/webhooks\/\d+\/token-900000000000000002\/messages\/@original$/).length === 1);
    expect(runCommand.mock.calls[0]![1]).toMatchObject({ platformAdmin: true });
    const deferred = fake.requestsTo('POST', /^\/interactions\/900000000000000002\//)[0]!.body as { type: number; data: { flags: number } };
    expect(deferred.type).toBe(5);
    expect(deferred.data.flags).toBe(64);
    const edit = fake.requestsTo('PATCH', /@original$/)[0]!.body as { content: string; allowed_mentions: unknown };
    expect(edit.content).toBe('added');
    expect(edit.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers ephemerally inline, and treats a DM user as no admin', async () => {
    runCommand.mockResolvedValueOnce({ visibility: 'ephemeral', blocks: [{ kind: 'text', text: 'help text' }] });
    await gateway.start();
    const dm = { ...interaction('900000000000000004', 'deals', 'help', [], '0'), guild_id: undefined, member: undefined, context: 1 };
    const withUser = {
      ...dm,
      user: { id: '510000000000000001', username: 'dm-user', discriminator: '0', avatar: null, global_name: null },
      channel: { id: '310000000000000001', type: 1 },
    };
    fake.dispatchInteraction(JSON.parse(JSON.stringify(withUser)) as Record<string, unknown>);
    await fake.waitFor(() => fake.requestsTo('POST', /^\/interactions\/900000000000000004\//).length === 1);
    expect(runCommand.mock.calls[0]![1]).toEqual({ platform: 'discord', userId: '510000000000000001', platformAdmin: false });
    const body = fake.requestsTo('POST', /^\/interactions\/900000000000000004\//)[0]!.body as { type: number; data: { flags: number; content: string } };
    expect(body).toMatchObject({ type: 4, data: { flags: 64, content: 'help text', allowed_mentions: { parse: [] } } });
  });

  it('answers autocomplete over the gateway (type 8)', async () => {
    await gateway.start();
    fake.dispatchInteraction(interaction('900000000000000003', 'watchlist', 'remove', [{ name: 'name', type: 3, value: 'o', focused: true }], '32', 4));
    await fake.waitFor(() => fake.requestsTo('POST', /^\/interactions\/900000000000000003\//).length === 1);
    const body = fake.requestsTo('POST', /^\/interactions\/900000000000000003\//)[0]!.body as { type: number; data: { choices: unknown } };
    expect(body).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'OpenAI', value: 'OpenAI' },
          { name: 'Oracle', value: 'Oracle' },
        ],
      },
    });
  });
});

describe('registerDiscordCommands', () => {
  it('sends the whole command set in one bulk PUT to the guild', async () => {
    const fake = await startFakeDiscord({ applicationId: APP_ID });
    try {
      const rest = createDiscordRest({ api: fake.apiUrl, token: 'fake.gateway.token' });
      const result = await registerDiscordCommands({ rest, applicationId: APP_ID, guildId: '1' });
      expect(result).toEqual({ scope: 'guild', names: ['deals', 'watchlist', 'feeds'] });
      expect(fake.requests).toHaveLength(1);
      const put = fake.requests[0]!;
      expect(put.method).toBe('PUT');
      expect(put.path).toBe(`/api/v10/applications/${APP_ID}/guilds/1/commands`);
      expect(put.headers.authorization).toBe('Bot fake.gateway.token');
      expect(put.body).toEqual(JSON.parse(JSON.stringify(discordCommands())));

      await registerDiscordCommands({ rest, applicationId: APP_ID });
      expect(fake.requests[1]!.path).toBe(`/api/v10/applications/${APP_ID}/commands`);
    } finally {
      await fake.close();
    }
  });
});

import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Actor, ParsedCommand, Reply } from '../../../src/commands/index.js';
import { createDiscordRest } from '../../../src/chat/discord/discord-destination.js';
import { createInteractionEndpoint, importDiscordPublicKey, INTERACTIONS_PATH, type InteractionEndpoint } from '../../../src/chat/discord/interactions.js';
import { createHttpServer, type HttpServer } from '../../../src/ops/http-server.js';
import { sampleDeal, startFakeDiscord, type FakeDiscord } from '../../helpers/fake-discord.js';

const APP_ID = '100000000000000001';
const log = pino({ level: 'silent' });

function member(permissions: string, id = '500000000000000001') {
  return {
    user: { id, username: 'someone', discriminator: '0', avatar: null, global_name: null },
    roles: [],
    permissions,
    joined_at: '2026-01-01T00:00:00Z',
    deaf: false,
    mute: false,
    flags: 0,
  };
}

function commandInteraction(name: string, sub: string, options: { name: string; type: number; value: unknown }[], perms = '0') {
  return {
    id: '600000000000000001',
    application_id: APP_ID,
    type: 2,
    token: 'interaction-token',
    version: 1,
    guild_id: '700000000000000001',
    channel_id: '300000000000000001',
    member: member(perms),
    data: { id: '800000000000000001', name, type: 1, options: [{ type: 1, name: sub, options }] },
  };
}

describe('POST /discord/interactions', () => {
  let http: HttpServer;
  let baseUrl: string;
  let privateKey: KeyObject;
  let publicKeyHex: string;
  let fake: FakeDiscord;
  let endpoint: InteractionEndpoint;
  let runCommand: ReturnType<typeof vi.fn<(command: ParsedCommand, actor: Actor) => Promise<Reply>>>;

  async function post(body: unknown, opts: { sign?: 'good' | 'bad' | 'none'; timestamp?: number } = {}): Promise<{ status: number; json: unknown }> {
    const raw = JSON.stringify(body);
    const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000));
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const mode = opts.sign ?? 'good';
    if (mode !== 'none') {
      const signature = sign(null, Buffer.from(timestamp + (mode === 'bad' ? `${raw} ` : raw)), privateKey).toString('hex');
      headers['x-signature-ed25519'] = signature;
      headers['x-signature-timestamp'] = timestamp;
    }
    const res = await fetch(`${baseUrl}${INTERACTIONS_PATH}`, { method: 'POST', headers, body: raw });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  }

  beforeEach(async () => {
    const pair = generateKeyPairSync('ed25519');
    privateKey = pair.privateKey;
    publicKeyHex = Buffer.from(pair.publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
    fake = await startFakeDiscord({ applicationId: APP_ID });
    runCommand = vi.fn(async (): Promise<Reply> => ({
      visibility: 'ephemeral',
      blocks: [{ kind: 'deals', deals: [sampleDeal()], more: false, moreHint: null }],
    }));
    endpoint = createInteractionEndpoint({
      runCommand,
      watchedNames: async () => ['OpenAI', 'Microsoft', 'Open Text'],
      log,
      publicKey: importDiscordPublicKey(publicKeyHex),
      rest: createDiscordRest({ api: fake.apiUrl }),
      now: () => Date.now(),
      deferAfterMs: 200,
    });
    http = createHttpServer(log);
    http.route(INTERACTIONS_PATH, endpoint.handler, 'POST');
    const port = await http.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${port}`;
  });

  afterEach(async () => {
    await endpoint.idle();
    await http.close();
    await fake.close();
  });

  it('answers a signed PING with PONG', async () => {
    const res = await post({ id: '1', application_id: APP_ID, type: 1, token: 't', version: 1 });
    expect(res).toEqual({ status: 200, json: { type: 1 } });
  });

  it('runs /deals search and returns the rendered reply inline', async () => {
    const res = await post(commandInteraction('deals', 'search', [{ name: 'text', type: 3, value: 'openai' }], '32'));
    expect(res.status).toBe(200);
    expect(runCommand).toHaveBeenCalledTimes(1);
    expect(runCommand.mock.calls[0]![0]).toMatchObject({ command: 'deals', action: 'search', args: { text: 'openai' }, public: false });
    expect(runCommand.mock.calls[0]![1]).toEqual({ platform: 'discord', userId: '500000000000000001', platformAdmin: true });
    const json = res.json as { type: number; data: { flags: number; allowed_mentions: unknown; embeds: { title: string; description: string }[] } };
    expect(json.type).toBe(4);
    expect(json.data.flags).toBe(64);
    expect(json.data.allowed_mentions).toEqual({ parse: [] });
    expect(json.data.embeds[0]!.title).toBe('Deals');
    expect(json.data.embeds[0]!.description).toContain('Microsoft invests $10 billion in OpenAI');
  });

  it('passes platformAdmin false for /watchlist add from a member without Manage Server', async () => {
    runCommand.mockResolvedValueOnce({ visibility: 'ephemeral', blocks: [{ kind: 'error', text: 'Only admins can change the watchlist.' }] });
    const res = await post(
      commandInteraction(
        'watchlist',
        'add',
        [
          { name: 'name', type: 3, value: 'Anthropic' },
          { name: 'aliases', type: 3, value: 'Anthropic PBC, Claude maker' },
        ],
        String(0x400 | 0x800),
      ),
    );
    expect(res.status).toBe(200);
    expect(runCommand.mock.calls[0]![0]).toEqual({
      command: 'watchlist',
      action: 'add',
      args: { name: 'Anthropic', aliases: ['Anthropic PBC', 'Claude maker'], tickers: [] },
      public: false,
    });
    expect(runCommand.mock.calls[0]![1]).toMatchObject({ platform: 'discord', platformAdmin: false });
    expect((res.json as { data: { content: string } }).data.content).toContain('Only admins');
  });

  it.each([
    { name: 'a bad signature', opts: { sign: 'bad' as const } },
    { name: 'no signature', opts: { sign: 'none' as const } },
    { name: 'a stale timestamp', opts: { timestamp: Math.floor(Date.now() / 1000) - 301 } },
  ])('refuses $name with 401 and runs nothing', async ({ opts }) => {
    const res = await post(commandInteraction('deals', 'search', [{ name: 'text', type: 3, value: 'openai' }]), opts);
    expect(res.status).toBe(401);
    expect(runCommand).not.toHaveBeenCalled();
  });

  it('defers a slow command (type 5) and edits the original response when done', async () => {
    runCommand.mockImplementationOnce(async () => {
      await new Promise((r) => setTimeout(r, 400));
      return { visibility: 'public', blocks: [{ kind: 'text', text: 'slow answer' }] };
    });
    const res = await post(commandInteraction('deals', 'recent', [{ name: 'public', type: 5, value: true }]));
    expect(res.json).toEqual({ type: 5, data: {} });
    expect(runCommand.mock.calls[0]![0]).toEqual({ command: 'deals', action: 'recent', args: { n: 10 }, public: true });
    await endpoint.idle();
    const edits = fake.requestsTo('PATCH', `/webhooks/${APP_ID}/interaction-token/messages/@original`);
    expect(edits).toHaveLength(1);
    expect(edits[0]!.body).toEqual({ content: 'slow answer', allowed_mentions: { parse: [] } });
    expect(edits[0]!.headers.authorization).toBeUndefined();
  });

  it('sends a private answer to a public deferral as an ephemeral follow-up and deletes the placeholder', async () => {
    runCommand.mockImplementationOnce(async () => {
      await new Promise((r) => setTimeout(r, 400));
      return { visibility: 'ephemeral', blocks: [{ kind: 'error', text: 'Only admins can do that.' }] };
    });
    const res = await post(commandInteraction('feeds', 'list', [{ name: 'public', type: 5, value: true }]));
    expect(res.json).toEqual({ type: 5, data: {} });
    await endpoint.idle();
    const followUps = fake.requestsTo('POST', `/webhooks/${APP_ID}/interaction-token`);
    expect(followUps).toHaveLength(1);
    expect(followUps[0]!.body).toMatchObject({ flags: 64, allowed_mentions: { parse: [] } });
    expect(fake.requestsTo('DELETE', `/webhooks/${APP_ID}/interaction-token/messages/@original`)).toHaveLength(1);
    expect(fake.requestsTo('PATCH', /@original$/)).toHaveLength(0);
  });

  it('answers with a generic error when the command module throws', async () => {
    runCommand.mockRejectedValueOnce(new Error('database is locked'));
    const res = await post(commandInteraction('deals', 'status', []));
    const data = (res.json as { type: number; data: { content: string; flags: number } }).data;
    expect(data.flags).toBe(64);
    expect(data.content).toContain('Something went wrong');
    expect(data.content).not.toContain('database');
  });

  it('answers autocomplete with watched names (type 8)', async () => {
    const body = {
      ...commandInteraction('deals', 'company', []),
      type: 4,
      data: { id: '8', name: 'deals', type: 1, options: [{ type: 1, name: 'company', options: [{ type: 3, name: 'name', value: 'open', focused: true }] }] },
    };
    const res = await post(body);
    expect(res.json).toEqual({
      type: 8,
      data: {
        choices: [
          { name: 'OpenAI', value: 'OpenAI' },
          { name: 'Open Text', value: 'Open Text' },
        ],
      },
    });
  });

  it('answers a bad date itself, without running the command', async () => {
    const res = await post(commandInteraction('deals', 'since', [{ name: 'date', type: 3, value: '2026-02-30' }]));
    expect(runCommand).not.toHaveBeenCalled();
    expect((res.json as { data: { content: string; flags: number } }).data).toMatchObject({ flags: 64 });
    expect((res.json as { data: { content: string } }).data.content).toContain('not a date');
  });
});

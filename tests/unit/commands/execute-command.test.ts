// executeCommand against an in-memory CommandStore: authorization, arguments and answers.
import { describe, expect, it } from 'vitest';
import { buildCommand, executeCommand, type Actor, type CommandDeps, type CommandName, type ParsedCommand, type Reply } from '../../../src/commands/index.js';
import type { DealRecord } from '../../../src/model/records.js';
import { feedRecord, memoryCommandStore } from '../../helpers/memory-ports.js';

const slackAdmin: Actor = { platform: 'slack', userId: 'UADMIN0001', platformAdmin: false };
const slackMember: Actor = { platform: 'slack', userId: 'UMEMBER001', platformAdmin: false };
const discordManager: Actor = { platform: 'discord', userId: '1', platformAdmin: true };
const cliActor: Actor = { platform: 'cli', userId: 'cli', platformAdmin: true };

function command(name: CommandName, action: string, raw: Record<string, string | number | boolean | string[]> = {}): ParsedCommand {
  const built = buildCommand(name, action, raw, false);
  if (!built.ok) throw new Error(built.problem);
  return built.command;
}

function setup() {
  const store = memoryCommandStore();
  const probes: { url: string; restrictToPublic: boolean }[] = [];
  const deps: CommandDeps = {
    store,
    probeFeed: async (url, options) => {
      probes.push({ url, ...options });
      return { kind: 'ok', url, title: 'Example Feed', itemCount: 3 };
    },
    admins: { slack: ['UADMIN0001'], discord: [] },
    allowPrivateFeedUrls: false,
    now: () => 0,
    firstPollAt: () => 0,
  };
  return { store, deps, probes };
}

const text = (reply: Reply) => JSON.stringify(reply.blocks);

const deal = (id: number, company: string): DealRecord => ({
  id,
  title: `Deal ${id}`,
  url: null,
  source: null,
  type: 'acquisition',
  score: 0.9,
  amount: null,
  summary: '',
  companies: [{ name: company, role: 'acquirer', watched: true }],
  publishedAt: new Date(0),
  createdAt: new Date(0),
  firstSeenAt: new Date(0),
  status: 'announced',
  regulatory: null,
  reportCount: 1,
  lastReportAt: new Date(0),
});

describe('executeCommand', () => {
  it.each<{ actor: Actor; allowed: boolean }>([
    { actor: slackMember, allowed: false },
    { actor: slackAdmin, allowed: true },
    { actor: discordManager, allowed: true },
    { actor: cliActor, allowed: true },
  ])('watchlist add by $actor.platform $actor.userId: allowed=$allowed, checked on every call', async ({ actor, allowed }) => {
    const { store, deps } = setup();
    const reply = await executeCommand(command('watchlist', 'add', { name: 'Nvidia' }), actor, deps);
    expect(store.watched.map((w) => w.name)).toEqual(allowed ? ['Nvidia'] : []);
    expect(text(reply)).toContain(allowed ? 'Now watching Nvidia' : 'only dealwatch admins');
  });

  it('normalises tickers and refuses one that is not a ticker', async () => {
    const { store, deps } = setup();
    await executeCommand(command('watchlist', 'add', { name: 'VMware', tickers: ['$vmw', 'NYSE:VMW'] }), cliActor, deps);
    expect(store.watched[0]).toMatchObject({ name: 'VMware', tickers: ['VMW'], source: 'cli' });
    const bad = await executeCommand(command('watchlist', 'add', { name: 'Oops', tickers: ['not a ticker!'] }), cliActor, deps);
    expect(text(bad)).toContain('is not a ticker');
    expect(store.watched).toHaveLength(1);
  });

  it('finds a company’s deals by an alias or a ticker', async () => {
    const { store, deps } = setup();
    store.watched.push({ name: 'Google', aliases: ['Alphabet'], tickers: ['GOOGL'], match: 'auto', source: 'config' });
    store.dealList.push(deal(1, 'Google'), deal(2, 'Microsoft'));
    for (const typed of ['Alphabet', '$googl', 'google']) {
      const reply = await executeCommand(command('deals', 'company', { name: typed }), slackMember, deps);
      expect(text(reply), typed).toContain('Deal 1');
      expect(text(reply), typed).not.toContain('Deal 2');
    }
  });

  it('uses one list limit: the spec default, or what was asked for', async () => {
    const { store, deps } = setup();
    await executeCommand(command('deals', 'search', { text: 'x' }), slackMember, deps);
    await executeCommand(command('deals', 'recent', { n: 3 }), slackMember, deps);
    await executeCommand(command('deals', 'search', { text: 'x', limit: 40 }), cliActor, deps);
    expect(store.queries.map((q) => q.limit)).toEqual([10, 3, 40]);
  });

  it('shows failing feeds and pending reasons to admins only', async () => {
    const { store, deps } = setup();
    store.feedList.push(feedRecord({ id: 7, url: 'https://secret.example/feed?token=abc', errorCount: 2, lastError: 'HTTP 503' }));
    store.pending = [{ destination: 'deals-slack', count: 2, reason: 'channel_not_found', nextAttemptAt: null }];
    const member = text(await executeCommand(command('deals', 'status'), slackMember, deps));
    expect(member).not.toContain('secret.example');
    expect(member).not.toContain('channel_not_found');
    expect(member).toContain('"backingOff":1');
    const admin = text(await executeCommand(command('deals', 'status'), slackAdmin, deps));
    expect(admin).toContain('secret.example');
    expect(admin).toContain('channel_not_found');
  });

  it('probes a chat-added feed with the address guard, and trusts the CLI', async () => {
    const { store, deps, probes } = setup();
    await executeCommand(command('feeds', 'add', { url: 'https://a.example/feed' }), slackAdmin, deps);
    await executeCommand(command('feeds', 'add', { url: 'https://b.example/feed', backfill: 2 }), cliActor, deps);
    expect(probes.map((p) => p.restrictToPublic)).toEqual([true, false]);
    expect(store.feedList.map((f) => [f.source, f.trusted, f.backfill])).toEqual([
      ['chat', false, 0],
      ['cli', true, 2],
    ]);
  });
});

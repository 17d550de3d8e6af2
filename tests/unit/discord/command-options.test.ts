import { describe, expect, it } from 'vitest';
import {
  actorFromInteraction,
  autocompleteArg,
  autocompleteChoices,
  commandInputFromOptions,
  discordCommands,
  discordUsage,
  hasManageGuild,
  MANAGE_GUILD_PERMISSION,
  toParsedCommand,
  type CommandInput,
} from '../../../src/chat/discord/command-options.js';
import { BOT_PERMISSIONS, discordInviteUrl } from '../../../src/chat/discord/register-commands.js';
import { DEAL_TYPES } from '../../../src/model/deal.js';

function input(name: string, subcommand: string, options: Record<string, string | number | boolean> = {}, focused: string | null = null): CommandInput {
  return { name, subcommand, options, focused };
}
const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('toParsedCommand', () => {
  it.each([
    { in: input('deals', 'help'), out: { command: 'deals', action: 'help', args: {}, public: false } },
    { in: input('deals', 'status', { public: true }), out: { command: 'deals', action: 'status', args: {}, public: true } },
    { in: input('deals', 'recent'), out: { command: 'deals', action: 'recent', args: { n: 10 }, public: false } },
    { in: input('deals', 'recent', { n: 3 }), out: { command: 'deals', action: 'recent', args: { n: 3 }, public: false } },
    {
      in: input('deals', 'search', { text: '  openai ' }),
      out: { command: 'deals', action: 'search', args: { text: 'openai', company: undefined, type: undefined, since: undefined, limit: 10 }, public: false },
    },
    {
      in: input('deals', 'search', { company: 'Nvidia', limit: 25 }),
      out: { command: 'deals', action: 'search', args: { text: undefined, company: 'Nvidia', type: undefined, since: undefined, limit: 25 }, public: false },
    },
    {
      in: input('deals', 'company', { name: 'OpenAI', public: true }),
      out: { command: 'deals', action: 'company', args: { name: 'OpenAI', since: undefined }, public: true },
    },
    {
      in: input('deals', 'company', { name: 'Nvidia', since: '2026-10-01' }),
      out: { command: 'deals', action: 'company', args: { name: 'Nvidia', since: d('2026-10-01') }, public: false },
    },
    { in: input('deals', 'type', { type: 'joint_venture' }), out: { command: 'deals', action: 'type', args: { type: 'joint_venture' }, public: false } },
    { in: input('deals', 'since', { date: '2026-01-05' }), out: { command: 'deals', action: 'since', args: { date: d('2026-01-05') }, public: false } },
    { in: input('watchlist', 'list'), out: { command: 'watchlist', action: 'list', args: {}, public: false } },
    {
      in: input('watchlist', 'add', { name: 'Google', aliases: 'Alphabet, Google Cloud' }),
      out: { command: 'watchlist', action: 'add', args: { name: 'Google', aliases: ['Alphabet', 'Google Cloud'], tickers: [] }, public: false },
    },
    {
      in: input('watchlist', 'add', { name: 'Nvidia', tickers: 'NVDA' }),
      out: { command: 'watchlist', action: 'add', args: { name: 'Nvidia', aliases: [], tickers: ['NVDA'] }, public: false },
    },
    { in: input('watchlist', 'remove', { name: 'Google' }), out: { command: 'watchlist', action: 'remove', args: { name: 'Google' }, public: false } },
    { in: input('feeds', 'list', { public: false }), out: { command: 'feeds', action: 'list', args: {}, public: false } },
    {
      in: input('feeds', 'add', { url: 'https://x.example/feed' }),
      out: { command: 'feeds', action: 'add', args: { url: 'https://x.example/feed', name: undefined, backfill: 0 }, public: false },
    },
    { in: input('feeds', 'remove', { target: '12' }), out: { command: 'feeds', action: 'remove', args: { target: '12' }, public: false } },
  ])('maps /$in.name $in.subcommand', ({ in: given, out }) => {
    expect(toParsedCommand(given)).toEqual({ ok: true, command: out });
  });

  it.each([
    { in: input('deals', 'recent', { n: 500 }), error: 'n must be a whole number from 1 to 50' },
    { in: input('deals', 'type', { type: 'ico' }), error: 'type: "ico" is not a deal type' },
    { in: input('deals', 'since', { date: '2026-02-30' }), error: 'not a date' },
    { in: input('deals', 'since', { date: 'yesterday' }), error: 'not a date' },
    { in: input('deals', 'nope'), error: 'Unknown subcommand' },
    { in: input('watchlist', 'add', {}), error: 'name is required' },
    { in: input('watchlist', 'add', { name: 'Google', aliases: 'Alphabet,, ' }), error: 'aliases has an empty entry' },
    { in: input('feeds', 'add', {}), error: 'url is required' },
    { in: input('pizza', 'now'), error: 'Unknown command "/pizza"' },
  ])('answers bad input itself: $error', ({ in: given, error }) => {
    const mapped = toParsedCommand(given);
    expect(mapped.ok).toBe(false);
    if (mapped.ok) return;
    expect(mapped.reply.visibility).toBe('ephemeral');
    expect(mapped.reply.blocks[0]).toMatchObject({ kind: 'error' });
    expect((mapped.reply.blocks[0] as { text: string }).text).toContain(error);
  });

  it('autocompletes the options the spec marks, and no others', () => {
    expect(autocompleteArg(input('deals', 'company', { name: 'Op' }, 'name'))).toBe('name');
    expect(autocompleteArg(input('deals', 'search', { company: 'Op' }, 'company'))).toBe('company');
    expect(autocompleteArg(input('watchlist', 'remove', { name: 'Op' }, 'name'))).toBe('name');
    expect(autocompleteArg(input('watchlist', 'add', { name: 'Op' }, 'name'))).toBeNull();
  });

  it('writes usage in Discord option syntax', () => {
    expect(discordUsage('deals', 'company')).toBe('/deals company name:<name> [since:<YYYY-MM-DD>]');
    expect(discordUsage('deals')).not.toContain('Usage:');
  });
});

describe('commandInputFromOptions', () => {
  it('flattens a subcommand with its options and the focused one', () => {
    expect(
      commandInputFromOptions('deals', [
        {
          type: 1,
          name: 'company',
          options: [
            { type: 3, name: 'name', value: 'Op', focused: true },
            { type: 5, name: 'public', value: true },
          ],
        },
      ]),
    ).toEqual({ name: 'deals', subcommand: 'company', options: { name: 'Op', public: true }, focused: 'name' });
  });

  it('handles a command with no options', () => {
    expect(commandInputFromOptions('deals', undefined)).toEqual({ name: 'deals', subcommand: null, options: {}, focused: null });
  });
});

describe('permissions and actor', () => {
  it.each([
    { perms: '0', admin: false },
    { perms: '32', admin: true },
    { perms: String(0x20 | 0x400), admin: true },
    { perms: '8', admin: true }, // Administrator
    { perms: String(0x400 | 0x800), admin: false },
    { perms: '1099511627775', admin: true },
    { perms: 'garbage', admin: false },
    { perms: undefined, admin: false },
  ])('hasManageGuild($perms) = $admin', ({ perms, admin }) => {
    expect(hasManageGuild(perms)).toBe(admin);
  });

  it('reads the member in a server and the user in a DM', () => {
    const user = { id: '42', username: 'u', discriminator: '0', avatar: null, global_name: null };
    const member = { user, roles: [], permissions: '32', joined_at: '', deaf: false, mute: false, flags: 0 };
    expect(actorFromInteraction(member, undefined)).toEqual({ platform: 'discord', userId: '42', platformAdmin: true });
    expect(actorFromInteraction(undefined, user)).toEqual({ platform: 'discord', userId: '42', platformAdmin: false });
  });
});

describe('autocompleteChoices', () => {
  const names = ['OpenAI', 'Oracle', 'Microsoft', 'SoftBank', 'Google'];
  it.each([
    { typed: 'o', expected: ['OpenAI', 'Oracle', 'Microsoft', 'SoftBank', 'Google'] },
    { typed: 'soft', expected: ['SoftBank', 'Microsoft'] },
    { typed: '', expected: names },
    { typed: 'zzz', expected: [] },
  ])('"$typed" → $expected', ({ typed, expected }) => {
    expect(autocompleteChoices(names, typed).map((c) => c.value)).toEqual(expected);
  });

  it('offers at most 25', () => {
    expect(
      autocompleteChoices(
        Array.from({ length: 40 }, (_, i) => `Co ${i}`),
        'co',
      ),
    ).toHaveLength(25);
  });
});

describe('discordCommands', () => {
  const commands = discordCommands();
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
  const subs = (name: string) => (byName[name]!.options ?? []).map((o) => o.name);

  it('defines /deals, /watchlist and /feeds with their subcommands', () => {
    expect(Object.keys(byName)).toEqual(['deals', 'watchlist', 'feeds']);
    expect(subs('deals')).toEqual(['help', 'recent', 'search', 'company', 'type', 'since', 'show', 'digest', 'status']);
    expect(subs('watchlist')).toEqual(['list', 'add', 'remove']);
    expect(subs('feeds')).toEqual(['list', 'add', 'remove']);
  });

  it('gives every subcommand a boolean public option', () => {
    for (const command of commands) {
      for (const sub of command.options ?? []) {
        const options = (sub as { options?: { name: string; type: number }[] }).options ?? [];
        expect(options.find((o) => o.name === 'public')).toMatchObject({ type: 5 });
      }
    }
  });

  it('offers every deal type as a choice, and autocompletes company names', () => {
    const dealsOptions = byName.deals!.options as unknown as {
      name: string;
      options: { name: string; choices?: { value: string }[]; autocomplete?: boolean }[];
    }[];
    const type = dealsOptions.find((o) => o.name === 'type')!.options.find((o) => o.name === 'type')!;
    expect(type.choices!.map((c) => c.value)).toEqual([...DEAL_TYPES]);
    expect(dealsOptions.find((o) => o.name === 'company')!.options.find((o) => o.name === 'name')!.autocomplete).toBe(true);
  });

  it('limits /watchlist and /feeds to Manage Server in servers', () => {
    expect(MANAGE_GUILD_PERMISSION).toBe('32');
    for (const name of ['watchlist', 'feeds']) {
      expect(byName[name]).toMatchObject({ default_member_permissions: '32', contexts: [0], dm_permission: false });
    }
    expect(byName.deals!.default_member_permissions).toBeUndefined();
  });

  it('respects Discord name and description limits', () => {
    const check = (o: { name: string; description: string; options?: unknown[] }) => {
      expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(o.description.length).toBeGreaterThan(0);
      expect(o.description.length).toBeLessThanOrEqual(100);
      for (const child of (o.options ?? []) as (typeof o)[]) check(child);
    };
    for (const command of commands) check(command as never);
  });
});

describe('discordInviteUrl', () => {
  it('asks for bot + applications.commands with View Channel, Send Messages, Embed Links and the two thread permissions', () => {
    expect(BOT_PERMISSIONS).toBe(1024n + 2048n + 16384n + (1n << 35n) + (1n << 38n));
    expect(discordInviteUrl('123')).toBe('https://discord.com/oauth2/authorize?client_id=123&scope=bot%20applications.commands&permissions=309237664768');
  });
});

// Maps application command options to the neutral ParsedCommand. Pure. Works on a flat
// CommandInput so the HTTP endpoint (raw payloads) and the gateway (discord.js
// interactions) share one mapping.
import {
  ApplicationCommandOptionType,
  PermissionFlagsBits,
  type APIApplicationCommandInteractionDataOption,
  type APIInteractionGuildMember,
  type APIUser,
} from 'discord.js';
import type { Actor, ParsedCommand, Reply } from '../../commands/command-types.js';
import { parseIsoDate } from '../../commands/parse-command-text.js';
import { DEAL_TYPES, type DealType } from '../../model/deal.js';
import { RECENT_DEFAULT, RECENT_MAX } from './command-definitions.js';

export type OptionValue = string | number | boolean;

/** A command as typed: its name, the subcommand and the subcommand's option values. */
export interface CommandInput {
  readonly name: string;
  readonly subcommand: string | null;
  readonly options: Readonly<Record<string, OptionValue>>;
  /** For autocomplete: the option being typed. */
  readonly focused: string | null;
}

export type MappedCommand = { readonly ok: true; readonly command: ParsedCommand } | { readonly ok: false; readonly reply: Reply };

/** commandInputFromOptions flattens a raw interaction's options (subcommand groups are not used). */
export function commandInputFromOptions(name: string, options: readonly APIApplicationCommandInteractionDataOption[] | undefined): CommandInput {
  let subcommand: string | null = null;
  let leaves: readonly APIApplicationCommandInteractionDataOption[] = options ?? [];
  const first = leaves[0];
  if (first && first.type === ApplicationCommandOptionType.Subcommand) {
    subcommand = first.name;
    leaves = first.options ?? [];
  }
  const values: Record<string, OptionValue> = {};
  let focused: string | null = null;
  for (const option of leaves) {
    if (!('value' in option)) continue;
    values[option.name] = option.value;
    if ('focused' in option && option.focused) focused = option.name;
  }
  return { name, subcommand, options: values, focused };
}

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild;
const ADMINISTRATOR = PermissionFlagsBits.Administrator;

/** hasManageGuild reads the member's computed permissions string (Administrator implies all). */
export function hasManageGuild(permissions: string | null | undefined): boolean {
  if (!permissions) return false;
  try {
    const bits = BigInt(permissions);
    return (bits & MANAGE_GUILD) === MANAGE_GUILD || (bits & ADMINISTRATOR) === ADMINISTRATOR;
  } catch {
    return false;
  }
}

/** actorFromInteraction: in a server the member is set; in a DM only the user, who is never an admin. */
export function actorFromInteraction(member: APIInteractionGuildMember | undefined, user: APIUser | undefined): Actor {
  return {
    platform: 'discord',
    userId: member?.user.id ?? user?.id ?? 'unknown',
    platformAdmin: member ? hasManageGuild(member.permissions) : false,
  };
}

function usage(text: string, usageText: string): MappedCommand {
  return { ok: false, reply: { visibility: 'ephemeral', blocks: [{ kind: 'error', text }, { kind: 'usage', text: usageText }] } };
}

function str(input: CommandInput, key: string): string {
  const value = input.options[key];
  return typeof value === 'string' ? value.trim() : '';
}

/** parseDay accepts a real calendar date YYYY-MM-DD, as midnight UTC. */
export function parseDay(text: string): Date | null {
  return parseIsoDate(text.trim());
}

/** toParsedCommand validates what Discord already constrains too, since a client may send anything. */
export function toParsedCommand(input: CommandInput): MappedCommand {
  const isPublic = input.options.public === true;
  const sub = input.subcommand;
  switch (input.name) {
    case 'deals':
      switch (sub) {
        case 'help':
        case 'status':
          return { ok: true, command: { command: 'deals', action: sub, public: isPublic } };
        case 'recent': {
          const n = input.options.n;
          const limit = typeof n === 'number' && Number.isInteger(n) ? Math.min(Math.max(n, 1), RECENT_MAX) : RECENT_DEFAULT;
          return { ok: true, command: { command: 'deals', action: 'recent', limit, public: isPublic } };
        }
        case 'search': {
          const text = str(input, 'text');
          if (!text) return usage('Give some words to search for.', '/deals search text:<words>');
          return { ok: true, command: { command: 'deals', action: 'search', text, public: isPublic } };
        }
        case 'company': {
          const company = str(input, 'name');
          if (!company) return usage('Give a company name.', '/deals company name:<company>');
          const sinceText = str(input, 'since');
          const since = sinceText ? parseDay(sinceText) : null;
          if (sinceText && !since) return usage(`"${sinceText}" is not a date.`, '/deals company name:<company> since:YYYY-MM-DD');
          return { ok: true, command: { command: 'deals', action: 'company', company, since, public: isPublic } };
        }
        case 'type': {
          const type = str(input, 'type');
          if (!(DEAL_TYPES as readonly string[]).includes(type)) {
            return usage(`Unknown deal type "${type}".`, `/deals type type:<${DEAL_TYPES.join('|')}>`);
          }
          return { ok: true, command: { command: 'deals', action: 'type', type: type as DealType, public: isPublic } };
        }
        case 'since': {
          const since = parseDay(str(input, 'date'));
          if (!since) return usage(`"${str(input, 'date')}" is not a date.`, '/deals since date:YYYY-MM-DD');
          return { ok: true, command: { command: 'deals', action: 'since', since, public: isPublic } };
        }
      }
      return usage(`Unknown subcommand "${sub ?? ''}".`, '/deals help');
    case 'watchlist':
      switch (sub) {
        case 'list':
          return { ok: true, command: { command: 'watchlist', action: 'list', public: isPublic } };
        case 'add': {
          const name = str(input, 'name');
          if (!name) return usage('Give a company name.', '/watchlist add name:<company> [aliases:<a, b>]');
          const aliases = str(input, 'aliases')
            .split(',')
            .map((a) => a.trim())
            .filter((a) => a !== '');
          return { ok: true, command: { command: 'watchlist', action: 'add', name, aliases, public: isPublic } };
        }
        case 'remove': {
          const name = str(input, 'name');
          if (!name) return usage('Give a company name.', '/watchlist remove name:<company>');
          return { ok: true, command: { command: 'watchlist', action: 'remove', name, public: isPublic } };
        }
      }
      return usage(`Unknown subcommand "${sub ?? ''}".`, '/watchlist list|add|remove');
    case 'feeds':
      switch (sub) {
        case 'list':
          return { ok: true, command: { command: 'feeds', action: 'list', public: isPublic } };
        case 'add': {
          const url = str(input, 'url');
          if (!url) return usage('Give the feed URL.', '/feeds add url:<https://…>');
          return { ok: true, command: { command: 'feeds', action: 'add', url, public: isPublic } };
        }
        case 'remove': {
          const target = str(input, 'target');
          if (!target) return usage('Give the feed id or URL.', '/feeds remove target:<id or URL>');
          return { ok: true, command: { command: 'feeds', action: 'remove', target, public: isPublic } };
        }
      }
      return usage(`Unknown subcommand "${sub ?? ''}".`, '/feeds list|add|remove');
  }
  return usage(`Unknown command "/${input.name}".`, '/deals help');
}

/** autocompleteChoices filters watched names by what was typed: prefix matches first, at most 25. */
export function autocompleteChoices(names: readonly string[], typed: string): { name: string; value: string }[] {
  const q = typed.trim().toLowerCase();
  const starts = names.filter((n) => n.toLowerCase().startsWith(q));
  const contains = names.filter((n) => !n.toLowerCase().startsWith(q) && n.toLowerCase().includes(q));
  return [...starts, ...contains]
    .filter((n) => n.length <= 100)
    .slice(0, 25)
    .map((n) => ({ name: n, value: n }));
}

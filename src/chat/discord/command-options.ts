// Discord's command syntax, derived from the command spec: the registration JSON for the
// bulk-overwrite endpoint, and the mapping of an interaction's options back to a
// ParsedCommand. Pure. The HTTP endpoint (raw payloads) and the gateway (discord.js
// interactions) both flatten their options to a CommandInput and share this mapping.
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIApplicationCommandSubcommandOption,
  type APIInteractionGuildMember,
  type APIUser,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  COMMANDS,
  buildCommand,
  commandsFor,
  subcommandsFor,
  type Actor,
  type ArgSpec,
  type CommandName,
  type ParsedCommand,
  type RawArgValue,
  type Reply,
  type SubcommandSpec,
} from '../../commands/index.js';
import { DEAL_TYPES } from '../../model/deal.js';
import { dealTypeLabel } from '../deal-labels.js';

/** ManageGuild ("Manage Server"), 0x20, as the decimal string Discord expects. */
export const MANAGE_GUILD_PERMISSION = PermissionFlagsBits.ManageGuild.toString();

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

const publicOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'public',
  description: 'Show the answer to everyone in the channel (default: only you)',
  required: false,
};

/** Discord limits option descriptions to 100 characters. */
const describe = (text: string): string => (text.length <= 100 ? text : `${text.slice(0, 99)}…`);

function option(arg: ArgSpec): APIApplicationCommandBasicOption {
  const base = { name: arg.name, description: describe(arg.description), required: arg.required === true };
  switch (arg.kind) {
    case 'integer':
    case 'id':
      return {
        ...base,
        type: ApplicationCommandOptionType.Integer,
        ...(arg.min !== undefined ? { min_value: arg.min } : {}),
        ...(arg.max !== undefined ? { max_value: arg.max } : {}),
      };
    case 'flag':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    case 'deal-type':
      return { ...base, type: ApplicationCommandOptionType.String, choices: DEAL_TYPES.map((t) => ({ name: dealTypeLabel(t), value: t })) };
    case 'date':
      return { ...base, type: ApplicationCommandOptionType.String, min_length: 10, max_length: 10 };
    case 'text':
    case 'url':
    case 'list':
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...(arg.required ? { min_length: 1 } : {}),
        ...(arg.maxLength !== undefined ? { max_length: arg.maxLength } : {}),
        ...(arg.autocomplete ? { autocomplete: true } : {}),
      };
  }
}

function subcommand(name: string, sub: SubcommandSpec): APIApplicationCommandSubcommandOption {
  // Discord wants required options first.
  const args = [...sub.args].sort((a, b) => Number(b.required === true) - Number(a.required === true));
  return { type: ApplicationCommandOptionType.Subcommand, name, description: describe(sub.description), options: [...args.map(option), publicOption] };
}

function registration(name: CommandName): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const spec = COMMANDS[name];
  return {
    type: ApplicationCommandType.ChatInput,
    name,
    description: spec.description,
    integration_types: [ApplicationIntegrationType.GuildInstall],
    // Restricted commands default to Manage Server and to servers only; the handler checks again.
    ...(spec.restricted
      ? { default_member_permissions: MANAGE_GUILD_PERMISSION, contexts: [InteractionContextType.Guild], dm_permission: false }
      : { contexts: [InteractionContextType.Guild, InteractionContextType.BotDM] }),
    options: subcommandsFor(spec, 'discord').map(([subName, sub]) => subcommand(subName, sub)),
  };
}

/** The full command set, in the order Discord shows it, as the bulk-overwrite endpoint takes it. */
export function discordCommands(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commandsFor('discord').map(registration);
}

/** How to use a command (or one subcommand), in Discord's option syntax. */
export function discordUsage(command: CommandName, action: string | null = null): string {
  return subcommandsFor(COMMANDS[command], 'discord')
    .filter(([name]) => action === null || name === action)
    .map(([name, sub]) => {
      const args = sub.args.map((a) => (a.required ? `${a.name}:<${a.placeholder ?? a.name}>` : `[${a.name}:<${a.placeholder ?? a.name}>]`));
      return [`/${command} ${name}`, ...args].join(' ');
    })
    .join('\n');
}

/** commandInputFromOptions flattens a raw interaction's options (subcommand groups are not used). */
export function commandInputFromOptions(name: string, options: readonly APIApplicationCommandInteractionDataOption[] | undefined): CommandInput {
  let sub: string | null = null;
  let leaves: readonly APIApplicationCommandInteractionDataOption[] = options ?? [];
  const first = leaves[0];
  if (first && first.type === ApplicationCommandOptionType.Subcommand) {
    sub = first.name;
    leaves = first.options ?? [];
  }
  const values: Record<string, OptionValue> = {};
  let focused: string | null = null;
  for (const leaf of leaves) {
    if (!('value' in leaf)) continue;
    values[leaf.name] = leaf.value;
    if ('focused' in leaf && leaf.focused) focused = leaf.name;
  }
  return { name, subcommand: sub, options: values, focused };
}

const MANAGE_GUILD = PermissionFlagsBits.ManageGuild;
const ADMINISTRATOR = PermissionFlagsBits.Administrator;

/** hasManageGuild reads a member's computed permissions (Administrator implies all). The one check, for both receivers. */
export function hasManageGuild(permissions: string | bigint | null | undefined): boolean {
  if (permissions === null || permissions === undefined || permissions === '') return false;
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

function usageReply(command: CommandName | null, action: string | null, problem: string): MappedCommand {
  const blocks: Reply['blocks'] = command
    ? [
        { kind: 'error', text: problem },
        { kind: 'usage', command, action },
      ]
    : [{ kind: 'error', text: problem }];
  return { ok: false, reply: { visibility: 'ephemeral', blocks } };
}

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

/** toParsedCommand validates what Discord already constrains too, since a client may send anything. */
export function toParsedCommand(input: CommandInput): MappedCommand {
  if (!isCommand(input.name)) return usageReply(null, null, `Unknown command "/${input.name}".`);
  const subs = new Map<string, SubcommandSpec>(subcommandsFor(COMMANDS[input.name], 'discord'));
  const sub = input.subcommand ? subs.get(input.subcommand) : undefined;
  if (!sub || !input.subcommand) return usageReply(input.name, null, `Unknown subcommand "${input.subcommand ?? ''}".`);
  const raw: Record<string, RawArgValue> = {};
  for (const [key, value] of Object.entries(input.options)) {
    if (key === 'public') continue;
    // An empty string is what a cleared optional text option sends; treat it as not given.
    if (typeof value === 'string' && value.trim() === '') continue;
    raw[key] = value;
  }
  const built = buildCommand(input.name, input.subcommand, raw, input.options.public === true);
  if (!built.ok) return usageReply(input.name, input.subcommand, `${built.problem}.`);
  return built;
}

/** The option being typed, when the spec offers watched names for it. */
export function autocompleteArg(input: CommandInput): string | null {
  if (!isCommand(input.name) || !input.subcommand || !input.focused) return null;
  const sub = (COMMANDS[input.name].subcommands as Readonly<Record<string, SubcommandSpec>>)[input.subcommand];
  const arg = sub?.args.find((a) => a.name === input.focused);
  return arg?.autocomplete ? arg.name : null;
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

// The application command set, as the JSON Discord's bulk-overwrite endpoint takes.
// /deals is for everyone; /watchlist and /feeds default to members with Manage Server
// (server admins can change that, so the command module checks again).
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { DEAL_TYPES } from '../../model/deal.js';
import { dealTypeLabel } from '../console-destination.js';

/** ManageGuild ("Manage Server"), 0x20, as the decimal string Discord expects. */
export const MANAGE_GUILD_PERMISSION = PermissionFlagsBits.ManageGuild.toString();

export const RECENT_DEFAULT = 10;
export const RECENT_MAX = 10;

const publicOption: APIApplicationCommandBasicOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'public',
  description: 'Show the answer to everyone in the channel (default: only you)',
  required: false,
};

function sub(name: string, description: string, options: APIApplicationCommandBasicOption[] = []): APIApplicationCommandSubcommandOption {
  return { type: ApplicationCommandOptionType.Subcommand, name, description, options: [...options, publicOption] };
}

const deals: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: 'deals',
  description: 'Look up business deals about watched companies',
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  options: [
    sub('recent', 'The most recent deals', [
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'n',
        description: `How many (default ${RECENT_DEFAULT})`,
        required: false,
        min_value: 1,
        max_value: RECENT_MAX,
      },
    ]),
    sub('search', 'Search deals by text', [
      { type: ApplicationCommandOptionType.String, name: 'text', description: 'Words to look for', required: true, min_length: 1, max_length: 200 },
    ]),
    sub('company', 'Deals about one watched company', [
      { type: ApplicationCommandOptionType.String, name: 'name', description: 'Company name', required: true, autocomplete: true, max_length: 100 },
      { type: ApplicationCommandOptionType.String, name: 'since', description: 'Only deals since YYYY-MM-DD', required: false, min_length: 10, max_length: 10 },
    ]),
    sub('type', 'Deals of one kind', [
      {
        type: ApplicationCommandOptionType.String,
        name: 'type',
        description: 'Deal type',
        required: true,
        choices: DEAL_TYPES.map((t) => ({ name: dealTypeLabel(t), value: t })),
      },
    ]),
    sub('since', 'Deals published since a date', [
      { type: ApplicationCommandOptionType.String, name: 'date', description: 'YYYY-MM-DD', required: true, min_length: 10, max_length: 10 },
    ]),
    sub('status', 'Feed health, last poll and pending alerts'),
    sub('help', 'How to use dealwatch'),
  ],
};

const adminOnly = {
  default_member_permissions: MANAGE_GUILD_PERMISSION,
  integration_types: [ApplicationIntegrationType.GuildInstall],
  contexts: [InteractionContextType.Guild],
  dm_permission: false,
} as const;

const watchlist: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: 'watchlist',
  description: 'Manage the watched companies',
  ...adminOnly,
  integration_types: [...adminOnly.integration_types],
  contexts: [...adminOnly.contexts],
  options: [
    sub('list', 'Show the watchlist'),
    sub('add', 'Watch a company', [
      { type: ApplicationCommandOptionType.String, name: 'name', description: 'Company name', required: true, min_length: 1, max_length: 100 },
      { type: ApplicationCommandOptionType.String, name: 'aliases', description: 'Other names, comma-separated', required: false, max_length: 500 },
    ]),
    sub('remove', 'Stop watching a company', [
      { type: ApplicationCommandOptionType.String, name: 'name', description: 'Company name', required: true, autocomplete: true, max_length: 100 },
    ]),
  ],
};

const feeds: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  type: ApplicationCommandType.ChatInput,
  name: 'feeds',
  description: 'Manage the polled feeds',
  ...adminOnly,
  integration_types: [...adminOnly.integration_types],
  contexts: [...adminOnly.contexts],
  options: [
    sub('list', 'Show the feeds and their health'),
    sub('add', 'Poll a new RSS or Atom feed', [
      { type: ApplicationCommandOptionType.String, name: 'url', description: 'Feed URL (http or https)', required: true, max_length: 2000 },
    ]),
    sub('remove', 'Stop polling a feed', [
      { type: ApplicationCommandOptionType.String, name: 'target', description: 'Feed id or URL', required: true, max_length: 2000 },
    ]),
  ],
};

/** The full command set, in the order Discord shows it. */
export const DISCORD_COMMANDS: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = Object.freeze([deals, watchlist, feeds]);

// THE command spec: every command, subcommand, argument, limit, admin flag and usage text,
// written once. Slack's text parser and usage line, Discord's option mapping and
// registration JSON, the CLI's argv parsing and --help, and the Slack manifest's usage
// hints are all derived from it. Adding a subcommand means one entry here and one case in
// execute-command.ts (the compiler insists on the second).
import type { CommandSpec, SubcommandSpec } from './spec-types.js';

/** Every list answer shows this many rows unless asked for fewer or more, on every door. */
export const LIST_LIMIT = 10;
/** The most rows any list answer shows; chat renderers fit this many within platform limits. */
export const LIST_MAX = 50;

// Shared argument shapes. `as const` keeps their literal kinds, which type ParsedCommand.
const since = <D extends string>(description: D) => ({ name: 'since', kind: 'date', description, placeholder: 'YYYY-MM-DD' }) as const;
const limit = {
  name: 'limit',
  kind: 'integer',
  description: `How many deals to show (default ${LIST_LIMIT}, at most ${LIST_MAX})`,
  min: 1,
  max: LIST_MAX,
  default: LIST_LIMIT,
  placeholder: 'n',
} as const;
const companyName = <D extends string>(description: D) =>
  ({ name: 'name', kind: 'text', description, required: true, positional: true, maxLength: 100 }) as const;

/** The commands the command core executes, whichever door they come through. */
export const COMMANDS = {
  deals: {
    description: 'Look up business deals about watched companies',
    cliName: 'deals',
    chatDefault: 'help',
    restricted: false,
    subcommands: {
      help: { description: 'How to use dealwatch', args: [], admin: false, doors: ['slack', 'discord'] },
      recent: {
        description: 'The most recent deals',
        admin: false,
        args: [{ ...limit, name: 'n', positional: true, description: `How many (default ${LIST_LIMIT}, at most ${LIST_MAX})` }],
      },
      search: {
        description: 'Search deals by text, company, type or date (none: the newest deals)',
        admin: false,
        args: [
          { name: 'text', kind: 'text', description: 'Words to look for', positional: true, maxLength: 200, placeholder: 'text' },
          { name: 'company', kind: 'text', description: 'Only deals involving this company (a name, alias or ticker)', maxLength: 100, autocomplete: true },
          { name: 'type', kind: 'deal-type', description: 'Only deals of this type' },
          since('Only deals published since this date'),
          limit,
        ],
      },
      company: {
        description: 'Deals involving one company',
        admin: false,
        args: [
          { ...companyName('Company name, alias or ticker'), autocomplete: true },
          { ...since('Only deals since this date'), keyword: 'since' },
        ],
      },
      type: {
        description: 'Deals of one kind',
        admin: false,
        args: [{ name: 'type', kind: 'deal-type', description: 'Deal type', required: true, positional: true }],
      },
      since: {
        description: 'Deals published since a date',
        admin: false,
        args: [{ name: 'date', kind: 'date', description: 'YYYY-MM-DD', required: true, positional: true, placeholder: 'YYYY-MM-DD' }],
      },
      show: {
        description: "One deal's timeline: every report with its source and time, and every change",
        admin: false,
        args: [{ name: 'id', kind: 'id', description: 'The deal id, shown in every list as #id', required: true, positional: true }],
      },
      digest: {
        description: 'The deals of the last day or week, grouped by type',
        admin: false,
        args: [
          {
            name: 'period',
            kind: 'text',
            description: 'day or week (default week)',
            positional: true,
            pattern: /^(day|week)$/i,
            patternHint: 'day or week',
            maxLength: 4,
            placeholder: 'week|day',
          },
        ],
      },
      status: { description: 'Feed health, the last poll cycle and alerts waiting per destination', args: [], admin: false },
    },
  },
  watchlist: {
    description: 'Show or edit the watched companies',
    cliName: 'watch',
    chatDefault: 'list',
    restricted: true,
    subcommands: {
      list: { description: 'Show the watchlist', args: [], admin: false },
      add: {
        description: 'Watch a company',
        admin: true,
        args: [
          companyName('Company name'),
          { name: 'aliases', kind: 'list', description: 'Other names, comma-separated', positional: true, cliFlag: 'alias', maxLength: 500 },
          { name: 'tickers', kind: 'list', description: 'Stock tickers, comma-separated (NVDA, $NVDA or NASDAQ:NVDA)', cliFlag: 'ticker', maxLength: 200 },
        ],
      },
      remove: { description: 'Stop watching a company', admin: true, args: [{ ...companyName('Company name'), autocomplete: true }] },
    },
  },
  feeds: {
    description: 'Show or edit the polled feeds',
    cliName: 'feeds',
    chatDefault: 'list',
    restricted: true,
    subcommands: {
      list: { description: 'Show the feeds and their health', args: [], admin: true },
      add: {
        description: 'Poll a new RSS, Atom or JSON feed',
        admin: true,
        args: [
          { name: 'url', kind: 'url', description: 'Feed URL (http or https)', required: true, positional: true, maxLength: 2000 },
          { name: 'name', kind: 'text', description: 'Shown as the alerts\u2019 source (default: the feed\u2019s title)', maxLength: 200 },
          {
            name: 'backfill',
            kind: 'integer',
            description: `Alert on the newest N items at the first poll (default 0, at most ${LIST_MAX})`,
            min: 0,
            max: LIST_MAX,
            default: 0,
            placeholder: 'N',
          },
        ],
      },
      remove: {
        description: 'Stop polling a feed',
        admin: true,
        args: [{ name: 'target', kind: 'text', description: 'Feed id or URL', required: true, positional: true, maxLength: 2000, placeholder: 'id-or-url' }],
      },
    },
  },
  outbox: {
    description: 'Alerts the platforms refused: list them, send one again, or drop it',
    cliName: 'outbox',
    chatDefault: 'list',
    restricted: true,
    subcommands: {
      list: { description: 'The dead-lettered alerts, with why each was refused', args: [], admin: true, doors: ['cli'] },
      retry: {
        description: 'Put a dead-lettered alert back in line for its destination',
        admin: true,
        doors: ['cli'],
        args: [{ name: 'id', kind: 'id', description: 'The delivery id, from outbox list or status', required: true, positional: true }],
      },
      drop: {
        description: 'Give up on a dead-lettered alert for good',
        admin: true,
        doors: ['cli'],
        args: [{ name: 'id', kind: 'id', description: 'The delivery id, from outbox list or status', required: true, positional: true }],
      },
    },
  },
} as const satisfies Readonly<Record<string, CommandSpec>>;

export type Commands = typeof COMMANDS;
export type CommandName = keyof Commands;

/** Commands only the CLI runs, because they act on the process rather than on the store. */
export const OPERATOR_COMMANDS = {
  run: { description: 'The long-running bot: scheduler, delivery, chat endpoints, /healthz /readyz /metrics', args: [], admin: true },
  poll: {
    description: 'One poll cycle over the due feeds, then deliver, then print a summary',
    admin: true,
    args: [{ name: 'all', kind: 'flag', description: 'Poll every feed, due or not' }],
  },
  parse: {
    description: "Print a feed's normalized items as JSON Lines",
    admin: true,
    args: [{ name: 'inputs', kind: 'list', description: 'Feed files or http(s) URLs', positional: true, required: true, placeholder: 'file-or-url' }],
  },
  classify: {
    description: 'Analyse JSON Lines stories from stdin (no database needed)',
    admin: true,
    args: [
      { name: 'explain', kind: 'flag', description: 'Add why each story was (or was not) read as a deal: the frame, the phrases and weights, the hedges' },
    ],
  },
  digest: {
    description: 'Print the digest of the deals since a date (default: the last 7 days)',
    admin: true,
    args: [
      since('Deals since this date (default: 7 days ago)'),
      {
        name: 'destination',
        kind: 'text',
        description: 'Only the deals alerted to this destination, as its digest shows them',
        maxLength: 100,
        placeholder: 'name',
      },
    ],
  },
  migrate: { description: 'Apply pending database migrations', args: [], admin: true },
  'discord register': {
    description: 'Register the Discord application commands (one bulk overwrite)',
    admin: true,
    args: [
      {
        name: 'guild',
        kind: 'text',
        description: 'Register in one server only, immediately (the server id)',
        pattern: /^\d{1,22}$/,
        patternHint: 'a Discord server id (digits; right-click the server → Copy Server ID)',
        placeholder: 'id',
      },
    ],
  },
} as const satisfies Readonly<Record<string, SubcommandSpec>>;

export type OperatorCommandName = keyof typeof OPERATOR_COMMANDS;

/** The commands a door offers: those with at least one subcommand for it. */
export function commandsFor(door: 'slack' | 'discord' | 'cli'): CommandName[] {
  return (Object.keys(COMMANDS) as CommandName[]).filter((name) => subcommandsFor(COMMANDS[name], door).length > 0);
}

/** The subcommands a door offers for a command, in spec order. */
export function subcommandsFor(command: CommandSpec, door: 'slack' | 'discord' | 'cli'): [string, SubcommandSpec][] {
  return Object.entries(command.subcommands).filter(([, sub]) => !sub.doors || sub.doors.includes(door));
}

// The command line's syntax, derived from the command spec: `dealwatch <command>
// <subcommand> [positional] [--option value]…`. Every command's options are checked here,
// so a missing value, an unknown option or an extra argument is one line and the usage,
// and `--help` after any command prints that command's own help.
import {
  COMMANDS,
  OPERATOR_COMMANDS,
  subcommandsFor,
  type ArgSpec,
  type CommandName,
  type OperatorCommandName,
  type RawArgValue,
  type SubcommandSpec,
} from '../../commands/index.js';
import { DEAL_TYPES } from '../../model/deal.js';
import { UsageError } from '../../model/errors.js';

/** One thing the CLI can run: a command-core subcommand, or an operator command. */
export type CliEntry =
  | { readonly kind: 'command'; readonly path: readonly string[]; readonly command: CommandName; readonly action: string; readonly sub: SubcommandSpec }
  | { readonly kind: 'operator'; readonly path: readonly string[]; readonly name: OperatorCommandName; readonly sub: SubcommandSpec };

/** `dealwatch status` is `/deals status`: the one shortcut, kept from the first release. */
const ALIASES: Readonly<Record<string, readonly string[]>> = { status: ['deals', 'status'] };

/** Subcommands whose answer is a list of deals, which `--json` prints as JSON Lines. */
const JSON_LISTS = new Set(['deals recent', 'deals search', 'deals company', 'deals type', 'deals since']);

export function cliEntries(): CliEntry[] {
  const entries: CliEntry[] = [];
  for (const [name, sub] of Object.entries(OPERATOR_COMMANDS) as [OperatorCommandName, SubcommandSpec][]) {
    entries.push({ kind: 'operator', path: name.split(' '), name, sub });
  }
  for (const command of Object.keys(COMMANDS) as CommandName[]) {
    for (const [action, sub] of subcommandsFor(COMMANDS[command], 'cli')) {
      entries.push({ kind: 'command', path: [COMMANDS[command].cliName, action], command, action, sub });
    }
  }
  return entries;
}

const flagOf = (arg: ArgSpec): string => `--${arg.cliFlag ?? arg.name}`;

/** Typed without a flag on the command line; a list with a singular flag (`--alias`) is a flag. */
const isCliPositional = (arg: ArgSpec): boolean => arg.positional === true && !(arg.kind === 'list' && arg.cliFlag !== undefined);

function placeholder(arg: ArgSpec): string {
  return arg.placeholder ?? (arg.kind === 'deal-type' ? 'type' : arg.name);
}

function argUsage(arg: ArgSpec): string {
  if (arg.kind === 'flag') return `[${flagOf(arg)}]`;
  if (isCliPositional(arg)) {
    const value = arg.kind === 'list' ? `<${placeholder(arg)}>…` : `<${placeholder(arg)}>`;
    return arg.required ? value : `[${value}]`;
  }
  const repeat = arg.kind === 'list' ? '…' : '';
  return `[${flagOf(arg)} <${placeholder(arg)}>]${repeat}`;
}

const wantsJson = (entry: CliEntry): boolean => JSON_LISTS.has(entry.path.join(' '));

/** The one-line usage of an entry: `dealwatch watch add <name> [--alias <aliases>]… …`. */
export function cliUsage(entry: CliEntry): string {
  const parts = ['dealwatch', ...entry.path, ...entry.sub.args.map(argUsage), ...(wantsJson(entry) ? ['[--json]'] : [])];
  return `usage: ${parts.join(' ')}`;
}

/** A command's full help: usage, what it does, and each option. */
export function cliHelp(entry: CliEntry): string {
  const lines = [cliUsage(entry), '', entry.sub.description + (entry.sub.admin && entry.kind === 'command' ? ' (an admin command in chat)' : '')];
  const options = entry.sub.args.map((arg) => {
    const name = isCliPositional(arg) ? `<${placeholder(arg)}>` : arg.kind === 'flag' ? flagOf(arg) : `${flagOf(arg)} <${placeholder(arg)}>`;
    const extra = arg.kind === 'deal-type' ? ` (${DEAL_TYPES.join(', ')})` : arg.kind === 'list' && arg.cliFlag ? ' (repeat for more)' : '';
    return `  ${name.padEnd(28)} ${arg.description}${extra}`;
  });
  if (wantsJson(entry)) options.push(`  ${'--json'.padEnd(28)} one JSON object per deal, for scripts`);
  options.push(`  ${'--config <path>'.padEnd(28)} YAML config (or DEALWATCH_CONFIG; default config/dealwatch.yaml)`);
  return [...lines, '', 'Options:', ...options].join('\n');
}

/** The top-level help, listing every command from the spec. */
export function globalHelp(version: string): string {
  const rows = cliEntries().map((e) => `  ${e.path.join(' ').padEnd(18)} ${e.sub.description}`);
  const aliases = Object.entries(ALIASES).map(([alias, path]) => `  ${alias.padEnd(18)} same as ${path.join(' ')}`);
  return [
    `dealwatch ${version}: deal-news alerts from RSS, Atom and JSON feeds to Slack and Discord`,
    '',
    'Usage: dealwatch <command> [options]        dealwatch <command> --help for its options',
    '',
    'Commands:',
    ...rows,
    ...aliases,
    '',
    'Options for every command:',
    '  --config <path>    YAML config (or DEALWATCH_CONFIG; default config/dealwatch.yaml)',
    '  --help             help for the command',
    '  --version          print the version',
  ].join('\n');
}

export type CliLookup =
  | { readonly kind: 'entry'; readonly entry: CliEntry; readonly rest: readonly string[] }
  | { readonly kind: 'incomplete'; readonly prefix: string; readonly entries: readonly CliEntry[] }
  | { readonly kind: 'unknown'; readonly word: string };

/** findEntry resolves the leading words of argv to an entry; the rest are its arguments. */
export function findEntry(argv: readonly string[]): CliLookup {
  const words = ALIASES[argv[0] ?? ''] ? [...ALIASES[argv[0]!]!, ...argv.slice(1)] : [...argv];
  const entries = cliEntries();
  const two = entries.find((e) => e.path.length === 2 && e.path[0] === words[0] && e.path[1] === words[1]);
  if (two) return { kind: 'entry', entry: two, rest: words.slice(2) };
  const one = entries.find((e) => e.path.length === 1 && e.path[0] === words[0]);
  if (one) return { kind: 'entry', entry: one, rest: words.slice(1) };
  const family = entries.filter((e) => e.path.length === 2 && e.path[0] === words[0]);
  if (family.length === 0) return { kind: 'unknown', word: words[0] ?? '' };
  // `dealwatch watch` alone runs the chat default (list) where the CLI offers it.
  const chat = family[0]!.kind === 'command' ? COMMANDS[family[0]!.command] : null;
  const fallback = chat && (words[1] === undefined || words[1].startsWith('--')) ? family.find((e) => e.path[1] === chat.chatDefault) : undefined;
  if (fallback) return { kind: 'entry', entry: fallback, rest: words.slice(1) };
  return { kind: 'incomplete', prefix: words[0]!, entries: family };
}

export interface ParsedArgv {
  readonly raw: Readonly<Record<string, RawArgValue>>;
  readonly json: boolean;
}

/** parseArgv reads an entry's arguments; a problem throws UsageError with the entry's usage. */
export function parseArgv(entry: CliEntry, argv: readonly string[]): ParsedArgv {
  const fail = (problem: string): never => {
    throw new UsageError(`dealwatch ${entry.path.join(' ')}: ${problem}`, cliUsage(entry));
  };
  const raw: Record<string, RawArgValue> = {};
  const positionals: string[] = [];
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (!token.startsWith('--') || token === '--') {
      positionals.push(token);
      continue;
    }
    const eq = token.indexOf('=');
    const flag = eq >= 0 ? token.slice(0, eq) : token;
    if (flag === '--json' && wantsJson(entry)) {
      if (eq >= 0) fail('--json takes no value');
      json = true;
      continue;
    }
    const arg = entry.sub.args.find((a) => flagOf(a) === flag && !isCliPositional(a));
    if (!arg) fail(`unknown option ${flag}`);
    const spec = arg!;
    if (spec.kind === 'flag') {
      if (eq >= 0) fail(`${flag} takes no value`);
      raw[spec.name] = true;
      continue;
    }
    const value = eq >= 0 ? token.slice(eq + 1) : argv[i + 1];
    if (value === undefined || (eq < 0 && value.startsWith('--'))) fail(`${flag} needs a value`);
    if (eq < 0) i++;
    if (spec.kind === 'list') raw[spec.name] = [...((raw[spec.name] as readonly string[] | undefined) ?? []), value!];
    else if (raw[spec.name] !== undefined) fail(`${flag} is given twice`);
    else raw[spec.name] = value!;
  }
  const positional = entry.sub.args.find(isCliPositional);
  if (positionals.length > 0) {
    if (!positional) fail(`unexpected argument "${positionals[0]}"`);
    else if (positional.kind === 'list') raw[positional.name] = positionals;
    else if (positional.kind === 'text') raw[positional.name] = positionals.join(' ');
    else if (positionals.length > 1) fail(`unexpected argument "${positionals[1]}"`);
    else raw[positional.name] = positionals[0]!;
  }
  return { raw, json };
}

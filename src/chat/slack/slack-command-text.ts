// Slack's command syntax, derived from the command spec. A slash command arrives as one
// line of text ("company Nvidia since 2026-10-01 public"), so this door reads it as:
// subcommand first, then `key:value` options, keywords such as `since <date>`, the word
// `public`, and whatever is left as the positional argument (with a comma-separated
// list after it where the spec has one: "add Google Cloud, Alphabet").
import {
  COMMANDS,
  buildCommand,
  subcommandsFor,
  type ArgSpec,
  type CommandName,
  type ParsedCommand,
  type RawArgValue,
  type Reply,
  type SubcommandSpec,
} from '../../commands/index.js';
import { DEAL_TYPES } from '../../model/deal.js';

export type SlackParse = { readonly ok: true; readonly command: ParsedCommand } | { readonly ok: false; readonly reply: Reply };

/**
 * decodeSlackText undoes the HTML entities Slack puts in a command's text (`&`, `<` and `>`
 * arrive as `&amp;`, `&lt;`, `&gt;`), so "/deals search AT&T" searches AT&T. `&amp;` goes
 * last, so "&amp;lt;" becomes "&lt;" and not "<".
 */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Slack wraps URLs as <http://…> or <http://…|label>; take the URL itself. */
export function unwrapSlackLink(text: string): string {
  const m = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(text.trim());
  return (m ? m[1]! : text).trim();
}

/** A compact usage (the manifest's hint) names a deal type `<type>` and a named option `[key:…]`. */
function placeholder(arg: ArgSpec, compact: boolean): string {
  if (arg.placeholder) return arg.placeholder;
  return arg.kind === 'deal-type' ? (compact ? 'type' : DEAL_TYPES.join('|')) : arg.name;
}

function argUsage(arg: ArgSpec, compact: boolean): string {
  if (arg.positional && arg.kind === 'list') return `[, ${arg.name.replace(/e?s$/, '')}, …]`;
  if (arg.positional) return arg.required ? `<${placeholder(arg, compact)}>` : `[${placeholder(arg, compact)}]`;
  if (arg.keyword) return `[${arg.keyword} <${placeholder(arg, compact)}>]`;
  return compact ? `[${arg.name}:…]` : `[${arg.name}:<${placeholder(arg, compact)}>]`;
}

function subUsage(name: string, sub: SubcommandSpec, compact = false): string {
  return [name, ...sub.args.map((arg) => argUsage(arg, compact))].join(' ').replace(/ \[, /g, '[, ');
}

/** The usage line of a command (or of one subcommand), as /deals help shows it. */
export function slackUsage(command: CommandName, action: string | null = null): string {
  const spec = COMMANDS[command];
  const subs = subcommandsFor(spec, 'slack').filter(([name]) => action === null || name === action);
  const adminOnly = subs.filter(([, sub]) => sub.admin).map(([name]) => name);
  const admin = adminOnly.length > 0 ? `   (admins only: ${adminOnly.join(', ')})` : '';
  return `Usage: /${command} ${subs.map(([name, sub]) => subUsage(name, sub)).join(' | ')}   (add "public" to post the answer in the channel)${admin}`;
}

/** The manifest's usage_hint: the subcommands and their main arguments, without the help subcommand. */
export function slackUsageHint(command: CommandName): string {
  return subcommandsFor(COMMANDS[command], 'slack')
    .filter(([name]) => name !== 'help')
    .map(([name, sub]) => subUsage(name, sub, true))
    .join(' | ');
}

/** Splits on spaces, keeping `key:"quoted words"` together. */
function tokens(text: string): string[] {
  return [...text.matchAll(/[^\s"]*"[^"]*"[^\s"]*|\S+/g)].map((m) => m[0]);
}

function usageReply(command: CommandName, action: string | null, problem: string): SlackParse {
  return {
    ok: false,
    reply: {
      visibility: 'ephemeral',
      blocks: [
        { kind: 'error', text: problem },
        { kind: 'usage', command, action },
      ],
    },
  };
}

/** parseSlackCommand reads a slash command's text into a ParsedCommand, or a usage reply. */
export function parseSlackCommand(command: CommandName, rawText: string): SlackParse {
  const spec = COMMANDS[command];
  const words = tokens(decodeSlackText(rawText).trim());
  const subs = new Map<string, SubcommandSpec>(subcommandsFor(spec, 'slack'));
  const first = (words[0] ?? '').toLowerCase();
  const action = first === '' ? spec.chatDefault : first;
  const sub = subs.get(action);
  if (!sub) return usageReply(command, null, `Unknown subcommand "${words[0]}".`);

  let isPublic = false;
  const raw: Record<string, RawArgValue> = {};
  const rest: string[] = [];
  const rest0 = words.slice(1);
  for (let i = 0; i < rest0.length; i++) {
    const word = rest0[i]!;
    if (word.toLowerCase() === 'public') {
      isPublic = true;
      continue;
    }
    const keyed = /^([a-z_]+):(.*)$/i.exec(word);
    const named = keyed ? sub.args.find((a) => a.name === keyed[1]!.toLowerCase() && !a.positional) : undefined;
    if (keyed && named) {
      raw[named.name] = keyed[2]!.replace(/^"(.*)"$/, '$1');
      continue;
    }
    const keyword = sub.args.find((a) => a.keyword !== undefined && a.keyword === word.toLowerCase());
    if (keyword && i + 1 < rest0.length) {
      raw[keyword.name] = rest0[++i]!;
      continue;
    }
    rest.push(word);
  }

  const positional = sub.args.filter((a) => a.positional);
  const main = positional.find((a) => a.kind !== 'list');
  const list = positional.find((a) => a.kind === 'list');
  const text = rest.join(' ').trim();
  if (text !== '') {
    if (!main && !list) return usageReply(command, action, `${action} takes no "${text}".`);
    if (main && list) {
      const [head = '', ...tail] = text.split(',');
      raw[main.name] = head.trim();
      if (tail.length > 0) raw[list.name] = tail.join(',');
    } else if (main) raw[main.name] = unwrapSlackLink(text);
    else if (list) raw[list.name] = text;
  }
  const built = buildCommand(command, action, raw, isPublic);
  if (!built.ok) return usageReply(command, action, `${built.problem}.`);
  return built;
}

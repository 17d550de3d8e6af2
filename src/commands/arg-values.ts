// Turns the raw values a door collected into typed, validated arguments, by the spec.
// One converter per argument kind, shared by every door, so "2025-02-30", "eleven" or a
// 300-character name is refused the same way on Slack, Discord and the command line.
import { DEAL_TYPES, type DealType } from '../model/deal.js';
import { COMMANDS, type CommandName, type Commands } from './command-spec.js';
import type { ArgSpec, ArgValues, RawArgValue, SubcommandSpec } from './spec-types.js';

/** A parsed command, typed from the spec: `{ command: 'deals', action: 'search', args: { text, … } }`. */
export type ParsedCommand = {
  readonly [C in CommandName]: {
    readonly [S in keyof Commands[C]['subcommands']]: {
      readonly command: C;
      readonly action: S;
      readonly args: Commands[C]['subcommands'][S] extends { readonly args: infer A extends readonly ArgSpec[] } ? ArgValues<A> : never;
      /** Post the answer for everyone in the channel (chat doors only). */
      readonly public: boolean;
    };
  }[keyof Commands[C]['subcommands']];
}[CommandName];

export type ArgsResult = { readonly ok: true; readonly values: Readonly<Record<string, unknown>> } | { readonly ok: false; readonly problem: string };

/** Parses YYYY-MM-DD (UTC midnight), rejecting impossible dates such as 2025-02-30. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text.trim() ? date : null;
}

/** "Joint venture", "joint-venture" and "JOINT_VENTURE" all name joint_venture. */
export function parseDealType(text: string): DealType | null {
  const type = text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (type === 'funding_round') return 'funding';
  return (DEAL_TYPES as readonly string[]).includes(type) ? (type as DealType) : null;
}

const label = (arg: ArgSpec): string => arg.name;

function convert(arg: ArgSpec, raw: RawArgValue): { ok: true; value: unknown } | { ok: false; problem: string } {
  const text = Array.isArray(raw) ? raw.join(', ') : String(raw).trim();
  const tooLong = arg.maxLength !== undefined && text.length > arg.maxLength;
  switch (arg.kind) {
    case 'flag':
      return typeof raw === 'boolean' ? { ok: true, value: raw } : { ok: false, problem: `${label(arg)} takes no value` };
    case 'integer':
    case 'id': {
      const n = typeof raw === 'number' ? raw : /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
      const min = arg.min ?? (arg.kind === 'id' ? 1 : Number.MIN_SAFE_INTEGER);
      const max = arg.max ?? Number.MAX_SAFE_INTEGER;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        const range = arg.kind === 'id' ? 'an id (a whole number)' : `a whole number from ${min} to ${max}`;
        return { ok: false, problem: `${label(arg)} must be ${range}, not "${text}"` };
      }
      return { ok: true, value: n };
    }
    case 'date': {
      const date = parseIsoDate(text);
      return date ? { ok: true, value: date } : { ok: false, problem: `${label(arg)}: "${text}" is not a date like 2025-07-01` };
    }
    case 'deal-type': {
      const type = parseDealType(text);
      return type ? { ok: true, value: type } : { ok: false, problem: `${label(arg)}: "${text}" is not a deal type (${DEAL_TYPES.join(', ')})` };
    }
    case 'list': {
      if (tooLong) return { ok: false, problem: `${label(arg)} is longer than ${arg.maxLength} characters` };
      const items = (Array.isArray(raw) ? raw : String(raw).split(',')).map((item: string) => item.trim());
      if (items.some((item) => item === '')) return { ok: false, problem: `${label(arg)} has an empty entry` };
      return { ok: true, value: items };
    }
    case 'url':
    case 'text': {
      if (text === '') return { ok: false, problem: `${label(arg)} is empty` };
      if (tooLong) return { ok: false, problem: `${label(arg)} is longer than ${arg.maxLength} characters` };
      if (arg.pattern && !arg.pattern.test(text))
        return { ok: false, problem: `${label(arg)} must be ${arg.patternHint ?? `like ${arg.placeholder ?? arg.name}`}` };
      return { ok: true, value: text };
    }
  }
}

/**
 * parseArgs validates and converts what a door collected for one subcommand. `raw` holds
 * only the arguments given; defaults, empty lists and false flags are filled in here.
 */
export function parseArgs(sub: SubcommandSpec, raw: Readonly<Record<string, RawArgValue | undefined>>): ArgsResult {
  const values: Record<string, unknown> = {};
  for (const arg of sub.args) {
    const given = raw[arg.name];
    if (given === undefined || (Array.isArray(given) && given.length === 0)) {
      if (arg.required) return { ok: false, problem: `${arg.name} is required` };
      values[arg.name] = arg.kind === 'list' ? [] : arg.kind === 'flag' ? false : arg.default;
      continue;
    }
    const converted = convert(arg, given);
    if (!converted.ok) return converted;
    values[arg.name] = converted.value;
  }
  const unknown = Object.keys(raw).filter((name) => raw[name] !== undefined && !sub.args.some((a) => a.name === name));
  if (unknown.length > 0) return { ok: false, problem: `unknown option ${unknown.join(', ')}` };
  if (sub.needsOneOf && !sub.needsOneOf.some((name) => values[name] !== undefined)) {
    return { ok: false, problem: `give at least one of: ${sub.needsOneOf.join(', ')}` };
  }
  return { ok: true, values };
}

export type BuildResult = { readonly ok: true; readonly command: ParsedCommand } | { readonly ok: false; readonly problem: string };

/** buildCommand makes a ParsedCommand from a door's raw values, or says what is wrong. */
export function buildCommand(command: CommandName, action: string, raw: Readonly<Record<string, RawArgValue | undefined>>, isPublic: boolean): BuildResult {
  const sub = (COMMANDS[command].subcommands as Readonly<Record<string, SubcommandSpec>>)[action];
  if (!sub) return { ok: false, problem: `unknown subcommand "${action}"` };
  const parsed = parseArgs(sub, raw);
  if (!parsed.ok) return parsed;
  // The spec and ParsedCommand are the same shape by construction (see its type).
  return { ok: true, command: { command, action, args: parsed.values, public: isPublic } as unknown as ParsedCommand };
}

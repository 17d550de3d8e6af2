// The vocabulary of the command spec: what a command, a subcommand and an argument are.
// Every door (Slack text, Discord options, the CLI's argv) reads these shapes, so a
// subcommand declared once is parsed, validated, registered and documented everywhere.
import type { DealType } from '../model/deal.js';

/** Where a subcommand can be typed. */
export type Door = 'slack' | 'discord' | 'cli';
export const DOORS: readonly Door[] = ['slack', 'discord', 'cli'];

/**
 * How an argument's raw text becomes a value; commands/arg-values.ts holds the one
 * converter per kind, shared by every door.
 * - text: free text (a name, search words);
 * - integer: a whole number within min..max;
 * - date: a calendar date YYYY-MM-DD (midnight UTC);
 * - deal-type: one of DEAL_TYPES ("joint venture" and "joint-venture" are accepted);
 * - url: an http(s) URL (the door unwraps its own link syntax first);
 * - list: comma-separated text, or a repeated CLI flag;
 * - id: a positive whole number naming a stored row;
 * - flag: on or off (`--all`); present means on.
 */
export type ArgKind = 'text' | 'integer' | 'date' | 'deal-type' | 'url' | 'list' | 'id' | 'flag';

export interface ArgSpec {
  readonly name: string;
  readonly kind: ArgKind;
  /** One line, shown in the CLI's help and as Discord's option description. */
  readonly description: string;
  readonly required?: boolean;
  /**
   * Typed without a key: `/deals search openai`, `dealwatch feeds add <url>`. A subcommand
   * has at most one positional text-like argument, optionally followed (in chat) by one
   * positional list separated by commas: `/watchlist add Google Cloud, Alphabet`.
   */
  readonly positional?: boolean;
  /** A word that introduces the value in chat text: `/deals company Nvidia since 2026-10-01`. */
  readonly keyword?: string;
  /** The CLI flag for a repeatable list argument, singular: `--alias` for `aliases`. */
  readonly cliFlag?: string;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** Text arguments: the value must match, else `patternHint` says what is expected. */
  readonly pattern?: RegExp;
  readonly patternHint?: string;
  readonly default?: number;
  /** Offer watched company names while typing (Discord autocomplete). */
  readonly autocomplete?: boolean;
  /** Shown in usage lines, e.g. "YYYY-MM-DD"; defaults to the argument's name. */
  readonly placeholder?: string;
}

export interface SubcommandSpec {
  readonly description: string;
  readonly args: readonly ArgSpec[];
  /** Only dealwatch admins may run it (checked by execute on every call, whatever the door). */
  readonly admin: boolean;
  /** Doors that offer it; all of them when absent. */
  readonly doors?: readonly Door[];
  /** At least one of these arguments must be given. */
  readonly needsOneOf?: readonly string[];
}

export interface CommandSpec {
  readonly description: string;
  /** The CLI's name for it (`watch` for /watchlist). */
  readonly cliName: string;
  /** The subcommand an empty chat command runs (`/deals` is help, `/watchlist` is list). */
  readonly chatDefault: string;
  /** Discord shows it only to members with Manage Server unless a server admin changes that. */
  readonly restricted: boolean;
  readonly subcommands: Readonly<Record<string, SubcommandSpec>>;
}

/** What each kind of argument holds once parsed. */
export type ValueOf<K extends ArgKind> = K extends 'integer' | 'id'
  ? number
  : K extends 'date'
    ? Date
    : K extends 'deal-type'
      ? DealType
      : K extends 'list'
        ? readonly string[]
        : K extends 'flag'
          ? boolean
          : string;

type Present<A> = A extends { readonly required: true }
  ? true
  : A extends { readonly default: number }
    ? true
    : A extends { readonly kind: 'flag' | 'list' }
      ? true
      : false;

/** The parsed arguments of one subcommand, typed from its spec. */
export type ArgValues<Args extends readonly ArgSpec[]> = {
  readonly [A in Args[number] as A['name']]: Present<A> extends true ? ValueOf<A['kind']> : ValueOf<A['kind']> | undefined;
};

/** The raw, door-neutral value of one argument before conversion. */
export type RawArgValue = string | number | boolean | readonly string[];

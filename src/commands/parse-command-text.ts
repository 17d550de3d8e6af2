// Parses a slash command's text ("search openai public") into a ParsedCommand. Bad
// input yields the usage line, never an error.
import { DEAL_TYPES, type DealType } from '../model/deal.js';
import type { ParsedCommand } from './command-types.js';

export type CommandName = 'deals' | 'watchlist' | 'feeds';
export type ParseOutcome = ParsedCommand | { readonly kind: 'usage'; readonly text: string };

export const USAGE: Readonly<Record<CommandName, string>> = {
  deals:
    'Usage: /deals help | recent [n] | search <text> | company <name> [since <YYYY-MM-DD>] | type <' +
    DEAL_TYPES.join('|') +
    '> | since <YYYY-MM-DD> | status   (add "public" to post the answer in the channel)',
  watchlist: 'Usage: /watchlist list | add <name> [alias, alias…] | remove <name>   (admins only for add/remove)',
  feeds: 'Usage: /feeds list | add <url> | remove <url-or-id>   (admins only)',
};

const usage = (command: CommandName, problem?: string): ParseOutcome => ({
  kind: 'usage',
  text: problem ? `${problem}\n${USAGE[command]}` : USAGE[command],
});

/** Parses YYYY-MM-DD (UTC midnight), rejecting impossible dates such as 2025-02-30. */
export function parseIsoDate(text: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === text ? date : null;
}

export function parseCommandText(command: CommandName, text: string): ParseOutcome {
  let words = text.trim().split(/\s+/).filter(Boolean);
  // "public" anywhere after the subcommand asks for an in-channel answer.
  const isPublic = words.slice(1).some((w) => w.toLowerCase() === 'public');
  if (isPublic) words = [words[0]!, ...words.slice(1).filter((w) => w.toLowerCase() !== 'public')];
  const [sub = '', ...rest] = words;
  const arg = rest.join(' ').trim();
  const action = sub.toLowerCase();

  if (command === 'deals') {
    switch (action) {
      case '':
      case 'help':
        return { command, action: 'help', public: isPublic };
      case 'recent': {
        if (arg === '') return { command, action: 'recent', limit: 10, public: isPublic };
        const n = Number(arg);
        // Chat answers stay compact: ten rows at most.
        if (!Number.isInteger(n) || n < 1 || n > 10) return usage(command, `"${arg}" is not a count from 1 to 10.`);
        return { command, action: 'recent', limit: n, public: isPublic };
      }
      case 'search':
        return arg ? { command, action: 'search', text: arg, public: isPublic } : usage(command, 'search needs some text.');
      case 'company': {
        // "company Nvidia since 2026-10-01": what a company did in a period.
        const m = /^(.*?)\s+since\s+(\S+)$/i.exec(arg);
        const company = (m ? m[1]! : arg).trim();
        if (!company) return usage(command, 'company needs a name.');
        if (!m) return { command, action: 'company', company, since: null, public: isPublic };
        const since = parseIsoDate(m[2]!);
        return since ? { command, action: 'company', company, since, public: isPublic } : usage(command, `"${m[2]}" is not a date like 2025-07-01.`);
      }
      case 'type': {
        const type = arg.toLowerCase().replace(/[\s-]+/g, '_');
        if (!(DEAL_TYPES as readonly string[]).includes(type)) return usage(command, `"${arg}" is not a deal type.`);
        return { command, action: 'type', type: type as DealType, public: isPublic };
      }
      case 'since': {
        const since = parseIsoDate(arg);
        return since ? { command, action: 'since', since, public: isPublic } : usage(command, `"${arg}" is not a date like 2025-07-01.`);
      }
      case 'status':
        return { command, action: 'status', public: isPublic };
      default:
        return usage(command, `Unknown subcommand "${sub}".`);
    }
  }

  if (command === 'watchlist') {
    switch (action) {
      case '':
      case 'list':
        return { command, action: 'list', public: isPublic };
      case 'add': {
        // "/watchlist add Google Cloud, Alphabet" → name before the first comma, aliases after.
        const parts = arg.split(',').map((p) => p.trim()).filter(Boolean);
        const [name, ...aliases] = parts;
        if (!name) return usage(command, 'add needs a company name.');
        if (name.length > 100) return usage(command, 'That name is longer than 100 characters.');
        return { command, action: 'add', name, aliases, public: isPublic };
      }
      case 'remove':
        return arg ? { command, action: 'remove', name: arg, public: isPublic } : usage(command, 'remove needs a company name.');
      default:
        return usage(command, `Unknown subcommand "${sub}".`);
    }
  }

  switch (action) {
    case '':
    case 'list':
      return { command, action: 'list', public: isPublic };
    case 'add':
      // Slack wraps URLs as <http://…> or <http://…|label>; take the URL itself.
      return arg ? { command, action: 'add', url: unwrapSlackLink(arg), public: isPublic } : usage(command, 'add needs a feed URL.');
    case 'remove':
      return arg ? { command, action: 'remove', target: unwrapSlackLink(arg), public: isPublic } : usage(command, 'remove needs a feed URL or id.');
    default:
      return usage(command, `Unknown subcommand "${sub}".`);
  }
}

function unwrapSlackLink(text: string): string {
  const m = /^<([^|>]+)(?:\|[^>]*)?>$/.exec(text.trim());
  return (m ? m[1]! : text).trim();
}

// Handles /deals, /watchlist and /feeds: parse the text, run the shared command
// module, render the Reply. Slack wants an ack within 3 s: a fast answer goes in the
// ack itself; a slow one acks "Working on it…" and follows up through response_url.
import type { Logger } from 'pino';
import type { Actor, ParsedCommand, Reply } from '../../commands/command-types.js';
import { parseCommandText } from '../../commands/parse-command-text.js';
import { renderReply, textReply, type SlackCommandResponse } from './render-reply.js';

export const SLASH_COMMANDS = ['deals', 'watchlist', 'feeds'] as const;
export type SlashCommandName = (typeof SLASH_COMMANDS)[number];

export interface SlashCommandInput {
  readonly text: string;
  readonly userId: string;
}

export interface SlashCommandDeps {
  readonly runCommand: (command: ParsedCommand, actor: Actor) => Promise<Reply>;
  readonly log: Logger;
  /** Answer in the ack when the command finishes within this time (default 2000 ms). */
  readonly ackWithinMs?: number;
}

export const WORKING_TEXT = 'Working on it…';

/**
 * decodeSlackText undoes the HTML entities Slack puts in a command's text (`&`, `<`
 * and `>` arrive as `&amp;`, `&lt;`, `&gt;`), so "/deals search AT&T" searches AT&T.
 * `&amp;` goes last, so "&amp;lt;" becomes "&lt;" and not "<".
 */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

type Outcome = { readonly ok: true; readonly reply: Reply } | { readonly ok: false; readonly error: unknown };

/**
 * handleSlashCommand acks exactly once, and responds at most once more when the
 * command is slow. Errors become an ephemeral message; the details go to the log.
 */
export async function handleSlashCommand(
  name: SlashCommandName,
  input: SlashCommandInput,
  ack: (response: SlackCommandResponse) => Promise<void>,
  respond: (response: SlackCommandResponse) => Promise<unknown>,
  deps: SlashCommandDeps,
): Promise<void> {
  const parsed = parseCommandText(name, decodeSlackText(input.text));
  if ('kind' in parsed) {
    await ack(renderReply({ visibility: 'ephemeral', blocks: [{ kind: 'usage', text: parsed.text }] }));
    return;
  }
  const actor: Actor = { platform: 'slack', userId: input.userId, platformAdmin: false };
  const work: Promise<Outcome> = deps.runCommand(parsed, actor).then(
    (reply) => ({ ok: true, reply }),
    (error: unknown) => ({ ok: false, error }),
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), deps.ackWithinMs ?? 2_000);
  });
  const quick = await Promise.race([work, timeout]);
  clearTimeout(timer);

  const render = (outcome: Outcome): SlackCommandResponse => {
    if (outcome.ok) return renderReply(outcome.reply);
    deps.log.error({ err: outcome.error, command: name, action: parsed.action }, 'slash command failed');
    return renderReply({
      visibility: 'ephemeral',
      blocks: [{ kind: 'error', text: `Sorry, /${name} ${parsed.action} failed. The error was logged; try again in a moment.` }],
    });
  };

  if (quick) {
    await ack(render(quick));
    return;
  }
  await ack(textReply(WORKING_TEXT));
  const response = render(await work);
  try {
    await respond(response);
  } catch (error) {
    deps.log.error({ err: error, command: name }, 'could not post the slash command answer to response_url');
  }
}

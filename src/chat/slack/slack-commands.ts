// Handles /deals, /watchlist and /feeds: parse the text by the spec, run the command core,
// render the Reply. Slack wants an ack within 3 s: a fast answer goes in the ack itself; a
// slow one acks "Working on it…" and follows up through response_url.
import type { Logger } from 'pino';
import { commandsFor, type Actor, type CommandName, type ParsedCommand, type Reply } from '../../commands/index.js';
import { answerWithin } from '../deadline.js';
import { renderReply, textReply, type SlackCommandResponse } from './render-reply.js';
import { parseSlackCommand } from './slack-command-text.js';

export const SLASH_COMMANDS: readonly CommandName[] = commandsFor('slack');

export interface SlashCommandInput {
  readonly text: string;
  readonly userId: string;
  /** When the request reached us; the ack deadline counts from here. Default: now. */
  readonly receivedAt?: number;
}

export interface SlashCommandDeps {
  readonly runCommand: (command: ParsedCommand, actor: Actor) => Promise<Reply>;
  readonly log: Logger;
  /** Answer in the ack when the command finishes within this time from arrival (default 2000 ms). */
  readonly ackWithinMs?: number;
  readonly now?: () => number;
}

export const WORKING_TEXT = 'Working on it…';

/**
 * handleSlashCommand acks exactly once, and responds at most once more when the command is
 * slow. Errors become an ephemeral message; the details go to the log.
 */
export async function handleSlashCommand(
  name: CommandName,
  input: SlashCommandInput,
  ack: (response: SlackCommandResponse) => Promise<void>,
  respond: (response: SlackCommandResponse) => Promise<unknown>,
  deps: SlashCommandDeps,
): Promise<void> {
  const parsed = parseSlackCommand(name, input.text);
  if (!parsed.ok) {
    await ack(renderReply(parsed.reply));
    return;
  }
  const { command } = parsed;
  const actor: Actor = { platform: 'slack', userId: input.userId, platformAdmin: false };
  const work = deps.runCommand(command, actor).catch((error: unknown): Reply => {
    deps.log.error({ err: error, command: name, action: command.action }, 'slash command failed');
    return {
      visibility: 'ephemeral',
      blocks: [{ kind: 'error', text: `Sorry, /${name} ${command.action} failed. The error was logged; try again in a moment.` }],
    };
  });
  // Time already spent (the body, the signature, Bolt's middleware) comes off the budget.
  const now = deps.now ?? Date.now;
  const spent = Math.max(0, now() - (input.receivedAt ?? now()));
  const timed = await answerWithin(work, Math.max(0, (deps.ackWithinMs ?? 2_000) - spent));
  if (timed.kind === 'in-time') {
    await ack(renderReply(timed.value));
    return;
  }
  await ack(textReply(WORKING_TEXT));
  const response = renderReply(await timed.later);
  try {
    await respond(response);
  } catch (error) {
    deps.log.error({ err: error, command: name }, 'could not post the slash command answer to response_url');
  }
}

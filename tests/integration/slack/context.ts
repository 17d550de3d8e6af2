// An IntegrationContext for the Slack integration tests: a real shared HTTP server,
// a silent logger, and a runCommand stub that records what it was asked.
import { pino } from 'pino';
import type { Actor, ParsedCommand, Reply } from '../../../src/commands/index.js';
import { readEnv, validateConfig } from '../../../src/config/load-config.js';
import type { IntegrationContext } from '../../../src/chat/chat-integration.js';
import { createHttpServer } from '../../../src/ops/http-server.js';

export interface RecordedCommand {
  readonly command: ParsedCommand;
  readonly actor: Actor;
}

export interface TestContext extends IntegrationContext {
  readonly commands: RecordedCommand[];
  /** Replaces what the stub answers (default: a public/ephemeral text echo). */
  answer: (command: ParsedCommand, actor: Actor) => Promise<Reply>;
}

export function makeContext(env: Record<string, string>, now: () => number = Date.now): TestContext {
  const log = pino({ level: 'silent' });
  const config = validateConfig(
    { destinations: [{ name: 'deals-slack', slack: { channel: 'C0123456789' } }], admins: { slack: ['U0ADMIN0001'], discord: [] } },
    'test.yaml',
    readEnv(env),
  );
  const commands: RecordedCommand[] = [];
  const context: TestContext = {
    config,
    http: createHttpServer(log),
    log,
    now,
    watchedNames: async () => ['OpenAI'],
    commands,
    answer: async (command) => ({
      visibility: command.public ? 'public' : 'ephemeral',
      blocks: [{ kind: 'text', text: `ran ${command.command} ${command.action} <!channel>` }],
    }),
    runCommand: async (command, actor) => {
      commands.push({ command, actor });
      return context.answer(command, actor);
    },
  };
  return context;
}

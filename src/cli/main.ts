#!/usr/bin/env node
// The `dealwatch` command line. Argument syntax comes from the command spec (through the
// CLI door in src/chat/cli): commands of the command core run through the same execute()
// as Slack and Discord; operator commands (run, poll, parse, classify, migrate, discord
// register) act on the process. Every problem a user can cause is one line and an exit
// status, never a stack trace.
import { createApp, type App } from '../app/create-app.js';
import { createLogger } from '../app/logger.js';
import { runBot } from '../app/run-bot.js';
import { VERSION } from '../app/version.js';
import { cliHelp, cliUsage, findEntry, globalHelp, parseArgv, renderCliReply, type CliEntry } from '../chat/cli/index.js';
import { buildCommand, parseArgs, type Actor, type OperatorCommandName } from '../commands/index.js';
import { ConfigError, loadConfig, readEnv, type AppConfig } from '../config/load-config.js';
import { DealwatchError, UsageError } from '../model/errors.js';
import { migrateToLatest, openDatabase } from '../storage/store.js';
import { print, type CliContext } from './cli-context.js';
import { pollCommand } from './poll-command.js';
import { terminalProgress } from './terminal-progress.js';

/** The CLI's actor: whoever runs it holds the database and the config, so it is an admin. */
const CLI_ACTOR: Actor = { platform: 'cli', userId: 'cli', platformAdmin: true };

export async function main(ctx: Omit<CliContext, 'configPath'>): Promise<number> {
  try {
    const { configPath, args } = takeConfigOption(ctx.argv, ctx.env);
    const full: CliContext = { ...ctx, configPath };
    if (args.length === 0 || args[0] === '--help' || args[0] === 'help' || args[0] === '-h') {
      print(args.length === 0 ? ctx.stderr : ctx.stdout, globalHelp(VERSION));
      return args.length === 0 ? 2 : 0;
    }
    if (args[0] === '--version') {
      print(ctx.stdout, VERSION);
      return 0;
    }
    const found = findEntry(args);
    if (found.kind === 'unknown') throw new UsageError(`dealwatch: unknown command "${found.word}"; see dealwatch --help`);
    if (found.kind === 'incomplete') {
      const wantsHelp = args.includes('--help') || args.includes('-h');
      if (wantsHelp) {
        print(ctx.stdout, found.entries.map(cliUsage).join('\n'));
        return 0;
      }
      throw new UsageError(`dealwatch ${found.prefix}: needs a subcommand`, found.entries.map(cliUsage).join('\n'));
    }
    const { entry, rest } = found;
    if (rest.includes('--help') || rest.includes('-h')) {
      print(ctx.stdout, cliHelp(entry));
      return 0;
    }
    return await runEntry(full, entry, rest);
  } catch (error) {
    return reportError(ctx, error);
  }
}

function takeConfigOption(argv: readonly string[], env: CliContext['env']): { configPath: string; args: string[] } {
  const args = [...argv];
  let configPath = env.DEALWATCH_CONFIG ?? 'config/dealwatch.yaml';
  const index = args.findIndex((a) => a === '--config' || a.startsWith('--config='));
  if (index >= 0) {
    const arg = args[index]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[index + 1];
    if (!value || (!arg.includes('=') && value.startsWith('--'))) throw new UsageError('dealwatch: --config needs a path');
    args.splice(index, arg.includes('=') ? 1 : 2);
    configPath = value;
  }
  return { configPath, args };
}

async function runEntry(ctx: CliContext, entry: CliEntry, argv: readonly string[]): Promise<number> {
  const { raw, json } = parseArgv(entry, argv);
  if (entry.kind === 'command') {
    const built = buildCommand(entry.command, entry.action, raw, false);
    if (!built.ok) throw new UsageError(`dealwatch ${entry.path.join(' ')}: ${built.problem}`, cliUsage(entry));
    return withApp(ctx, 'error', async (app) => {
      const output = renderCliReply(await app.runCommand(built.command, CLI_ACTOR), { json });
      for (const line of output.stdout) print(ctx.stdout, line);
      for (const line of output.stderr) print(ctx.stderr, line);
      return output.exitCode;
    });
  }
  const parsed = parseArgs(entry.sub, raw);
  if (!parsed.ok) throw new UsageError(`dealwatch ${entry.path.join(' ')}: ${parsed.problem}`, cliUsage(entry));
  return runOperator(ctx, entry.name, parsed.values);
}

async function runOperator(ctx: CliContext, name: OperatorCommandName, values: Readonly<Record<string, unknown>>): Promise<number> {
  switch (name) {
    case 'parse':
      return (await import('./parse-file-command.js')).parseCommand(ctx, { inputs: values.inputs as readonly string[] });
    case 'classify':
      return (await import('./classify-command.js')).classifyCommand(ctx, await loadConfigIfPresent(ctx), { explain: values.explain === true });
    case 'migrate': {
      const opened = openDatabase(readEnv(ctx.env).databaseUrl);
      try {
        const result = await migrateToLatest(opened.db);
        const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
        print(ctx.stdout, applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date');
      } finally {
        await opened.close();
      }
      return 0;
    }
    case 'run':
      return runCommand(ctx);
    case 'poll': {
      const progress = ctx.stderr.isTTY ? terminalProgress(ctx.stderr) : null;
      return withApp(ctx, 'warn', (app) => pollCommand(ctx, app, { all: values.all === true }, progress), progress?.logStream, { cycleProcess: true });
    }
    case 'digest': {
      const { digestCommand } = await import('./digest-command.js');
      const args = {
        ...(values.since instanceof Date ? { since: values.since } : {}),
        ...(typeof values.destination === 'string' ? { destination: values.destination } : {}),
      };
      return withApp(ctx, 'warn', (app, config) => digestCommand(ctx, app, config, args));
    }
    case 'discord register': {
      const { discordRegisterCommand } = await import('./discord-register-command.js');
      return discordRegisterCommand(ctx, await loadConfig(ctx.configPath, ctx.env), { guild: values.guild as string | undefined });
    }
  }
}

function reportError(ctx: Omit<CliContext, 'configPath'>, error: unknown): number {
  if (error instanceof ConfigError) {
    print(ctx.stderr, `dealwatch: invalid configuration in ${error.message}`);
    return 1;
  }
  if (error instanceof UsageError) {
    print(ctx.stderr, error.usage ? `${error.message}\n${error.usage}` : error.message);
    return 2;
  }
  if (error instanceof DealwatchError && error.code === 'database-path') {
    // The path is the user's input (DATABASE_URL), like a bad argument.
    print(ctx.stderr, `dealwatch: ${error.message}`);
    return 2;
  }
  if (error instanceof DealwatchError) {
    print(ctx.stderr, `dealwatch: ${error.message} [${error.code}]`);
    return 1;
  }
  // A bug: say so in one line; DEALWATCH_DEBUG=1 shows where.
  const detail = error instanceof Error ? error.message : String(error);
  print(
    ctx.stderr,
    `dealwatch: internal error: ${detail}${ctx.env.DEALWATCH_DEBUG ? `\n${(error as Error).stack ?? ''}` : ' (set DEALWATCH_DEBUG=1 for details, and please report it)'}`,
  );
  return 1;
}

async function loadConfigIfPresent(ctx: CliContext): Promise<AppConfig | null> {
  try {
    return await loadConfig(ctx.configPath, ctx.env);
  } catch (error) {
    if (error instanceof ConfigError && error.problems.some((p) => p.startsWith('file not found'))) return null;
    throw error;
  }
}

async function withApp(
  ctx: CliContext,
  logLevel: string,
  fn: (app: App, config: AppConfig) => Promise<number>,
  logStream?: NodeJS.WritableStream & { isTTY?: boolean },
  options: { readonly cycleProcess?: boolean } = {},
): Promise<number> {
  const config = await loadConfig(ctx.configPath, ctx.env);
  const level = ctx.env.LOG_LEVEL ?? logLevel;
  const log = createLogger(level, config.env.logFormat, logStream);
  // A poll's cycle runs in a process of its own too, as `run`'s do (ADR 0006), logging at the
  // poll's level to the same stream.
  const cycleProcess =
    options.cycleProcess && config.polling.cycleProcess
      ? { configPath: ctx.configPath, env: { ...ctx.env, LOG_LEVEL: level }, logStream: logStream ?? ctx.stderr }
      : undefined;
  // A one-shot command has no later pass to fold replies in: a poll's reports of one deal
  // are folded as they are delivered at its end.
  const app = await createApp({ config, log, writeAlert: (text) => print(ctx.stdout, text), followUpDelayMs: 0, ...(cycleProcess ? { cycleProcess } : {}) });
  try {
    return await fn(app, config);
  } finally {
    await app.close();
  }
}

async function runCommand(ctx: CliContext): Promise<number> {
  const config = await loadConfig(ctx.configPath, ctx.env);
  const log = createLogger(config.env.logLevel, config.env.logFormat);
  // Each cycle in a process of its own (ADR 0006), which reads the same config file with the same environment.
  const cycleProcess = config.polling.cycleProcess ? { configPath: ctx.configPath, env: ctx.env } : undefined;
  const app = await createApp({ config, log, writeAlert: (text) => print(ctx.stdout, text), ...(cycleProcess ? { cycleProcess } : {}) });
  const bot = await runBot({ app, log, port: config.env.port, schedule: config.schedule });
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    signals++;
    if (signals > 1) {
      log.warn({ signal }, 'second signal: exiting at once');
      process.exit(130);
    }
    void bot.shutdown(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  await bot.stopped;
  return 0;
}

// Run when executed directly (not when imported by tests).
const invokedAs = process.argv[1] ?? '';
if (/main\.(ts|js)$/.test(invokedAs) || invokedAs.endsWith('/dealwatch')) {
  // A reader that went away (`dealwatch deals search | head -1`) ends the command quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }
  main({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
      // Everything is closed by now; a library handle left open (an SDK's timer, say) must
      // not keep a finished command alive. Unref'd, so a clean exit is never delayed.
      setTimeout(() => process.exit(code), 2_000).unref();
    },
    (error: unknown) => {
      process.stderr.write(`dealwatch: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

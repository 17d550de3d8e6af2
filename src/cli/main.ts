#!/usr/bin/env node
// The `dealwatch` command line. Each command loads and validates the config once,
// builds what it needs through the composition root, and exits with a clear status.
import { createApp, type App } from '../app/create-app.js';
import { createLogger } from '../app/logger.js';
import { runBot } from '../app/run-bot.js';
import { VERSION } from '../app/version.js';
import { ConfigError, loadConfig, readEnv, type AppConfig } from '../config/load-config.js';
import { DealwatchError } from '../model/errors.js';
import { migrateToLatest, openDatabase } from '../storage/store.js';
import { dealsCommand, feedsCommand, statusCommand, watchCommand } from './admin-commands.js';
import { print, UsageError, type CliContext } from './cli-context.js';
import { classifyCommand } from './classify-command.js';
import { parseCommand } from './parse-file-command.js';
import { pollCommand } from './poll-command.js';

const HELP = `dealwatch ${VERSION}: deal-news alerts from RSS/Atom feeds to Slack and Discord

Usage: dealwatch <command> [options]

Commands:
  run                              the long-running bot (scheduler, delivery, chat endpoints, /healthz /readyz /metrics)
  poll [--all]                     one cycle over due feeds (--all: every feed), deliver, print a summary
  parse <file-or-url>…             print a feed's normalized items as JSON Lines
  classify                         analyse JSON Lines stories from stdin (no database needed)
  migrate                          apply pending database migrations
  status                           feed health, the last cycle, pending deliveries
  feeds list | add <url> [--name N] | remove <id-or-url>
  watch list | add <name> [--alias A]… [--ticker T]… | remove <name>
  deals search [<text>] [--company C] [--type T] [--since YYYY-MM-DD] [--limit N] [--json]
  discord register [--guild <id>]  register the Discord application commands

Options:
  --config <path>   YAML config (or DEALWATCH_CONFIG; default config/dealwatch.yaml)
  --help            this help
  --version         print the version`;

export async function main(ctx: Omit<CliContext, 'configPath'>): Promise<number> {
  const args = [...ctx.argv];
  let configPath = ctx.env.DEALWATCH_CONFIG ?? 'config/dealwatch.yaml';
  const configIndex = args.findIndex((a) => a === '--config' || a.startsWith('--config='));
  if (configIndex >= 0) {
    const arg = args[configIndex]!;
    const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[configIndex + 1];
    if (!value) {
      print(ctx.stderr, '--config needs a path');
      return 2;
    }
    args.splice(configIndex, arg.includes('=') ? 1 : 2);
  configPath = value;
  }
  const full: CliContext = { ...ctx, configPath };
  const [command, ...rest] = args;
  if (!command || command === '--help' || command === 'help' || rest.includes('--help')) {
    print(ctx.stdout, HELP);
    return command ? 0 : 2;
  }
  if (command === '--version') {
    print(ctx.stdout, VERSION);
    return 0;
  }

  try {
    switch (command) {
      case 'parse':
        return await parseCommand(full, rest);
      case 'classify':
        return await classifyCommand(full, await loadConfigIfPresent(full));
      case 'migrate': {
        const env = readEnv(ctx.env);
        const opened = openDatabase(env.databaseUrl);
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
        return await runCommand(full);
      case 'discord':
        return await discordCommand(full, await loadConfig(full.configPath, ctx.env), rest);
      case 'poll':
      case 'status':
      case 'feeds':
      case 'watch':
      case 'deals':
        return await withApp(full, command === 'poll' ? 'warn' : 'error', (app) => {
          switch (command) {
            case 'poll':
              return pollCommand(full, app, rest);
            case 'status':
              return statusCommand(full, app);
            case 'feeds':
              return feedsCommand(full, app, rest);
            case 'watch':
              return watchCommand(full, app, rest);
            default:
              return dealsCommand(full, app, rest);
          }
        });
      default:
        print(ctx.stderr, `unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    return reportError(full, error);
  }
}

function reportError(ctx: CliContext, error: unknown): number {
  if (error instanceof ConfigError) {
    print(ctx.stderr, `dealwatch: invalid configuration in ${error.message}`);
    return 1;
  }
  if (error instanceof UsageError) {
    print(ctx.stderr, error.message);
    return 2;
  }
  if (error instanceof DealwatchError) {
    print(ctx.stderr, `dealwatch: ${error.message} [${error.code}]`);
    return 1;
  }
  print(ctx.stderr, `dealwatch: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
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

async function withApp(ctx: CliContext, logLevel: string, fn: (app: App) => Promise<number>): Promise<number> {
  const config = await loadConfig(ctx.configPath, ctx.env);
  const log = createLogger(ctx.env.LOG_LEVEL ?? logLevel, config.env.logFormat);
  const app = await createApp({ config, log, writeAlert: (text) => print(ctx.stdout, text) });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

async function runCommand(ctx: CliContext): Promise<number> {
  const config = await loadConfig(ctx.configPath, ctx.env);
  const log = createLogger(config.env.logLevel, config.env.logFormat);
  const app = await createApp({ config, log, writeAlert: (text) => print(ctx.stdout, text) });
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

async function discordCommand(ctx: CliContext, config: AppConfig, args: readonly string[]): Promise<number> {
  const { discordRegisterCommand } = await import('./discord-register-command.js');
  return discordRegisterCommand(ctx, config, args);
}

// Run when executed directly (not when imported by tests).
const invokedAs = process.argv[1] ?? '';
if (/main\.(ts|js)$/.test(invokedAs) || invokedAs.endsWith('/dealwatch')) {
  main({ argv: process.argv.slice(2), env: process.env, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
    (code) => {
      process.exitCode = code;
      // Everything is closed by now; a library handle left open (an SDK's timer, say) must
      // not keep a finished command alive. Unref'd, so a clean exit is never delayed.
      setTimeout(() => process.exit(code), 2_000).unref();
    },
    (error: unknown) => {
      process.stderr.write(`dealwatch: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

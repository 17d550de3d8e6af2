// The bot's side of the cycle process (ADR 0006): each poll cycle of `dealwatch run` runs in a
// child process that reads the same config and database, reports each feed as it is done,
// and exits with the cycle. The bot itself never loads the parsers or the analyzer, so between
// cycles it holds only what serving commands and delivering alerts needs.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { CycleProcessError } from '../model/errors.js';
import type { CycleSummary } from '../pipeline/poll-cycle.js';
import type { RouteFilter } from '../pipeline/routing.js';
import type { CycleReport, StartCycle } from './cycle-messages.js';
import type { FeedDone } from './cycle-runner.js';

export interface CycleProcessOptions {
  /** The config file the bot was started with; the cycle process reads it again. */
  readonly configPath: string;
  /** The environment the config was read with (credentials, DATABASE_URL, LOG_LEVEL). */
  readonly env: NodeJS.ProcessEnv;
  /** Where the cycle process's log lines go; by default the bot's own stdout and stderr. */
  readonly logStream?: NodeJS.WritableStream;
}

export interface ChildCycleRequest {
  readonly all: boolean;
  readonly spreadMs: number;
  readonly routes: readonly RouteFilter[];
  readonly followUpDelayMs: number;
}

// The compiled build runs cycle-child.js; the sources (through tsx, whose loader the child
// inherits with execArgv) run cycle-child.ts.
const FROM_SOURCES = import.meta.url.endsWith('.ts');
const CHILD = fileURLToPath(new URL(FROM_SOURCES ? './cycle-child.ts' : './cycle-child.js', import.meta.url));
// A process started some other way on the sources (a test runner's worker) gets tsx's loader added.
const INHERITED = FROM_SOURCES && !process.execArgv.some((arg) => /\btsx\b/.test(arg)) ? [...process.execArgv, '--import', 'tsx'] : process.execArgv;
// The cycle process lives for one cycle and allocates fast (about 60 KB per new item), so V8's
// defaults let its heap grow to three or four times what is live before collecting: 560 MB at a
// 5,000-feed first poll, for a live heap under 70 MB. A fixed, small growth factor and a smaller
// young generation keep it near its live set (260 MB) for about 15% more CPU (bench:scale, ADR 0006).
// They come first, so the same flags given to the bot (which the child inherits) win.
export const CYCLE_PROCESS_V8_FLAGS: readonly string[] = ['--heap-growing-percent=30', '--max-semi-space-size=8'];
const EXEC_ARGV = [...CYCLE_PROCESS_V8_FLAGS, ...INHERITED];

export interface CycleProcesses {
  run(request: ChildCycleRequest, onFeedDone: FeedDone): Promise<CycleSummary>;
  /** Stops a cycle process still running (at shutdown, after the grace period). */
  stop(): void;
}

export function createCycleProcesses(options: CycleProcessOptions, log: Logger): CycleProcesses {
  let running: ChildProcess | null = null;
  return {
    run(request, onFeedDone) {
      return new Promise<CycleSummary>((resolve, reject) => {
        let settled = false;
        const settle = (fn: () => void) => {
          if (settled) return;
          settled = true;
          running = null;
          fn();
        };
        const child = fork(CHILD, [], {
          env: options.env,
          execArgv: EXEC_ARGV,
          serialization: 'advanced',
          stdio: options.logStream ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        if (options.logStream) {
          child.stdout?.pipe(options.logStream, { end: false });
          child.stderr?.pipe(options.logStream, { end: false });
        }
        running = child;
        child.on('message', (report: CycleReport) => {
          if (report.kind === 'feed') {
            try {
              onFeedDone(report.feed, report.outcome, report.done, report.total);
            } catch (error) {
              log.warn({ err: error }, 'a feed report from the cycle process could not be counted');
            }
          } else if (report.kind === 'done') settle(() => resolve(report.summary));
          else settle(() => reject(new CycleProcessError('cycle-process', `the poll cycle failed: ${report.message}`)));
        });
        child.on('error', (error) =>
          settle(() => reject(new CycleProcessError('cycle-process', `the poll cycle process could not run: ${error.message}`, { cause: error }))),
        );
        // 'close', not 'exit': it comes after the IPC channel has delivered every message.
        child.on('close', (code, signal) =>
          settle(() =>
            reject(
              new CycleProcessError(
                'cycle-process',
                `the poll cycle process ended (${signal ? `signal ${signal}` : `exit code ${String(code)}`}) before its summary; feeds it had committed are kept, the others are polled next cycle`,
              ),
            ),
          ),
        );
        const start: StartCycle = { kind: 'start', configPath: options.configPath, ...request };
        child.send(start);
      });
    },
    stop() {
      running?.kill('SIGTERM');
    },
  };
}

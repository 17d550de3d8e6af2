// Adapts pino to the @slack/logger interface Bolt and the WebClient expect, so their
// messages land in our structured log instead of on the console.
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';

const ORDER: readonly LogLevel[] = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/** scrubTokens hides anything shaped like a Slack token, whatever the library logs. */
export function scrubTokens(text: string): string {
  return text.replace(/\b(xox[a-z]|xapp)-[A-Za-z0-9-]+/g, '$1-[redacted]');
}

export function createSlackLogger(log: Logger, component: string): SlackLogger {
  const child = log.child({ component });
  // Follow our own level (LOG_LEVEL): debug and trace let Bolt's debug lines through.
  let level: LogLevel = log.isLevelEnabled('debug')
    ? LogLevel.DEBUG
    : log.isLevelEnabled('info')
      ? LogLevel.INFO
      : log.isLevelEnabled('warn')
        ? LogLevel.WARN
        : LogLevel.ERROR;
  const enabled = (l: LogLevel) => ORDER.indexOf(l) >= ORDER.indexOf(level);
  const text = (msg: unknown[]) => scrubTokens(msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' '));
  return {
    debug: (...msg: unknown[]) => {
      if (enabled(LogLevel.DEBUG)) child.debug(text(msg));
    },
    info: (...msg: unknown[]) => {
      if (enabled(LogLevel.INFO)) child.info(text(msg));
    },
    warn: (...msg: unknown[]) => {
      if (enabled(LogLevel.WARN)) child.warn(text(msg));
    },
    error: (...msg: unknown[]) => {
      if (enabled(LogLevel.ERROR)) child.error(text(msg));
    },
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

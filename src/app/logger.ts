// Structured logs on stderr (stdout carries command output and console alerts).
// Secrets are redacted wherever they might appear in a logged object. In a terminal the
// lines are pretty-printed for people; anywhere else (Docker, CI, files) they stay JSON.
import { pino, type Logger } from 'pino';
import { PinoPretty } from 'pino-pretty';

export const REDACT_PATHS = [
  '*.token',
  '*.botToken',
  '*.appToken',
  '*.signingSecret',
  '*.publicKey',
  '*.webhookUrl',
  '*.authorization',
  '*.Authorization',
  'headers.authorization',
  'headers.cookie',
  'config.env',
  'env',
  'err.config.headers',
  '*.headers.authorization',
];

export type LogFormat = 'auto' | 'json' | 'pretty';

export function createLogger(level: string, format: LogFormat = 'auto', destination: NodeJS.WritableStream & { isTTY?: boolean } = process.stderr): Logger {
  const options = {
    level,
    base: { app: 'dealwatch' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  const pretty = format === 'pretty' || (format === 'auto' && destination.isTTY === true);
  if (pretty) {
    return pino(options, PinoPretty({ destination, sync: true, colorize: destination.isTTY === true, ignore: 'pid,hostname,app', translateTime: 'SYS:HH:MM:ss', singleLine: true }));
  }
  return pino(options, destination as pino.DestinationStream);
}

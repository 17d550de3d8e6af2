// Structured logs on stderr (stdout carries command output and console alerts).
// Secrets are redacted wherever they might appear in a logged object. In a terminal the
// lines are pretty-printed for people; anywhere else (Docker, CI, files) they stay JSON.
import { pino, type Logger, type LoggerOptions } from 'pino';
import { redactUrls } from '../text/redact.js';

/** redactFields hides URL secrets in a log line's string fields, and one level into objects. */
function redactFields(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === 'string') out[key] = redactUrls(value);
    else if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Error)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' ? redactUrls(v) : v]));
    } else out[key] = value;
  }
  return out;
}
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
  const options: LoggerOptions = {
    level,
    base: { app: 'dealwatch' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A URL in a message or a field can carry user info or ?token=…: cut the secret out.
    formatters: { log: (fields) => redactFields(fields) },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactUrls(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  const pretty = format === 'pretty' || (format === 'auto' && destination.isTTY === true);
  if (pretty) {
    return pino(
      options,
      PinoPretty({
        destination,
        sync: true,
        colorize: destination.isTTY === true,
        ignore: 'pid,hostname,app',
        translateTime: 'SYS:HH:MM:ss',
        singleLine: true,
      }),
    );
  }
  return pino(options, destination as pino.DestinationStream);
}

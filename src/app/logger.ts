// Structured logs on stderr (stdout carries command output and console alerts).
// Secrets are redacted wherever they might appear in a logged object.
import { pino, type Logger } from 'pino';

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

export function createLogger(level: string, destination: NodeJS.WritableStream = process.stderr): Logger {
  return pino(
    {
      level,
      base: { app: 'dealwatch' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination as pino.DestinationStream,
  );
}

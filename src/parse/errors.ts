import { DealwatchError, type CodeOf } from '../model/errors.js';

/**
 * ParseErrorCode says why a body could not be read as a feed; callers branch on it.
 * 'too-large' is the fetcher's code too: a gzip body that inflates past the body cap.
 */
export type ParseErrorCode = CodeOf<'parse'>;

/** ParseError is the only error parseFeed throws. Its message is one line, fit for a CLI. */
export class ParseError extends DealwatchError<ParseErrorCode> {}

/** firstLine keeps only the first line of an underlying parser message (sax appends Line/Column/Char). */
export function firstLine(message: string): string {
  const line = message.split(/\r?\n/, 1)[0] ?? '';
  return line.trim() || 'unknown error';
}

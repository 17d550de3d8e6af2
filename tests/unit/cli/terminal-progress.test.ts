// Progress in a terminal sits on its own line: a log line is never glued to it.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../../src/cli/terminal-progress.js';

function screen() {
  let raw = '';
  const stream = new Writable({
    write(chunk, _enc, cb) {
      raw += String(chunk);
      cb();
    },
  });
  /** What a terminal shows: \r returns to the line start and \x1b[K erases to its end. */
  const lines = () => {
    const out: string[] = [''];
    const ERASE = `${String.fromCharCode(27)}[K`;
    for (const part of raw.split(new RegExp(`(\r|${ERASE.replace('[', '\\[')}|\n)`))) {
      if (part === '\r' || part === ERASE) out[out.length - 1] = '';
      else if (part === '\n') out.push('');
      else out[out.length - 1] += part;
    }
    return out;
  };
  return { stream, lines };
}

describe('terminalProgress', () => {
  it('clears the progress line before a log line and redraws it after', () => {
    const terminal = screen();
    const progress = terminalProgress(terminal.stream);
    const log = pino({ base: null, timestamp: false }, progress.logStream);
    progress.show('[1/3] https://a.example/feed');
    log.warn('feed failed');
    progress.show('[2/3] https://b.example/feed');
    log.warn('another failure');
    progress.done();
    expect(terminal.lines()).toEqual(['{"level":40,"msg":"feed failed"}', '{"level":40,"msg":"another failure"}', '']);
  });

  it('without a progress line, log lines pass through unchanged', () => {
    const terminal = screen();
    const progress = terminalProgress(terminal.stream);
    pino({ base: null, timestamp: false }, progress.logStream).info('hello');
    expect(terminal.lines()).toEqual(['{"level":30,"msg":"hello"}', '']);
  });
});

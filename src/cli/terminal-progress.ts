// A progress line in a terminal that log lines never land on: before a log line is written
// the progress line is cleared, and afterwards it is drawn again below the log line.
import { Writable } from 'node:stream';

export interface TerminalProgress {
  /** Where the logger writes while the progress line is shown. */
  readonly logStream: Writable & { isTTY: boolean };
  show(text: string): void;
  /** Clears the progress line for good. */
  done(): void;
}

export function terminalProgress(terminal: NodeJS.WritableStream): TerminalProgress {
  let line: string | null = null;
  const clear = '\r\x1b[K';
  const logStream = Object.assign(
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        terminal.write(line !== null ? `${clear}${String(chunk)}${line}` : String(chunk));
        callback();
      },
    }),
    { isTTY: true },
  );
  return {
    logStream,
    show(text) {
      line = text;
      terminal.write(`${clear}${text}`);
    },
    done() {
      if (line !== null) terminal.write(clear);
      line = null;
    },
  };
}

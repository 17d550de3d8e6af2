// What every CLI command receives: output streams, stdin, the environment and the config path.
import type { Writable } from 'node:stream';

export interface CliContext {
  readonly argv: readonly string[];
  readonly env: Record<string, string | undefined>;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly configPath: string;
}

/** print writes one line. A reader that went away (`| head`) is not an error: main() ends quietly. */
export const print = (stream: Writable, text: string): void => {
  if (!stream.destroyed && !stream.writableEnded) stream.write(`${text}\n`);
};

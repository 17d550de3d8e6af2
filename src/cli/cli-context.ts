// What every CLI command receives: parsed flags, output streams and the environment.
import type { Writable } from 'node:stream';

export interface CliContext {
  readonly argv: readonly string[];
  readonly env: Record<string, string | undefined>;
  readonly stdout: Writable & { isTTY?: boolean };
  readonly stderr: Writable & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly configPath: string;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const print = (stream: Writable, text: string) => stream.write(`${text}\n`);

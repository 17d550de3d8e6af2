// Runs the CLI's main() in this process with captured output and an empty stdin: what a
// user would see, without spawning a process per command line.
import { PassThrough, Writable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export async function runMain(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const sink = (append: (s: string) => void) =>
    new Writable({
      write(chunk, _enc, cb) {
        append(String(chunk));
        cb();
      },
    });
  const stdin = new PassThrough();
  stdin.end();
  const code = await main({ argv: args, env, stdout: sink((s) => (stdout += s)), stderr: sink((s) => (stderr += s)), stdin });
  return { code, stdout, stderr };
}

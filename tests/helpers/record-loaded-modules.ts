// Loaded with `node --import tsx --import <this file>`: records every module the process
// resolves (ESM imports and CommonJS requires alike, through module.registerHooks) plus
// everything in the CommonJS cache, and writes the list as JSON to the file named by
// DEALWATCH_RECORD_MODULES when the process exits (a child process started with an IPC channel,
// such as the bot's cycle process, writes <file>.child-<pid> instead). tests/integration/app/lazy-sdk.test.ts
// and tests/e2e/cycle-process.test.ts read it to prove which modules a process loaded.
import { writeFileSync } from 'node:fs';
import { createRequire, registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';

const resolved = new Set<string>();
registerHooks({
  resolve(specifier, context, nextResolve) {
    const result = nextResolve(specifier, context);
    resolved.add(result.url.startsWith('file:') ? fileURLToPath(result.url) : result.url);
    return result;
  },
});

const out = process.env.DEALWATCH_RECORD_MODULES;
if (out) {
  process.on('exit', () => {
    const cache = Object.keys(createRequire(import.meta.url).cache);
    writeFileSync(process.send ? `${out}.child-${process.pid}` : out, JSON.stringify([...new Set([...resolved, ...cache])]));
  });
}

// Running the CLI from the sources as a real process, as the e2e and process tests do.
import { join } from 'node:path';
import { REPO_ROOT } from './shared-data.js';

/**
 * cliArgs: node's arguments for `dealwatch <args>` from the sources; with `recordModules`, the recorder that
 * writes every module the process loads (tests/helpers/record-loaded-modules.ts, file named by DEALWATCH_RECORD_MODULES).
 */
export function cliArgs(args: readonly string[], options: { readonly recordModules?: boolean } = {}): string[] {
  const recorder = options.recordModules ? ['--import', join(REPO_ROOT, 'tests/helpers/record-loaded-modules.ts')] : [];
  return ['--import', 'tsx', ...recorder, join(REPO_ROOT, 'src/cli/main.ts'), ...args];
}

/** envWithoutChat: this environment with no chat credential, which would change what the process loads and does. */
export function envWithoutChat(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(SLACK|DISCORD)_/.test(key)));
}

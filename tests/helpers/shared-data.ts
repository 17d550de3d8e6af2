// Test data locations. Everything `npm test` needs lives in tests/fixtures, written by us.
// ../shared (read-only data beside the checkout: the feed corpus, the Reuters and modern
// evaluation sets, the canonical seed) is optional: suites that read it are declared with
// describeShared, run when it is present (CI has it) and are skipped otherwise; the global
// setup (tests/setup/shared-data-notice.ts) prints one line naming what was skipped and why.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');

/** True when ../shared sits beside the checkout. */
export const hasSharedData: boolean = existsSync(SHARED_DIR);

/** A file of our own test fixtures. */
export function fixturePath(...parts: string[]): string {
  return join(FIXTURES_DIR, ...parts);
}

/** A file under ../shared; only call it inside a describeShared suite. */
export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) throw new Error(`${path} not found: ../shared is present but lacks this file`);
  return path;
}

/**
 * describeShared declares a suite that reads ../shared. The name should say what it covers:
 * the global setup lists these names when it skips them.
 */
export function describeShared(name: string, fn: () => void): void {
  describe.skipIf(!hasSharedData)(`[../shared] ${name}`, fn);
}

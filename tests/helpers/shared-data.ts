// Locates ../shared (read-only data beside the project). Tests that need it fail with a
// clear message when it is absent rather than silently passing.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DIR = resolve(REPO_ROOT, '../shared');

export function sharedPath(...parts: string[]): string {
  const path = join(SHARED_DIR, ...parts);
  if (!existsSync(path)) {
    throw new Error(`${path} not found: these tests read the shared data set from ../shared beside the project checkout`);
  }
  return path;
}

// Vitest global setup: when ../shared is absent (a clone with nothing beside it), say in one
// line which shared-data suites are skipped and why. The names come from the test files'
// own describeShared('…') calls, so the line can never drift from what is really skipped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT, SHARED_DIR } from '../helpers/shared-data.js';

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

export function sharedSuites(): string[] {
  return testFiles(join(REPO_ROOT, 'tests')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/describeShared\(\s*(['"`])(.+?)\1/g)].map((m) => `${m[2]} (${relative(REPO_ROOT, file)})`),
  );
}

export function setup(): void {
  if (existsSync(SHARED_DIR)) return;
  process.stderr.write(
    `shared data: ${SHARED_DIR} not found, so ${sharedSuites().length} suites that read it are skipped: ${sharedSuites().join('; ')}. They run in CI, where ../shared sits beside the checkout.\n`,
  );
}

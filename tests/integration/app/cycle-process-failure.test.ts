// A cycle process that cannot do its work ends the cycle with one clear error (code
// cycle-process) carrying the cause, and the next cycle starts a fresh process.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCycleProcesses } from '../../../src/app/cycle-process.js';
import { CycleProcessError } from '../../../src/model/errors.js';
import { tempDir } from '../../helpers/test-app.js';

const REQUEST = { all: true, spreadMs: 0, routes: [], followUpDelayMs: 0 };

describe('cycle process failures', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => dir.cleanup());

  it('reports a config the process cannot read as one error, and runs again once it can', async () => {
    const configPath = join(dir.path, 'dealwatch.yaml');
    const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir.path, 'db.sqlite')}`, LOG_LEVEL: 'silent' };
    const processes = createCycleProcesses({ configPath, env }, pino({ level: 'silent' }));
    writeFileSync(configPath, 'feeds: [\n');
    const failed = await processes.run(REQUEST, () => {}).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(CycleProcessError);
    expect((failed as CycleProcessError).code).toBe('cycle-process');
    expect((failed as Error).message).toMatch(/^the poll cycle failed: .*dealwatch\.yaml/);

    writeFileSync(configPath, 'feeds: []\nwatchlist:\n  - name: OpenAI\n');
    const summary = await processes.run(REQUEST, () => {});
    expect(summary).toMatchObject({ feedsPolled: 0, newItems: 0, failed: 0 });
  }, 60_000);
});

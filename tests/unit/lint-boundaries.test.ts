// The module rules are kept by lint: an import that crosses a boundary fails `npm run lint`.
// Each case lints a one-line file as if it sat at the given path.
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/shared-data.js';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, path) });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('module boundaries', () => {
  it.each([
    ['a chat door importing storage', 'src/chat/slack/probe.ts', "import { createStore } from '../../storage/store.js';\nexport const x = createStore;"],
    [
      'a chat door importing the pipeline',
      'src/chat/discord/probe.ts',
      "import { processFeed } from '../../pipeline/process-feed.js';\nexport const x = processFeed;",
    ],
    [
      'one door importing another',
      'src/chat/slack/probe.ts',
      "import { formatDealText } from '../cli/console-destination.js';\nexport const x = formatDealText;",
    ],
    [
      'the command core importing a door',
      'src/commands/probe.ts',
      "import { renderReply } from '../chat/slack/render-reply.js';\nexport const x = renderReply;",
    ],
    ['a pipeline stage importing storage', 'src/intel/probe.ts', "import { createStore } from '../storage/store.js';\nexport const x = createStore;"],
    [
      'storage importing the pipeline beyond its port',
      'src/storage/probe.ts',
      "import { processFeed } from '../pipeline/process-feed.js';\nexport const x = processFeed;",
    ],
    ['delivery importing a door', 'src/deliver/probe.ts', "import { renderReply } from '../chat/slack/render-reply.js';\nexport const x = renderReply;"],
  ])('%s fails lint', async (_what, path, code) => {
    expect((await problems(path, code)).some((p) => p.startsWith('import-x/no-restricted-paths'))).toBe(true);
  });

  it.each([
    ['a door importing the command core', 'src/chat/slack/probe.ts', "import { COMMANDS } from '../../commands/index.js';\nexport const x = COMMANDS;"],
    [
      'a door importing the delivery port',
      'src/chat/discord/probe.ts',
      "import type { Destination } from '../../deliver/destination.js';\nexport type X = Destination;",
    ],
    ['storage importing a port', 'src/storage/probe.ts', "import type { PipelineStore } from '../pipeline/ports.js';\nexport type X = PipelineStore;"],
  ])('%s is allowed', async (_what, path, code) => {
    expect(await problems(path, code)).toEqual([]);
  });

  it('a plain `throw new Error` in src fails lint', async () => {
    expect(await problems('src/pipeline/probe.ts', "export function f(): never {\n  throw new Error('x');\n}")).toEqual([
      expect.stringContaining('no-restricted-syntax'),
    ]);
  });
});

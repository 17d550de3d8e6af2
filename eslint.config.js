// Lint keeps the module rules written in the README and docs/adr/0001-module-rules.md:
// no import cycles; pipeline stages never reach into storage, chat or the orchestrator;
// chat doors talk to the command core and the delivery port only, never to storage or the
// pipeline, and never to each other; the command core never imports a door; storage sees
// its consumers only through the ports they declare.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const stages = ['schedule', 'fetch', 'parse', 'normalize', 'dedupe', 'intel'];
const src = (folder) => `./src/${folder}`;

/** `target` may not import `from` (folders under src/), with the reason shown on a violation. */
const zone = (target, from, message, except) => ({ target: src(target), from: src(from), message, ...(except ? { except } : {}) });

const boundaries = [
  // Pure stages: data in, data out. What they need is passed in by the pipeline.
  ...stages.flatMap((stage) =>
    ['storage', 'deliver', 'commands', 'chat', 'pipeline', 'app', 'ops', 'cli', 'config'].map((folder) =>
      zone(stage, folder, `Pipeline stage "${stage}" must not import ${folder}: pass what it needs in from the pipeline.`),
    ),
  ),
  // Doors turn their syntax into a parsed command and render the reply; they never touch storage or the pipeline.
  ...['storage', 'pipeline', 'app', 'cli'].map((folder) =>
    zone('chat', folder, `Chat doors may import the command core and the delivery port, never ${folder}: go through executeCommand.`),
  ),
  ...['slack', 'discord', 'cli'].flatMap((door) =>
    ['slack', 'discord', 'cli']
      .filter((other) => other !== door)
      .map((other) => zone(`chat/${door}`, `chat/${other}`, `The ${door} door must not import the ${other} door: shared door helpers live in src/chat/.`)),
  ),
  // The command core is platform-neutral: it declares the port storage implements.
  ...['chat', 'storage', 'pipeline', 'deliver', 'app', 'cli', 'ops'].map((folder) =>
    zone('commands', folder, `The command core must not import ${folder}: declare what it needs in commands/ports.ts.`),
  ),
  // Delivery is the outbox dispatcher and the Destination port; adapters plug into it.
  ...['chat', 'storage', 'pipeline', 'commands', 'app', 'cli', 'ops', ...stages].map((folder) =>
    zone('deliver', folder, `The delivery module must not import ${folder}: destinations implement deliver/destination.ts.`),
  ),
  // Storage implements its consumers' ports and knows nothing else about them.
  ...['chat', 'app', 'cli', 'ops', ...stages].map((folder) => zone('storage', folder, `Storage must not import ${folder}.`)),
  zone('storage', 'pipeline', 'Storage may import only pipeline/ports.ts from the pipeline.', ['./ports.ts']),
  zone('storage', 'commands', 'Storage may import only commands/ports.ts from the command core.', ['./ports.ts']),
  zone('storage', 'deliver', 'Storage may import only deliver/ports.ts from delivery.', ['./ports.ts']),
  // The orchestrator wires stages and storage; it does not know about chat or commands.
  ...['chat', 'commands', 'deliver', 'app', 'cli'].map((folder) => zone('pipeline', folder, `The pipeline must not import ${folder}.`)),
  // Plain types and the error catalogue are the ground floor.
  ...['app', 'chat', 'cli', 'commands', 'config', 'deliver', 'ops', 'pipeline', 'storage', ...stages].map((folder) =>
    zone('model', folder, `src/model holds plain types only and must not import ${folder}.`),
  ),
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**', '.node/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      'import-x/no-restricted-paths': ['error', { zones: boundaries }],
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        { selector: "ThrowStatement > NewExpression[callee.name='Error']", message: 'Throw a DealwatchError subclass with a code from src/model/errors.ts.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['vitest.config.ts', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'max-lines': 'off', 'no-restricted-syntax': 'off' },
  },
);

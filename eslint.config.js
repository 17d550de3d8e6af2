// Lint keeps the module rules written in the README: no import cycles, and
// pipeline stages (pure or I/O-at-the-edge) never reach into storage or chat code.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const stageFolders = ['schedule', 'fetch', 'parse', 'normalize', 'dedupe', 'intel'];
const forbiddenForStages = ['storage', 'deliver', 'commands', 'pipeline', 'app', 'ops', 'cli'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })] },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-default-export': 'error',
      'max-lines': ['warn', { max: 400, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  ...stageFolders.map((stage) => ({
    files: [`src/${stage}/**/*.ts`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: forbiddenForStages.map((folder) => ({
          group: [`../${folder}/*`, `../../${folder}/*`, `**/src/${folder}/*`],
          message: `Pipeline stage "${stage}" must not import ${folder} code: pass what it needs in from the pipeline.`,
        })),
      }],
    },
  })),
  {
    files: ['vitest.config.ts', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'max-lines': 'off' },
  },
);

import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'url']

/** Import zones of DESIGN §3: each folder may only reach what its runtime allows. */
const zone = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
})

export default tseslint.config(
  { ignores: ['node_modules', 'out', 'dist', '.tmp', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  zone(
    ['db/**'],
    [
      {
        group: ['**/main/**', '**/preload/**', '**/renderer/**', '**/test/**'],
        message: 'db/ imports nothing of ours (DESIGN §3).',
      },
      { group: ['electron'], message: 'db/ never imports electron.' },
    ],
  ),
  zone(
    ['main/**'],
    [
      {
        group: ['**/renderer/**', '**/test/**'],
        message: 'main/ may import db/ and preload/contract only.',
      },
      {
        group: ['**/preload/*', '!**/preload/contract'],
        message: 'main/ may only import preload/contract.',
      },
      { group: ['better-sqlite3', 'kysely'], message: 'Only db/ talks to SQLite (DESIGN §3).' },
    ],
  ),
  zone(
    ['main/services/**', 'main/compliance/**', 'main/transport/http*', 'main/cli/**'],
    [
      {
        group: ['electron'],
        message: 'Services, the engine, HTTP and the CLI are pure and never import electron.',
      },
      {
        group: ['**/renderer/**', '**/test/**'],
        message: 'main/ may import db/ and preload/contract only.',
      },
      { group: ['better-sqlite3', 'kysely'], message: 'Only db/ talks to SQLite (DESIGN §3).' },
    ],
  ),
  zone(
    ['preload/**'],
    [
      {
        group: ['**/main/**', '**/db/**', '**/renderer/**'],
        message: 'preload/ imports electron and its own contract only.',
      },
    ],
  ),
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer never imports electron.' }],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer never imports Node.' },
            {
              group: ['**/db/**', '**/main/**'],
              message: 'The renderer talks to the backend through renderer/lib/api.ts only.',
            },
            {
              group: ['**/preload/**'],
              allowTypeImports: true,
              message: 'Only `import type` from preload/contract.',
            },
            { group: ['better-sqlite3', 'kysely'], message: 'Only db/ talks to SQLite.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.object.name=/^(it|test|describe)$/][callee.property.name=/^(only|skip)$/]',
          message: 'No focused or skipped tests.',
        },
      ],
    },
  },
)

// One linter, type-aware: typescript-eslint over every TS source in the workspace.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'

const nodeIo = ['fs', 'node:*', 'better-sqlite3', 'pg', 'ioredis', 'ws', 'fastify', 'pino']
const ui = ['react', 'react-dom', 'react/*', 'antd', '@tiptap/*', 'dexie', 'y-indexeddb', 'y-websocket']

export default tseslint.config(
  {
    ignores: [
      'eslint.config.js',
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'test/e2e/artifacts/**',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportAllDeclaration', message: 'Re-export by name (STYLE.md §2).' },
      ],
    },
  },
  {
    // core is pure: no UI, DOM, Dexie or Node I/O (STYLE.md §2).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeIo, ...ui],
              message: 'packages/core has no UI, DOM, Dexie or Node I/O dependencies.',
            },
            { group: ['@zhibu/*'], message: 'core depends on nothing in the workspace.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/editor/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...nodeIo, '@zhibu/web', '@zhibu/server', 'dexie'],
              message: 'editor depends on core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@zhibu/web', '@zhibu/editor', ...ui.filter((name) => name !== 'y-websocket')],
              message: 'server depends on core only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@zhibu/server', ...nodeIo], message: 'web never imports server code or Node I/O.' },
          ],
        },
      ],
    },
  },
  {
    // core's own tsconfig excludes tests (they may use Node types); lint them with the test tsconfig.
    files: ['packages/core/src/**/*.test.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './packages/core/tsconfig.test.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
)

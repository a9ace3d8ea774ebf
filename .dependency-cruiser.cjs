/** Dependency direction (core ← editor ← web, core ← server) and import cycles, checked in `pnpm lint`. */
module.exports = {
  forbidden: [
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'core-is-pure',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: {
        path: '^(packages/(editor|cli)|server|web)/|node_modules/(react|antd|dexie|@tiptap|y-indexeddb|y-websocket|ws|better-sqlite3|pg|ioredis)/',
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'editor-depends-on-core-only',
      severity: 'error',
      from: { path: '^packages/editor/' },
      to: { path: '^(server|web|packages/cli)/' },
    },
    {
      name: 'server-not-ui',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(web|packages/editor)/' },
    },
    { name: 'nothing-imports-web', severity: 'error', from: { pathNot: '^web/' }, to: { path: '^web/src' } },
    {
      name: 'nothing-imports-server',
      severity: 'error',
      from: { pathNot: '^(server|bench|test)/' },
      to: { path: '^server/src' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist|test/e2e/artifacts)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.json'],
    },
  },
}

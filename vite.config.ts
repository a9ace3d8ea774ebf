import { defineConfig } from 'vitest/config'

// The root config runs every package's Vitest suite; the web app's build config lives in web/vite.config.ts.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', root: 'packages/core', environment: 'node', include: ['src/**/*.test.ts'] } },
      { test: { name: 'cli', root: 'packages/cli', environment: 'node', include: ['src/**/*.test.ts'] } },
      {
        test: {
          name: 'editor',
          root: 'packages/editor',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
      {
        test: {
          name: 'server',
          root: 'server',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          exclude: ['src/reliability/**'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        // The reliability suites (docs/reliability.md): CI sizes in `pnpm test`, long runs with `pnpm test:soak`.
        test: {
          name: 'reliability',
          root: 'server',
          environment: 'node',
          include: ['src/reliability/**/*.test.ts'],
          testTimeout: 900_000,
          hookTimeout: 120_000,
          // They load the machine on purpose; one at a time keeps their figures about the server, not each other.
          fileParallelism: false,
        },
      },
      { test: { name: 'web', root: 'web', environment: 'happy-dom', include: ['src/**/*.test.{ts,tsx}'] } },
    ],
  },
})

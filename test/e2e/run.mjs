// Runs the end-to-end specs: checks the machine has what they need, then Vitest with test/e2e/vitest.config.ts.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

if (!existsSync('/usr/bin/chromium')) {
  console.error(
    'test:e2e needs Debian chromium at /usr/bin/chromium: apt-get install -y chromium fonts-noto-cjk (or run scripts/ensure-test-env.sh)',
  )
  process.exit(1)
}
if (!existsSync(path.join(root, 'web/dist/index.html'))) {
  console.error('test:e2e needs the built web app in web/dist: run `pnpm build` first (`pnpm test` does)')
  process.exit(1)
}
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'test/e2e/vitest.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)

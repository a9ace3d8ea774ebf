import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

const artifacts = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts')

/** Keeps a screenshot of a test's final state in test/e2e/artifacts/ (git-ignored, kept by CI). */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(artifacts, { recursive: true })
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true })
}

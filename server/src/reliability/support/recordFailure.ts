import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Writes a failed run's seed and history as JSON to `folder/<name>.json` and returns the path, so the failure can
 * be replayed, read, and its seed added to the suite's permanent regression list.
 */
export function recordFailure(folder: string, name: string, record: unknown): string {
  mkdirSync(folder, { recursive: true })
  const file = path.join(folder, `${name}.json`)
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`)
  return file
}

import { readFileSync } from 'node:fs'
import { CliFailure } from './CliFailure'

/** Reads and parses a JSON file, turning a missing file or bad JSON into a coded failure. */
export function readJsonFile(path: string): unknown {
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch {
    throw new CliFailure('cli.file-not-found', `cannot read ${path}`)
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    throw new CliFailure(
      'cli.bad-json',
      `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}

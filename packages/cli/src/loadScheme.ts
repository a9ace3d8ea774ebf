import { existsSync } from 'node:fs'
import type { Problem, Scheme } from '@zhibu/core'
import { builtInSchemes, getBuiltInScheme, validateScheme } from '@zhibu/core'
import { CliFailure } from './CliFailure'
import { readJsonFile } from './readJsonFile'

/** A scheme from a file path or a built-in id (a path wins when such a file exists), validated. */
export function loadScheme(reference: string): {
  readonly scheme: Scheme
  readonly problems: readonly Problem[]
} {
  const looksLikePath = existsSync(reference) || reference.endsWith('.json') || reference.includes('/')
  if (!looksLikePath) {
    const builtIn = getBuiltInScheme(reference)
    if (builtIn === undefined) {
      const ids = builtInSchemes.map((scheme) => scheme.id).join(', ')
      throw new CliFailure(
        'cli.unknown-scheme',
        `no file or built-in scheme "${reference}" (built-in: ${ids})`,
      )
    }
    return { scheme: builtIn, problems: validateScheme(builtIn).problems }
  }
  const checked = validateScheme(readJsonFile(reference))
  if (!checked.ok)
    throw new CliFailure('scheme.invalid', `${reference} is not a valid scheme`, 1, checked.problems)
  return { scheme: checked.value, problems: checked.problems }
}

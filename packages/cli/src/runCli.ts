import { readdirSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CohortMember, Evaluation, Scheme } from '@zhibu/core'
import { evaluate, rankCohort } from '@zhibu/core'
import { CliFailure } from './CliFailure'
import type { CliOutcome } from './CliOutcome'
import { formatPretty } from './formatPretty'
import { loadScheme } from './loadScheme'
import { readJsonFile } from './readJsonFile'

const usage = `usage:
  zhibu validate <scheme>
  zhibu score <scheme> <answers> [--cohort <dir>] [--pretty]
<scheme> is a scheme JSON file or a built-in scheme id; <answers> is an answers JSON file (docs/answers-format.md).`

function scoreFile(scheme: Scheme, path: string): Evaluation {
  const checked = evaluate(scheme, readJsonFile(path))
  if (!checked.ok)
    throw new CliFailure(
      'answers.invalid',
      `${path}: answers do not fit scheme ${scheme.id}`,
      1,
      checked.problems,
    )
  return checked.value
}

function cohortMembers(scheme: Scheme, answersPath: string, directory: string): CohortMember[] {
  let names: string[]
  try {
    if (!statSync(directory).isDirectory()) throw new Error('not a directory')
    names = readdirSync(directory).filter((name) => name.endsWith('.json'))
  } catch {
    throw new CliFailure('cli.file-not-found', `cannot read cohort directory ${directory}`)
  }
  // The unit being scored joins its cohort once, even when its file also sits in the directory.
  const paths = new Set([resolve(answersPath), ...names.map((name) => resolve(join(directory, name)))])
  return [...paths]
    .sort()
    .map((path) => ({ unitId: basename(path, '.json'), evaluation: scoreFile(scheme, path) }))
}

function run(args: readonly string[]): CliOutcome {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        cohort: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    throw new CliFailure(
      'cli.usage',
      `${error instanceof Error ? error.message : String(error)}\n${usage}`,
      2,
    )
  }
  const [command, ...rest] = parsed.positionals
  if (parsed.values.help) return { stdout: `${usage}\n`, stderr: '', exitCode: 0 }
  if (command === 'validate' && rest.length === 1 && rest[0] !== undefined) {
    const { scheme, problems } = loadScheme(rest[0])
    const full = scheme.modules.flatMap((module) => module.groups.flatMap((group) => group.items))
    const result = {
      ok: true,
      scheme: {
        id: scheme.id,
        version: scheme.version,
        title: scheme.title,
        source: scheme.source,
        items: full.length,
      },
      problems,
    }
    if (parsed.values.pretty) {
      const lines = [
        `${scheme.id} v${scheme.version}: ${scheme.title} — valid, ${full.length} items`,
        ...problems.map(
          (problem) => `${problem.severity} ${problem.code} ${problem.path.join('.')}: ${problem.message}`,
        ),
      ]
      return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 }
    }
    return { stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '', exitCode: 0 }
  }
  if (command === 'score' && rest.length === 2 && rest[0] !== undefined && rest[1] !== undefined) {
    const { scheme } = loadScheme(rest[0])
    const evaluation = scoreFile(scheme, rest[1])
    let ranking
    if (parsed.values.cohort !== undefined) {
      const checked = rankCohort(cohortMembers(scheme, rest[1], parsed.values.cohort), scheme.cohort ?? [])
      if (!checked.ok)
        throw new CliFailure('cohort.invalid', 'the cohort cannot be ranked', 1, checked.problems)
      ranking = checked.value
    }
    if (parsed.values.pretty) return { stdout: formatPretty(evaluation, ranking), stderr: '', exitCode: 0 }
    const result = ranking === undefined ? { evaluation } : { evaluation, cohort: ranking }
    return { stdout: `${JSON.stringify(result, null, 2)}\n`, stderr: '', exitCode: 0 }
  }
  throw new CliFailure('cli.usage', usage, 2)
}

/** Runs one CLI command; expected failures come back as a coded JSON error on stderr and a non-zero exit. */
export function runCli(args: readonly string[]): CliOutcome {
  try {
    return run(args)
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error
    const body = {
      error: {
        code: error.code,
        message: error.message,
        ...(error.problems.length > 0 ? { problems: error.problems } : {}),
      },
    }
    return { stdout: '', stderr: `${JSON.stringify(body, null, 2)}\n`, exitCode: error.exitCode }
  }
}

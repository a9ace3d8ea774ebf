import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const tsx = join(root, 'node_modules/.bin/tsx')
const main = join(root, 'packages/cli/src/main.ts')
const work = mkdtempSync(join(tmpdir(), 'zhibu-cli-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function zhibu(...args: string[]) {
  const result = spawnSync(tsx, [main, ...args], { cwd: root, encoding: 'utf8' })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

function file(name: string, content: unknown): string {
  const path = join(work, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

const t3Answers = {
  self: { 't3.banzi.1': { deductions: { 'no-secretary': true, 'too-many-members': true } } },
}

// Each case spawns tsx (about a second or two per run), so the cases get more than the default 5 s.
describe('zhibu CLI', { timeout: 60_000 }, () => {
  it('[S36] validate prints JSON for a built-in id and exits 0', () => {
    const result = zhibu('validate', 't9-2011-dangzongzhi-lianghua')
    expect(result.code).toBe(0)
    const output = JSON.parse(result.stdout) as {
      ok: boolean
      scheme: { id: string }
      problems: { code: string }[]
    }
    expect(output.ok).toBe(true)
    expect(output.scheme.id).toBe('t9-2011-dangzongzhi-lianghua')
    expect(output.problems.map((problem) => problem.code)).toEqual(['scheme.declared-subtotal-mismatch'])
  })

  it('[S36] validate reports a bad scheme file on stderr with codes and paths, exit 1', () => {
    const path = file('bad-scheme.json', {
      format: 'zhibu-scheme/1',
      id: 'x',
      modules: [
        {
          id: 'm',
          title: 'm',
          groups: [{ id: 'g', title: 'g', items: [{ id: 'i', title: 'i', kind: 'nope' }] }],
        },
      ],
    })
    const result = zhibu('validate', path)
    expect(result.code).toBe(1)
    expect(result.stdout).toBe('')
    const error = (
      JSON.parse(result.stderr) as {
        error: { code: string; problems: { code: string; path: (string | number)[] }[] }
      }
    ).error
    expect(error.code).toBe('scheme.invalid')
    expect(error.problems).toContainEqual(
      expect.objectContaining({
        code: 'scheme.unknown-kind',
        path: ['modules', 0, 'groups', 0, 'items', 0, 'kind'],
      }),
    )
  })

  it('[S36] score prints the evaluation as JSON', () => {
    const result = zhibu('score', 't3-chuangjian-biaozhunhua-dangzhibu', file('t3.json', t3Answers))
    expect(result.code).toBe(0)
    const output = JSON.parse(result.stdout) as { evaluation: { final: { total: number; missing: number } } }
    expect(output.evaluation.final).toMatchObject({ total: 0.5, missing: 7 })
  })

  it('[S36] --pretty prints a readable table with the explanation trail', () => {
    const result = zhibu(
      'score',
      't3-chuangjian-biaozhunhua-dangzhibu',
      file('t3.json', t3Answers),
      '--pretty',
    )
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('第1项: 满分2分, 未设书记扣1分, 委员超过规定人数扣0.5分, 得0.5分')
    expect(result.stdout).toContain('最终: 0.5/16 → 未定等次(原表未给等次) (通过)')
  })

  it('[S36] bad answers, missing files, bad JSON and unknown schemes are coded errors with exit 1', () => {
    const bad = zhibu(
      'score',
      't3-chuangjian-biaozhunhua-dangzhibu',
      file('bad.json', { self: { 't3.banzi.1': { deductions: { 'no-secretary': 2 } } } }),
    )
    expect(bad.code).toBe(1)
    const badError = (
      JSON.parse(bad.stderr) as { error: { code: string; problems: { code: string; path: unknown[] }[] } }
    ).error
    expect(badError.code).toBe('answers.invalid')
    expect(
      badError.problems
        .filter((problem) => problem.code === 'answers.bad-count')
        .map((problem) => problem.path),
    ).toEqual([['self', 't3.banzi.1', 'deductions', 'no-secretary']])
    expect(
      JSON.parse(zhibu('score', 't3-chuangjian-biaozhunhua-dangzhibu', join(work, 'none.json')).stderr),
    ).toMatchObject({ error: { code: 'cli.file-not-found' } })
    expect(
      JSON.parse(zhibu('score', 't3-chuangjian-biaozhunhua-dangzhibu', file('broken.json', '{ nope')).stderr),
    ).toMatchObject({ error: { code: 'cli.bad-json' } })
    const unknown = zhibu('validate', 'no-such-scheme')
    expect(unknown.code).toBe(1)
    expect(JSON.parse(unknown.stderr)).toMatchObject({ error: { code: 'cli.unknown-scheme' } })
  })

  it('[S36] usage errors exit 2', () => {
    const result = zhibu('frobnicate')
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'cli.usage' } })
    expect(zhibu('score', 'only-one').code).toBe(2)
    expect(zhibu('validate', 'x', '--nope').code).toBe(2)
  })

  it('[S31] [S36] --cohort ranks the unit among the answers in a directory with the scheme cohort rules', () => {
    const venueOk = (deductions: Record<string, number>) => ({ self: { 'tiantai.zhidu.1': { deductions } } })
    // Only answered items score; each file answers one 5-point item, so totals are 5, 4, 3 … — all fail at 90.
    file('cohort/unit-a.json', venueOk({ missed: 0 }))
    file('cohort/unit-b.json', venueOk({ missed: 1 }))
    const mine = file('mine.json', venueOk({ missed: 2 }))
    const result = zhibu('score', 'tiantai-biaozhunhua-renzheng', mine, '--cohort', join(work, 'cohort'))
    expect(result.code).toBe(0)
    const output = JSON.parse(result.stdout) as {
      cohort: { units: { unitId: string; rank: number; grade: string }[] }
    }
    expect(output.cohort.units.map((entry) => [entry.unitId, entry.rank, entry.grade])).toEqual([
      ['unit-a', 1, 'fail'],
      ['unit-b', 2, 'fail'],
      ['mine', 3, 'fail'],
    ])
  })
})

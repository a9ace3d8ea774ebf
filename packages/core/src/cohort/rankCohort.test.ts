import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Evaluation } from '../engine/Evaluation'
import { evaluate } from '../engine/evaluate'
import type { CohortRule } from '../scheme/CohortRule'
import { miniScheme } from '../scheme/miniScheme'
import { validateScheme } from '../scheme/validateScheme'
import type { CohortMember } from './CohortMember'
import { rankCohort } from './rankCohort'

const checkedScheme = validateScheme(
  miniScheme([
    {
      id: 'a',
      kind: 'deduction',
      title: 'a',
      fullPoints: 100,
      rules: [{ id: 'lose', label: '扣分', mode: 'range', min: 0, max: 100 }],
    },
  ]),
)
if (!checkedScheme.ok) throw new Error('the mini scheme is valid')
const scheme = checkedScheme.value

/** A unit scoring `total` on a 100-point pass-at-90 form. */
function unit(unitId: string, total: number): CohortMember {
  const checked = evaluate(scheme, {
    self: { a: { deductions: { lose: (100_000 - Math.round(total * 1000)) / 1000 } } },
  })
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return { unitId, evaluation: checked.value }
}

function rank(members: readonly CohortMember[], rules: readonly CohortRule[]) {
  const checked = rankCohort(members, rules)
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return checked.value
}

const gradeOf = (ranking: ReturnType<typeof rank>) =>
  Object.fromEntries(ranking.units.map((entry) => [entry.unitId, entry.grade]))
const topTenth = (ties: 'include' | 'exclude'): CohortRule => ({
  kind: 'topShare',
  id: 'top',
  share: { numerator: 1, denominator: 10 },
  of: 'passing',
  grade: '一级',
  otherwise: '二级',
  count: 'floor',
  ties,
})

describe('rankCohort', () => {
  it('[S30] ranks by graded total with shared ranks for ties (1, 2, 2, 4)', () => {
    const ranking = rank([unit('c', 92), unit('a', 95), unit('b', 92), unit('d', 80)], [])
    expect(ranking.units.map((entry) => [entry.unitId, entry.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
    ])
  })

  it('[S31] the top 10% of passing units are 一级, the other passing units 二级, failing units keep their grade', () => {
    const members = Array.from({ length: 20 }, (_, index) =>
      unit(`u${String(index).padStart(2, '0')}`, 100 - index),
    )
    // 11 pass (100…90), 10% of 11 rounds down to 1
    const grades = gradeOf(rank(members, [topTenth('include')]))
    expect(grades['u00']).toBe('一级')
    expect(grades['u01']).toBe('二级')
    expect(grades['u10']).toBe('二级')
    expect(grades['u11']).toBe('fail')
  })

  it('[S31] ties at the cut are all included or all excluded, as the rule says', () => {
    const members = [
      unit('a', 99),
      unit('b', 99),
      ...Array.from({ length: 8 }, (_, index) => unit(`x${index}`, 91)),
    ]
    expect(gradeOf(rank(members, [topTenth('include')]))).toMatchObject({ a: '一级', b: '一级' })
    expect(gradeOf(rank(members, [topTenth('exclude')]))).toMatchObject({ a: '二级', b: '二级' })
  })

  it('[S32] a hard cap (不超过1/3) demotes the lowest excess, and a tie straddling the cap entirely', () => {
    const cap: CohortRule = {
      kind: 'cap',
      id: 'third',
      share: { numerator: 1, denominator: 3 },
      of: 'all',
      grade: 'pass',
      demoteTo: 'fail',
    }
    const members = [unit('a', 99), unit('b', 95), unit('c', 95), unit('d', 91), unit('e', 50), unit('f', 40)]
    // limit = floor(6 / 3) = 2; b and c tie at the cut, so only a keeps the grade
    const ranking = rank(members, [cap])
    expect(gradeOf(ranking)).toMatchObject({ a: 'pass', b: 'fail', c: 'fail', d: 'fail' })
    expect(ranking.units.find((entry) => entry.unitId === 'd')?.explanation).toContain(
      '「pass」不超过全部单位的1/3(2个), 降为「fail」',
    )
  })

  it('[S33] a soft quota (约10%) only warns', () => {
    const quota: CohortRule = {
      kind: 'quota',
      id: 'about',
      share: { numerator: 1, denominator: 10 },
      of: 'all',
      grade: 'pass',
    }
    const ranking = rank([unit('a', 99), unit('b', 95), unit('c', 50)], [quota])
    expect(gradeOf(ranking)).toMatchObject({ a: 'pass', b: 'pass' })
    expect(ranking.warnings).toEqual([
      expect.objectContaining({ code: 'cohort.quota-exceeded', severity: 'warning', path: [0] }),
    ])
  })

  it('[S34] rules apply in order: a cap sees the grades a top share granted', () => {
    const half: CohortRule = { ...topTenth('include'), share: { numerator: 1, denominator: 2 } }
    const cap: CohortRule = {
      kind: 'cap',
      id: 'cap',
      share: { numerator: 1, denominator: 4 },
      of: 'passing',
      grade: '一级',
      demoteTo: '二级',
    }
    const members = [unit('a', 99), unit('b', 98), unit('c', 97), unit('d', 96)]
    expect(gradeOf(rank(members, [half]))).toEqual({ a: '一级', b: '一级', c: '二级', d: '二级' })
    expect(gradeOf(rank(members, [half, cap]))).toEqual({ a: '一级', b: '二级', c: '二级', d: '二级' })
  })

  it('[S30] duplicate units and mixed schemes are coded errors', () => {
    expect(rankCohort([unit('a', 99), unit('a', 90)], []).problems).toEqual([
      expect.objectContaining({ code: 'cohort.duplicate-unit', path: [1, 'unitId'] }),
    ])
    const other: Evaluation = { ...unit('b', 90).evaluation, schemeId: 'other' }
    expect(rankCohort([unit('a', 99), { unitId: 'b', evaluation: other }], []).problems).toEqual([
      expect.objectContaining({ code: 'cohort.mixed-schemes' }),
    ])
  })

  it('[S30] the order of units never changes the ranking', () => {
    const seed = Number(process.env['FC_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
    console.log(`fast-check seed ${seed}`)
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 25 }),
        fc.integer(),
        (totals, shift) => {
          const members = totals.map((total, index) => unit(`u${index}`, total))
          const rotated = members.map((_, index) => members[(index + Math.abs(shift)) % members.length]!)
          const rules = [topTenth('include')]
          expect(rank(rotated, rules)).toEqual(rank(members, rules))
        },
      ),
      { seed, numRuns: 60 },
    )
  })
})

import { describe, expect, it } from 'vitest'
import type { BranchScorecard } from './BranchScorecard'
import { exampleScorecardRules } from './exampleScorecardRules'
import { rankOrganisation } from './rankOrganisation'

const card = (total: number, passed = total >= 60): BranchScorecard => ({
  rulesId: exampleScorecardRules.id,
  rulesVersion: exampleScorecardRules.version,
  components: [],
  total,
  totalText: String(total),
  full: 100,
  passed,
  grade: passed ? '合格' : '不合格',
  explanation: [],
})

describe('rankOrganisation', () => {
  it('[S270] ranks branches by total and grants 一级 to the top 10% of passing branches (天台)', () => {
    const branches = Array.from({ length: 12 }, (_, index) => ({
      unitId: `b${String(index).padStart(2, '0')}`,
      scorecard: card(95 - index * 4),
    }))
    const result = rankOrganisation(exampleScorecardRules, [...branches].reverse())
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const ranking = result.value
    // totals 95, 91, …, 51: nine pass (≥ 60); floor(9 / 10) = 0 → nobody is 一级.
    expect(ranking.passingCount).toBe(9)
    expect(ranking.topCount).toBe(0)
    expect(ranking.units.map((unit) => unit.grade)).toEqual([
      ...Array<string>(9).fill('二级'),
      '不合格',
      '不合格',
      '不合格',
    ])
    expect(ranking.units[0]).toMatchObject({ unitId: 'b00', rank: 1, gradedTotal: 95 })
  })

  it('[S271] with ten or more passing branches the best tenth is 一级, ties included', () => {
    const totals = [99, 99, 90, 88, 87, 86, 85, 84, 83, 82, 81, 40]
    const branches = totals.map((total, index) => ({ unitId: `u${index}`, scorecard: card(total) }))
    const result = rankOrganisation(exampleScorecardRules, branches)
    if (!result.ok) throw new Error('ranking failed')
    expect(result.value.passingCount).toBe(11)
    expect(result.value.topCount).toBe(2)
    expect(result.value.units.slice(0, 3).map((unit) => [unit.unitId, unit.rank, unit.grade])).toEqual([
      ['u0', 1, '一级'],
      ['u1', 1, '一级'],
      ['u2', 3, '二级'],
    ])
    expect(result.value.units.at(-1)?.grade).toBe('不合格')
  })

  it('[S272] refuses scorecards computed on other rules', () => {
    const result = rankOrganisation(exampleScorecardRules, [
      { unitId: 'a', scorecard: card(80) },
      { unitId: 'b', scorecard: { ...card(70), rulesVersion: '2' } },
    ])
    expect(result.ok).toBe(false)
    expect(result.problems[0]?.code).toBe('cohort.mixed-schemes')
  })
})

import { describe, expect, it } from 'vitest'
import { computeBranchScorecard } from './computeBranchScorecard'
import { exampleScorecardRules } from './exampleScorecardRules'
import { rectificationClosure } from './rectificationClosure'
import type { ScorecardForm } from './ScorecardForm'
import type { ScorecardRules } from './ScorecardRules'
import { taskCompletion } from './taskCompletion'

const certification = (overrides: Partial<ScorecardForm> = {}): ScorecardForm => ({
  docId: 'cert-2026',
  title: '标准化认证',
  schemeId: 'tiantai-biaozhunhua-renzheng',
  date: '2026-06-01',
  total: 92.5,
  full: 100,
  grade: 'pass',
  passed: true,
  vetoed: false,
  ...overrides,
})

describe('computeBranchScorecard', () => {
  it('[S252] weights each component exactly: 40% × 92.5 + 30% × 2/3 + 30% × 3/4', () => {
    const result = computeBranchScorecard(exampleScorecardRules, {
      forms: [certification()],
      meetings: { done: 8, due: 12 },
      rectification: { done: 3, due: 4 },
    })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    const card = result.value
    expect(
      card.components.map((component) => [
        component.id,
        component.weightText,
        component.full,
        component.score,
      ]),
    ).toEqual([
      ['certification', '40%', 40, 37],
      ['meetings', '30%', 30, 20],
      ['rectification', '30%', 30, 22.5],
    ])
    expect(card.total).toBe(79.5)
    expect(card.totalText).toBe('79.5')
    expect(card.passed).toBe(true)
    expect(card.grade).toBe('合格')
    expect(card.components[0]?.docId).toBe('cert-2026')
    expect(card.explanation).toContain('三会一课落实(30%): 按期召开8/12, 折合20分')
    expect(card.explanation).toContain('合计79.5分(满分100分)')
  })

  it('[S252] rounds each component half-up to 0.001 and never uses floating-point sums', () => {
    const result = computeBranchScorecard(exampleScorecardRules, {
      forms: [certification({ total: 0.1, full: 0.3 })],
      meetings: { done: 1, due: 3 },
      rectification: { done: 2, due: 3 },
    })
    if (!result.ok) throw new Error('rules rejected')
    // 40 × 1/3 = 13.3333… → 13.333; 30 × 1/3 = 10; 30 × 2/3 = 20.
    expect(result.value.components.map((component) => component.score)).toEqual([13.333, 10, 20])
    expect(result.value.totalText).toBe('43.333')
  })

  it('[S252][S254] rounds the total once from the exact rates, so a rescaled total never exceeds the full points', () => {
    // Found by the property test (seed 481882254): 166.5 × 1‰ = 0.1665 is shown as 0.167, and rescaling the shown
    // score would give 167 > 166.5.
    const rules: ScorecardRules = {
      ...exampleScorecardRules,
      fullPoints: 166.5,
      whenMissing: 'rescale',
      components: exampleScorecardRules.components.map((component, index) => ({
        ...component,
        weight: [0, 1, 999][index] ?? 0,
      })),
    }
    const result = computeBranchScorecard(rules, { forms: [], meetings: { done: 3, due: 3 } })
    if (!result.ok) throw new Error('rules rejected')
    expect(result.value.components[1]?.score).toBe(0.167)
    expect(result.value.total).toBe(166.5)
  })

  it('[S253] uses the latest form of the scheme and caps a bonus above full points at the weight', () => {
    const result = computeBranchScorecard(exampleScorecardRules, {
      forms: [
        certification({ docId: 'old', date: '2026-01-01', total: 50 }),
        certification({ docId: 'new', date: '2026-09-01', total: 101 }),
        certification({ docId: 'other', schemeId: 'ganyu-xingji-pingding', date: '2026-12-01', total: 10 }),
      ],
      meetings: { done: 1, due: 1 },
      rectification: { done: 1, due: 1 },
    })
    if (!result.ok) throw new Error('rules rejected')
    expect(result.value.components[0]).toMatchObject({ docId: 'new', score: 40 })
    expect(result.value.components[0]?.detail).toContain('超出满分部分不计')
    expect(result.value.total).toBe(100)
  })

  it('[S254] missing components count 0 or are left out and the rest rescaled, as the rules say', () => {
    const zero = computeBranchScorecard(exampleScorecardRules, { forms: [], meetings: { done: 3, due: 4 } })
    if (!zero.ok) throw new Error('rules rejected')
    expect(zero.value.components.map((component) => component.score)).toEqual([0, 22.5, 0])
    expect(zero.value.total).toBe(22.5)
    expect(zero.value.passed).toBe(false)
    expect(zero.value.components[2]?.detail).toBe('无数据, 按0分计')
    const rescaled = computeBranchScorecard(
      { ...exampleScorecardRules, whenMissing: 'rescale' },
      { forms: [], meetings: { done: 3, due: 4 }, rectification: { done: 0, due: 0 } },
    )
    if (!rescaled.ok) throw new Error('rules rejected')
    expect(rescaled.value.components.map((component) => component.score)).toEqual([null, 22.5, null])
    expect(rescaled.value.total).toBe(75)
    expect(rescaled.value.passed).toBe(true)
    const nothing = computeBranchScorecard(
      { ...exampleScorecardRules, whenMissing: 'rescale' },
      { forms: [] },
    )
    expect(nothing.ok && [nothing.value.total, nothing.value.passed]).toEqual([0, false])
  })

  it('[S255] a failed required form fails the scorecard whatever the total, and the pass mark honours inclusiveness', () => {
    const rules: ScorecardRules = {
      ...exampleScorecardRules,
      components: exampleScorecardRules.components.map((component) =>
        component.kind === 'form' ? { ...component, requirePass: true } : component,
      ),
    }
    const vetoed = computeBranchScorecard(rules, {
      forms: [certification({ passed: false, vetoed: true, grade: 'fail' })],
      meetings: { done: 1, due: 1 },
      rectification: { done: 1, due: 1 },
    })
    if (!vetoed.ok) throw new Error('rules rejected')
    expect(vetoed.value.total).toBe(97)
    expect(vetoed.value.passed).toBe(false)
    expect(vetoed.value.grade).toBe('不合格')
    expect(vetoed.value.explanation.at(-1)).toBe('《标准化认证》未通过(fail), 考核不合格')
    const exactlyAtMark = {
      forms: [certification({ total: 0 })],
      meetings: { done: 1, due: 1 },
      rectification: { done: 1, due: 1 },
    }
    const atMark = computeBranchScorecard(rules, exactlyAtMark)
    expect(atMark.ok && [atMark.value.total, atMark.value.passed]).toEqual([60, true])
    const exclusive = computeBranchScorecard(
      { ...rules, passMark: { points: 60, inclusive: false } },
      exactlyAtMark,
    )
    expect(exclusive.ok && exclusive.value.passed).toBe(false)
  })

  it('[S251] refuses rules whose weights do not add up to 1000‰ or that are malformed', () => {
    const bad = computeBranchScorecard(
      {
        ...exampleScorecardRules,
        components: [
          { id: 'a', title: 'A', kind: 'form', weight: 400 },
          { id: 'a', title: 'B', kind: 'meetingCompliance', weight: 300.5 },
        ],
      },
      { forms: [] },
    )
    expect(bad.ok).toBe(false)
    expect(bad.problems.map((problem) => problem.code).sort()).toEqual([
      'scorecard.bad-weight',
      'scorecard.duplicate-id',
      'scorecard.form-without-scheme',
      'scorecard.weights-sum',
    ])
  })

  it('[S257] the built-in example is marked as an example and valid', () => {
    expect(exampleScorecardRules.source.kind).toBe('example')
    expect(computeBranchScorecard(exampleScorecardRules, { forms: [] }).ok).toBe(true)
  })
})

describe('rectificationClosure and taskCompletion', () => {
  const range = { from: '2026-01-01', to: '2026-12-31' }

  it('[S258] counts items due in the range and those closed (销号) on or before their deadline', () => {
    const counts = rectificationClosure(
      [
        { status: 'closed', deadline: '2026-03-31', closedOn: '2026-03-31' },
        { status: 'closed', deadline: '2026-03-31', closedOn: '2026-04-02' },
        { status: 'verified', deadline: '2026-04-30' },
        { status: 'open', deadline: '2026-12-01' },
        { status: 'closed', deadline: '2026-12-01', closedOn: '2026-06-01' },
        { status: 'open', deadline: '2025-12-31' },
        { status: 'open' },
        { status: 'open', deadline: 'soon' },
      ],
      range,
      '2026-07-01',
    )
    expect(counts).toEqual({ done: 2, due: 4 })
  })

  it('[S259] counts tasks due in the range and the done ones', () => {
    expect(
      taskCompletion(
        [
          { done: true, deadline: '2026-02-01' },
          { done: false, deadline: '2026-02-01' },
          { done: true, deadline: '2026-11-01' },
          { done: false, deadline: '2026-11-01' },
          { done: false },
        ],
        range,
        '2026-07-01',
      ),
    ).toEqual({ done: 2, due: 3 })
  })
})

import { describe, expect, it } from 'vitest'
import type { ProblemRow } from './ProblemRow'
import { spawnRectificationFromProblem } from './spawnRectificationFromProblem'

const problem: ProblemRow = {
  id: 'problem-1',
  source: 'inspectionTour',
  category: '组织生活',
  description: '支委会会议记录不规范',
  foundOn: '2026-02-01',
}

describe('spawnRectificationFromProblem', () => {
  it('[S146] creates an open row that copies the problem and links both ways', () => {
    const result = spawnRectificationFromProblem(problem, {
      id: 'rect-1',
      serial: 3,
      kind: 'deadline',
      deadline: '2026-04-30',
    })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.rectification).toMatchObject({
      id: 'rect-1',
      serial: 3,
      source: 'inspectionTour',
      category: '组织生活',
      description: '支委会会议记录不规范',
      status: 'open',
      kind: 'deadline',
      deadline: '2026-04-30',
      problemId: 'problem-1',
    })
    expect(result.value.problem.rectificationId).toBe('rect-1')
    expect(problem.rectificationId).toBeUndefined()
  })

  it('[S146] leaves the deadline out for long-term items that have none', () => {
    const result = spawnRectificationFromProblem(problem, { id: 'rect-2', serial: 1, kind: 'longTerm' })
    expect(result.ok && 'deadline' in result.value.rectification).toBe(false)
  })

  it('[S146] refuses to spawn a second item for the same problem', () => {
    const result = spawnRectificationFromProblem(
      { ...problem, rectificationId: 'rect-1' },
      { id: 'rect-9', serial: 9, kind: 'immediate' },
    )
    expect(result.ok ? 'ok' : result.error.code).toBe('PROBLEM_ALREADY_SPAWNED')
  })
})

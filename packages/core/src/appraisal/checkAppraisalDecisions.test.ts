import { describe, expect, it } from 'vitest'
import type { AppraisalMember } from './AppraisalMember'
import { checkAppraisalDecisions } from './checkAppraisalDecisions'

// Seven full members (one excluded) and two probationary members.
const members: AppraisalMember[] = [
  ...['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, name: id, status: 'full' as const })),
  { id: 'g', name: 'g', status: 'full', excluded: true },
  { id: 'p1', name: 'p1', status: 'probationary' },
  { id: 'p2', name: 'p2', status: 'probationary' },
]

describe('checkAppraisalDecisions', () => {
  it('[S184] counts the 1/3 优秀 cap over full members only', () => {
    const check = checkAppraisalDecisions(members, {
      a: 'excellent',
      b: 'excellent',
      c: 'qualified',
      d: 'qualified',
      e: 'qualified',
      f: 'qualified',
    })
    expect(check.quotas[0]).toMatchObject({ basis: 7, maximum: 2, count: 2, withinQuota: true })
    expect(check.blocking).toBe(false)
    expect(check.issues).toEqual([])
  })

  it('[S185] blocks a decision set over a hard cap', () => {
    const check = checkAppraisalDecisions(members, { a: 'excellent', b: 'excellent', c: 'excellent' })
    expect(check.quotas[0]).toMatchObject({ count: 3, maximum: 2, withinQuota: false })
    expect(check.blocking).toBe(true)
    expect(check.issues.find((issue) => issue.code === 'APPRAISAL_QUOTA_EXCEEDED')?.severity).toBe('error')
  })

  it('[S185] only warns over a soft quota, and supports a local 15% variant', () => {
    const check = checkAppraisalDecisions(members, { a: 'excellent', b: 'excellent' }, [
      { grade: 'excellent', numerator: 15, denominator: 100, kind: 'soft' },
    ])
    // 7 × 15% = 1.05, so one 优秀 at most.
    expect(check.quotas[0]).toMatchObject({ maximum: 1, withinQuota: false })
    expect(check.blocking).toBe(false)
    expect(check.issues.find((issue) => issue.code === 'APPRAISAL_QUOTA_EXCEEDED')?.severity).toBe('warning')
  })

  it('[S184] allows exactly one third when full members divide evenly', () => {
    const nine: AppraisalMember[] = Array.from({ length: 9 }, (_, index) => ({
      id: `m${index}`,
      name: `m${index}`,
      status: 'full',
    }))
    const three = checkAppraisalDecisions(nine, { m0: 'excellent', m1: 'excellent', m2: 'excellent' })
    expect(three.quotas[0]?.withinQuota).toBe(true)
    const four = checkAppraisalDecisions(nine, {
      m0: 'excellent',
      m1: 'excellent',
      m2: 'excellent',
      m3: 'excellent',
    })
    expect(four.quotas[0]?.withinQuota).toBe(false)
  })

  it('[S186] refuses grades for probationary, excluded or unknown members and lists the undecided', () => {
    const check = checkAppraisalDecisions(members, {
      p1: 'qualified',
      g: 'qualified',
      nobody: 'qualified',
      a: 'qualified',
    })
    expect(check.blocking).toBe(true)
    expect(check.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['APPRAISAL_MEMBER_NOT_GRADED', 'decisions.p1'],
      ['APPRAISAL_MEMBER_NOT_GRADED', 'decisions.g'],
      ['APPRAISAL_MEMBER_UNKNOWN', 'decisions.nobody'],
      ['APPRAISAL_DECISION_MISSING', 'decisions'],
    ])
    expect(check.undecided).toEqual(['b', 'c', 'd', 'e', 'f'])
  })

  it('[S185] rejects a quota that is not a ratio of integers', () => {
    const check = checkAppraisalDecisions(members, {}, [
      { grade: 'excellent', numerator: 1, denominator: 0, kind: 'hard' },
    ])
    expect(check.issues.map((issue) => issue.code)).toContain('APPRAISAL_QUOTA_INVALID')
    expect(check.blocking).toBe(true)
  })
})

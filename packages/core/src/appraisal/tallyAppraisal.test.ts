import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AppraisalBallot } from './AppraisalBallot'
import type { AppraisalMember } from './AppraisalMember'
import { appraisalGrades } from './appraisalGrades'
import { tallyAppraisal } from './tallyAppraisal'

const members: AppraisalMember[] = [
  { id: 'a', name: '甲', status: 'full' },
  { id: 'b', name: '乙', status: 'full' },
  { id: 'c', name: '丙', status: 'probationary' },
  { id: 'd', name: '丁', status: 'full', excluded: true },
]

describe('tallyAppraisal', () => {
  it('[S180] counts the four grades per member and the blanks', () => {
    const ballots: AppraisalBallot[] = [
      { voterId: 'a', grades: { a: 'qualified', b: 'excellent' } },
      { voterId: 'b', grades: { a: 'excellent', b: 'unqualified' } },
      { voterId: 'c', grades: { a: 'excellent' } },
    ]
    const tally = tallyAppraisal(members, ballots)
    expect(tally.ballotCount).toBe(3)
    expect(tally.members[0]).toMatchObject({
      memberId: 'a',
      graded: true,
      counts: { excellent: 2, qualified: 1, basicallyQualified: 0, unqualified: 0 },
      blank: 0,
    })
    expect(tally.members[1]).toMatchObject({
      counts: { excellent: 1, qualified: 0, basicallyQualified: 0, unqualified: 1 },
      blank: 1,
    })
  })

  it('[S181] counts only the last ballot of a voter who votes twice, and says so', () => {
    const tally = tallyAppraisal(members, [
      { voterId: 'a', grades: { b: 'unqualified' } },
      { voterId: 'a', grades: { b: 'qualified' } },
    ])
    expect(tally.ballotCount).toBe(1)
    expect(tally.members[1]?.counts).toMatchObject({ qualified: 1, unqualified: 0 })
    expect(tally.issues).toEqual([
      expect.objectContaining({ code: 'APPRAISAL_BALLOT_REPLACED', path: 'ballots[0]' }),
    ])
  })

  it('[S182] reports counts only and never a grade, however lopsided the vote', () => {
    const ballots = members
      .slice(0, 2)
      .map((member) => ({ voterId: member.id, grades: { b: 'unqualified' as const } }))
    const tally = tallyAppraisal(members, ballots)
    expect(Object.keys(tally.members[1]!).sort()).toEqual([
      'blank',
      'counts',
      'graded',
      'memberId',
      'name',
      'problems',
      'status',
    ])
  })

  it('[S183] lists probationary and excluded members without grading them', () => {
    const tally = tallyAppraisal(members, [{ voterId: 'a', grades: { c: 'excellent', d: 'qualified' } }])
    expect(tally.members[2]).toMatchObject({ memberId: 'c', status: 'probationary', graded: false, blank: 0 })
    expect(tally.members[2]?.counts.excellent).toBe(0)
    expect(tally.members[3]).toMatchObject({ memberId: 'd', graded: false })
    expect(tally.issues.map((issue) => issue.code)).toEqual([
      'APPRAISAL_MEMBER_NOT_GRADED',
      'APPRAISAL_MEMBER_NOT_GRADED',
    ])
  })

  it('[S183] ignores ballots from unknown or excluded voters and bad grades, with codes', () => {
    const tally = tallyAppraisal(members, [
      { voterId: 'stranger', grades: { a: 'excellent' } },
      { voterId: 'd', grades: { a: 'excellent' } },
      { voterId: 'b', grades: { a: 'great' as never, zz: 'qualified' } },
    ])
    expect(tally.ballotCount).toBe(1)
    expect(tally.members[0]).toMatchObject({ blank: 1, counts: { excellent: 0 } })
    expect(tally.issues.map((issue) => issue.code)).toEqual([
      'APPRAISAL_VOTER_UNKNOWN',
      'APPRAISAL_VOTER_EXCLUDED',
      'APPRAISAL_GRADE_INVALID',
      'APPRAISAL_MEMBER_UNKNOWN',
    ])
  })

  it('[S180] keeps 存在问题 notes anonymous and in a stable order', () => {
    const first = tallyAppraisal(members, [
      { voterId: 'a', grades: {}, problems: { b: '学习不够' } },
      { voterId: 'c', grades: {}, problems: { b: '  ' } },
      { voterId: 'b', grades: {}, problems: { b: '不按时交纳党费' } },
    ])
    expect(first.members[1]?.problems).toEqual(['不按时交纳党费', '学习不够'])
  })

  it('[S180] gives the same tally whatever the order of ballots from distinct voters', () => {
    const voterIds = ['a', 'b', 'c']
    const ballotArbitrary = fc.tuple(
      ...voterIds.map((voterId) =>
        fc.record({
          voterId: fc.constant(voterId),
          grades: fc.record({
            a: fc.constantFrom(...appraisalGrades),
            b: fc.constantFrom(...appraisalGrades),
          }),
        }),
      ),
    )
    fc.assert(
      fc.property(ballotArbitrary, fc.func(fc.integer()), (ballots, key) => {
        const shuffled = [...ballots].sort((left, right) => key(left.voterId) - key(right.voterId))
        expect(tallyAppraisal(members, shuffled).members).toEqual(tallyAppraisal(members, ballots).members)
        const graded = tallyAppraisal(members, ballots).members.filter((member) => member.graded)
        for (const member of graded) {
          expect(Object.values(member.counts).reduce((sum, count) => sum + count, 0) + member.blank).toBe(3)
        }
      }),
    )
  })
})

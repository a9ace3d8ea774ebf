import type { AppraisalBallot } from './AppraisalBallot'
import type { AppraisalGrade } from './AppraisalGrade'
import type { AppraisalIssue } from './AppraisalIssue'
import type { AppraisalMember } from './AppraisalMember'
import type { AppraisalTally } from './AppraisalTally'
import { isAppraisalGrade } from './isAppraisalGrade'

const zeroCounts = (): Record<AppraisalGrade, number> => ({
  excellent: 0,
  qualified: 0,
  basicallyQualified: 0,
  unqualified: 0,
})

/**
 * [S180]–[S183] Count ballots per member. One ballot per voter: a later ballot from the same voter
 * replaces the earlier one ([S181]). Voters must be listed, non-excluded members. Grades given to
 * probationary or excluded members are ignored (listed, not graded); grades for unknown members or
 * outside the four grades are ignored with a warning. The tally decides nothing ([S182]).
 */
export function tallyAppraisal(
  members: readonly AppraisalMember[],
  ballots: readonly AppraisalBallot[],
): AppraisalTally {
  const issues: AppraisalIssue[] = []
  const byId = new Map(members.map((member) => [member.id, member]))
  const latest = new Map<string, { ballot: AppraisalBallot; index: number }>()
  ballots.forEach((ballot, index) => {
    const voter = byId.get(ballot.voterId)
    if (voter === undefined) {
      issues.push({
        code: 'APPRAISAL_VOTER_UNKNOWN',
        severity: 'warning',
        path: `ballots[${index}]`,
        message: '投票人不在评议名单中, 该票不计',
      })
      return
    }
    if (voter.excluded === true) {
      issues.push({
        code: 'APPRAISAL_VOTER_EXCLUDED',
        severity: 'warning',
        path: `ballots[${index}]`,
        message: '投票人已不列入评议, 该票不计',
      })
      return
    }
    const previous = latest.get(ballot.voterId)
    if (previous !== undefined) {
      issues.push({
        code: 'APPRAISAL_BALLOT_REPLACED',
        severity: 'info',
        path: `ballots[${previous.index}]`,
        message: '同一投票人重新投票, 以最后一次为准',
      })
    }
    latest.set(ballot.voterId, { ballot, index })
  })

  const counts = new Map(members.map((member) => [member.id, zeroCounts()]))
  const problems = new Map<string, string[]>(members.map((member) => [member.id, []]))
  const isGraded = (member: AppraisalMember): boolean => member.status === 'full' && member.excluded !== true
  // Walk ballots in input order so issue paths are stable; the map only holds each voter's last one.
  const counted = [...latest.values()].sort((left, right) => left.index - right.index)
  for (const { ballot, index } of counted) {
    for (const [memberId, grade] of Object.entries(ballot.grades)) {
      const path = `ballots[${index}].grades.${memberId}`
      const member = byId.get(memberId)
      if (member === undefined) {
        issues.push({
          code: 'APPRAISAL_MEMBER_UNKNOWN',
          severity: 'warning',
          path,
          message: '评议对象不在名单中, 该项不计',
        })
      } else if (!isGraded(member)) {
        issues.push({
          code: 'APPRAISAL_MEMBER_NOT_GRADED',
          severity: 'info',
          path,
          message: `${member.name}不定等次, 该项不计`,
        })
      } else if (!isAppraisalGrade(grade)) {
        issues.push({
          code: 'APPRAISAL_GRADE_INVALID',
          severity: 'warning',
          path,
          message: '等次无效, 按未评计',
        })
      } else {
        const memberCounts = counts.get(memberId)
        if (memberCounts !== undefined) memberCounts[grade] += 1
      }
    }
    for (const [memberId, text] of Object.entries(ballot.problems ?? {})) {
      const trimmed = typeof text === 'string' ? text.trim() : ''
      if (trimmed !== '') problems.get(memberId)?.push(trimmed)
    }
  }

  return {
    ballotCount: counted.length,
    members: members.map((member) => {
      const memberCounts = counts.get(member.id) ?? zeroCounts()
      const graded = isGraded(member)
      const given = Object.values(memberCounts).reduce((sum, count) => sum + count, 0)
      return {
        memberId: member.id,
        name: member.name,
        status: member.status,
        graded,
        counts: memberCounts,
        blank: graded ? counted.length - given : 0,
        // Sorted so the order of notes cannot reveal the order (and so the identity) of voters.
        problems: [...(problems.get(member.id) ?? [])].sort(),
      }
    }),
    issues,
  }
}

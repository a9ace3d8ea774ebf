import type { AppraisalDecisionCheck } from './AppraisalDecisionCheck'
import type { AppraisalGrade } from './AppraisalGrade'
import { appraisalGradeLabels } from './appraisalGradeLabels'
import type { AppraisalIssue } from './AppraisalIssue'
import type { AppraisalMember } from './AppraisalMember'
import type { AppraisalQuota } from './AppraisalQuota'
import { defaultAppraisalQuotas } from './defaultAppraisalQuotas'
import { isAppraisalGrade } from './isAppraisalGrade'
import type { QuotaCheck } from './QuotaCheck'

/**
 * [S184]–[S186] Check the committee's grade per member. Quotas are counted over full members only
 * (党员总数 = 正式党员, excluded ones included, probationary ones not); a hard quota that is
 * exceeded blocks, a soft one warns. Decisions for probationary, excluded or unknown members are
 * errors. Integer arithmetic: count·denominator ≤ basis·numerator.
 */
export function checkAppraisalDecisions(
  members: readonly AppraisalMember[],
  decisions: Readonly<Record<string, AppraisalGrade>>,
  quotas: readonly AppraisalQuota[] = defaultAppraisalQuotas,
): AppraisalDecisionCheck {
  const issues: AppraisalIssue[] = []
  const byId = new Map(members.map((member) => [member.id, member]))
  const valid = new Map<string, AppraisalGrade>()
  let blocking = false
  for (const [memberId, grade] of Object.entries(decisions)) {
    const path = `decisions.${memberId}`
    const member = byId.get(memberId)
    if (member === undefined) {
      issues.push({
        code: 'APPRAISAL_MEMBER_UNKNOWN',
        severity: 'error',
        path,
        message: '评定对象不在名单中',
      })
      blocking = true
    } else if (member.status !== 'full' || member.excluded === true) {
      issues.push({
        code: 'APPRAISAL_MEMBER_NOT_GRADED',
        severity: 'error',
        path,
        message: `${member.name}不定等次`,
      })
      blocking = true
    } else if (!isAppraisalGrade(grade)) {
      issues.push({ code: 'APPRAISAL_GRADE_INVALID', severity: 'error', path, message: '等次无效' })
      blocking = true
    } else {
      valid.set(memberId, grade)
    }
  }
  const undecided = members
    .filter((member) => member.status === 'full' && member.excluded !== true && !valid.has(member.id))
    .map((member) => member.id)
  if (undecided.length > 0) {
    issues.push({
      code: 'APPRAISAL_DECISION_MISSING',
      severity: 'warning',
      path: 'decisions',
      message: `还有${undecided.length}名党员未评定`,
    })
  }
  const basis = members.filter((member) => member.status === 'full').length
  const checks: QuotaCheck[] = []
  quotas.forEach((quota, index) => {
    if (
      !Number.isInteger(quota.numerator) ||
      !Number.isInteger(quota.denominator) ||
      quota.numerator < 0 ||
      quota.denominator <= 0
    ) {
      issues.push({
        code: 'APPRAISAL_QUOTA_INVALID',
        severity: 'error',
        path: `quotas[${index}]`,
        message: '名额比例须为非负整数之比',
      })
      blocking = true
      return
    }
    const count = [...valid.values()].filter((grade) => grade === quota.grade).length
    const withinQuota = count * quota.denominator <= basis * quota.numerator
    const maximum = Math.floor((basis * quota.numerator) / quota.denominator)
    checks.push({ quota, basis, maximum, count, withinQuota })
    if (!withinQuota) {
      const hard = quota.kind === 'hard'
      blocking ||= hard
      issues.push({
        code: 'APPRAISAL_QUOTA_EXCEEDED',
        severity: hard ? 'error' : 'warning',
        path: `quotas[${index}]`,
        message: `评定为"${appraisalGradeLabels[quota.grade]}"${count}人, ${hard ? '不超过' : '约'}正式党员${basis}人的${quota.numerator}/${quota.denominator}(${maximum}人)`,
      })
    }
  })
  return { quotas: checks, undecided, blocking, issues }
}

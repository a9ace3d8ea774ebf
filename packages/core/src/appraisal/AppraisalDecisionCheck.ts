import type { AppraisalIssue } from './AppraisalIssue'
import type { QuotaCheck } from './QuotaCheck'

/** 组织评定核验: the committee's decisions checked against quotas and the member list. */
export interface AppraisalDecisionCheck {
  readonly quotas: readonly QuotaCheck[]
  /** Graded members still without a decision. */
  readonly undecided: readonly string[]
  /** True when a hard quota is exceeded or a decision names someone who cannot be graded. */
  readonly blocking: boolean
  readonly issues: readonly AppraisalIssue[]
}

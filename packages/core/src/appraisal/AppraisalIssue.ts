/** A coded notice from the tally or the quota check, with a path and a Chinese message. */
export interface AppraisalIssue {
  readonly code:
    | 'APPRAISAL_BALLOT_REPLACED'
    | 'APPRAISAL_VOTER_UNKNOWN'
    | 'APPRAISAL_VOTER_EXCLUDED'
    | 'APPRAISAL_MEMBER_UNKNOWN'
    | 'APPRAISAL_MEMBER_NOT_GRADED'
    | 'APPRAISAL_GRADE_INVALID'
    | 'APPRAISAL_DECISION_MISSING'
    | 'APPRAISAL_QUOTA_EXCEEDED'
    | 'APPRAISAL_QUOTA_INVALID'
  readonly severity: 'error' | 'warning' | 'info'
  readonly path: string
  readonly message: string
}

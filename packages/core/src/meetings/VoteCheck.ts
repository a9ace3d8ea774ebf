/** 表决结果核验: whether one motion was validly carried. */
export interface VoteCheck {
  readonly motion: string
  readonly kind: 'ordinary' | 'election'
  /** passed / failed on the count; noQuorum when too few were present for this kind of vote. */
  readonly status: 'passed' | 'failed' | 'noQuorum' | 'notApplicable' | 'invalidInput'
  readonly due: number
  readonly minimumPresent: number
  /** Votes in favour needed: more than half of those due, never of those present. */
  readonly minimumFor: number
  readonly explanation: string
}

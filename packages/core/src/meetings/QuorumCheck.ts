/** 到会人数核验: whether a meeting had enough of its voting members present. */
export interface QuorumCheck {
  /**
   * majorityOfDue: more than half of those due (支部党员大会, 民主评议党员);
   * majorityOfCommittee: more than half of committee members (支委会); none: no quorum rule.
   */
  readonly rule: 'majorityOfDue' | 'majorityOfCommittee' | 'none'
  readonly status: 'met' | 'notMet' | 'notApplicable' | 'invalidInput'
  /** Those due after exclusions (or the committee size). */
  readonly due: number
  readonly present: number
  readonly minimumPresent: number
  readonly explanation: string
}

import type { AppraisalIssue } from './AppraisalIssue'
import type { MemberTally } from './MemberTally'

/** 民主测评汇总. */
export interface AppraisalTally {
  /** Ballots counted (one per voter). */
  readonly ballotCount: number
  readonly members: readonly MemberTally[]
  readonly issues: readonly AppraisalIssue[]
}

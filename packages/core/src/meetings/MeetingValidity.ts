import type { MeetingIssue } from './MeetingIssue'
import type { QuorumCheck } from './QuorumCheck'
import type { VoteCheck } from './VoteCheck'

/** 会议有效性: quorum and vote validity of one set of minutes. */
export interface MeetingValidity {
  readonly quorum: QuorumCheck
  readonly votes: readonly VoteCheck[]
  readonly issues: readonly MeetingIssue[]
}

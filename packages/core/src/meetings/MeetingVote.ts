/** 表决情况: one motion put to the vote (赞成/反对/弃权). */
export interface MeetingVote {
  readonly motion: string
  /** Elections (选举) need four fifths of those due present; ordinary votes more than half. */
  readonly kind: 'ordinary' | 'election'
  readonly for: number
  readonly against: number
  readonly abstain: number
  /**
   * Members excluded from 应到会 for this vote only (long illness, abroad over half a year …);
   * when absent the meeting's `excludedFromDue` applies.
   */
  readonly excludedFromDue?: number
}

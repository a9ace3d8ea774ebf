/** 列席人员: attends without a vote, with post and reason. */
export interface NonVotingAttendee {
  readonly name: string
  readonly post: string
  readonly reason: string
}

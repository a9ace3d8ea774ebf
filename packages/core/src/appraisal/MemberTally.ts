import type { AppraisalGrade } from './AppraisalGrade'

/** 测评结果: one member's vote counts. No grade is derived from them ("不唯票数", [S182]). */
export interface MemberTally {
  readonly memberId: string
  readonly name: string
  readonly status: 'full' | 'probationary'
  /** false for probationary and excluded members: listed, not graded (不定等次). */
  readonly graded: boolean
  readonly counts: Readonly<Record<AppraisalGrade, number>>
  /** Ballots that left this member blank. */
  readonly blank: number
  /** 存在问题 notes, without voter ids and in a stable order so they cannot be traced to a voter. */
  readonly problems: readonly string[]
}

import type { CalendarDate } from './CalendarDate'
import type { MeetingType } from './MeetingType'
import type { MeetingVote } from './MeetingVote'

/** 会议记录 metadata: what compliance and validity need from a set of minutes. */
export interface MeetingRecord {
  readonly id?: string
  readonly type: MeetingType
  readonly date: CalendarDate
  /** 应到会有表决权的党员 (full members of the branch, before exclusions). */
  readonly dueVoting: number
  /** 实到会有表决权的党员; for a 支委会, the committee members present. */
  readonly presentVoting: number
  /** Members excluded from 应到会 with approval (不列入应到会人数). */
  readonly excludedFromDue?: number
  /** 支委会 size; the committee's quorum is counted against it. */
  readonly committeeSize?: number
  readonly votes?: readonly MeetingVote[]
  /** 党小组 id for a 党小组会: each group keeps its own monthly cadence ([S168]). */
  readonly groupId?: string
}

import type { MeetingPeriod } from './MeetingPeriod'
import type { MeetingType } from './MeetingType'

/** 按期完成情况: one meeting type in one period. */
export interface PeriodCompliance extends MeetingPeriod {
  readonly type: MeetingType
  /** The 党小组 this period is for, when group meetings are tracked per group. */
  readonly groupId?: string
  readonly required: number
  /** Meetings held in the period that count ([S167]). */
  readonly held: number
  /** done: enough held; missing: period over without enough; upcoming: period not over yet. */
  readonly status: 'done' | 'missing' | 'upcoming'
  /** Ids of the counted meetings, for links from the calendar. */
  readonly meetingIds: readonly string[]
}

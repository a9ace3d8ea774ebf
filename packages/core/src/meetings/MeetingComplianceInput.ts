import type { CalendarDate } from './CalendarDate'
import type { MeetingFrequencyProfile } from './MeetingFrequencyProfile'
import type { MeetingRecord } from './MeetingRecord'

/** 三会一课落实情况 query: meetings over a date range, judged on `today` (passed in; core never reads a clock). */
export interface MeetingComplianceInput {
  readonly meetings: readonly MeetingRecord[]
  readonly from: CalendarDate
  readonly to: CalendarDate
  readonly today: CalendarDate
  /** Defaults to `defaultMeetingFrequencyProfile`. */
  readonly profile?: MeetingFrequencyProfile
  /** The branch's 党小组 ids: when given, 党小组会 are tracked per group, each at the profile's cadence. */
  readonly groupIds?: readonly string[]
}

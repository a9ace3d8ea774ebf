import type { CalendarDate } from '../meetings/CalendarDate'
import type { MeetingType } from '../meetings/MeetingType'

/** 计划日历格: one schedule in one calendar period. */
export interface SchedulePeriod {
  readonly scheduleId: string
  readonly templateId: string
  /** set for minutes templates: the meeting type whose quorum rules decide what counts. */
  readonly meetingType?: MeetingType
  /** `2026-03`, `2026-Q1`, `2026-H1` or `2026`. */
  readonly key: string
  /** 2026年3月, 2026年第1季度, 2026年上半年, 2026年. */
  readonly label: string
  readonly start: CalendarDate
  readonly end: CalendarDate
  readonly required: number
  readonly held: number
  /** done: enough counted; missing: ended before today without enough; upcoming: not over yet ([S262]). */
  readonly status: 'done' | 'missing' | 'upcoming'
  /** today lies in this period (应办: still due now when not done). */
  readonly current: boolean
  /** the counted documents, in date order. */
  readonly documents: readonly { readonly id: string; readonly title: string; readonly date: CalendarDate }[]
}

import type { ScheduleIssue } from './ScheduleIssue'
import type { SchedulePeriod } from './SchedulePeriod'
import type { UncountedDocument } from './UncountedDocument'

/** 工作日历: every schedule's periods over a range, with the counts the scorecard's meeting component uses. */
export interface ScheduleCalendarResult {
  /** by schedule (input order), then period start. */
  readonly periods: readonly SchedulePeriod[]
  readonly done: number
  readonly missing: number
  readonly upcoming: number
  readonly issues: readonly ScheduleIssue[]
  /** minutes in the range (or undated) that a minutes schedule did not count, with the reason ([S268]). */
  readonly uncounted: readonly UncountedDocument[]
}

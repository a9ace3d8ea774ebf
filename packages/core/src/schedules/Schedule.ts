import type { CalendarDate } from '../meetings/CalendarDate'
import type { MeetingCadence } from '../meetings/MeetingCadence'

/**
 * 工作计划 (recurring template): a unit keeps a template's documents on a calendar cadence, e.g. 每月召开支委会,
 * 每季度召开党员大会, 每年开展民主评议 ([S260]).
 */
export interface Schedule {
  readonly id: string
  readonly unitId: string
  readonly templateId: string
  readonly frequency: MeetingCadence
  /** at least this many counted documents per period (whole number ≥ 1). */
  readonly minimumPerPeriod: number
  /** the first day the schedule applies; the period containing it is the first one tracked. */
  readonly startDate: CalendarDate
  /** the last day it applies (inclusive); absent = open-ended. */
  readonly endDate?: CalendarDate
}

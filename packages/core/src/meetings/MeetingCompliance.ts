import type { MeetingIssue } from './MeetingIssue'
import type { PeriodCompliance } from './PeriodCompliance'

/** 三会一课落实情况 over a date range. */
export interface MeetingCompliance {
  readonly periods: readonly PeriodCompliance[]
  readonly done: number
  readonly missing: number
  readonly upcoming: number
  readonly issues: readonly MeetingIssue[]
}

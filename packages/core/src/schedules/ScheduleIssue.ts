import type { MeetingIssue } from '../meetings/MeetingIssue'

/** A coded problem found while laying out the calendar: a bad range or schedule, or minutes that do not count. */
export interface ScheduleIssue {
  readonly code: MeetingIssue['code'] | 'SCHEDULE_INVALID'
  readonly path: string
  readonly message: string
}

import type { CalendarDate } from '../meetings/CalendarDate'
import type { MeetingType } from '../meetings/MeetingType'
import type { Schedule } from './Schedule'
import type { ScheduledDocument } from './ScheduledDocument'

/** What `scheduleCalendar` needs; `today` is passed in because core never reads a clock. */
export interface ScheduleCalendarInput {
  readonly schedules: readonly Schedule[]
  readonly documents: readonly ScheduledDocument[]
  readonly from: CalendarDate
  readonly to: CalendarDate
  readonly today: CalendarDate
  /** the meeting type of a minutes template; defaults to `meetingTypeOfTemplate` (built-in minutes templates). */
  readonly meetingTypeOf?: (templateId: string) => MeetingType | undefined
}

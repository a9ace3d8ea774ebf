import type { CalendarDate } from '../meetings/CalendarDate'
import type { MeetingRecord } from '../meetings/MeetingRecord'

/**
 * A document a schedule may count: for minutes, the meeting read from its header ([S169]); for other templates,
 * the calendar day the document was created in the branch's local calendar.
 */
export interface ScheduledDocument {
  readonly id: string
  readonly templateId: string
  readonly title: string
  readonly createdOn: CalendarDate
  /** the meeting the minutes record; absent when the header is incomplete (then the minutes do not count). */
  readonly meeting?: MeetingRecord
}

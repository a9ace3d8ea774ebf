import type { CalendarDate } from '../meetings/CalendarDate'

/**
 * [B5] The local calendar day of a clock reading, `YYYY-MM-DD`. Core never reads a clock; blocks pass
 * the web app's `now()` through this so deadline buckets use the branch's own calendar day.
 */
export function toCalendarDate(moment: Date): CalendarDate {
  const month = String(moment.getMonth() + 1).padStart(2, '0')
  const day = String(moment.getDate()).padStart(2, '0')
  return `${String(moment.getFullYear()).padStart(4, '0')}-${month}-${day}`
}

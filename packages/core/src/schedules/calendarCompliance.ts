import type { ScheduleCalendarResult } from './ScheduleCalendarResult'

/**
 * [S267] The calendar as the scorecard's meeting-compliance input: periods due so far are the done ones plus the
 * missing ones; upcoming periods that are not done yet are not due and count for nothing.
 */
export function calendarCompliance(calendar: Pick<ScheduleCalendarResult, 'done' | 'missing'>): {
  readonly done: number
  readonly due: number
} {
  return { done: calendar.done, due: calendar.done + calendar.missing }
}

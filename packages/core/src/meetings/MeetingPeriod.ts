import type { CalendarDate } from './CalendarDate'

/** A calendar period: `2026-03`, `2026-Q1`, `2026-H1` or `2026`, with its first and last day. */
export interface MeetingPeriod {
  readonly key: string
  readonly start: CalendarDate
  readonly end: CalendarDate
}

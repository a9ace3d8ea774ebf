/**
 * 日期: a calendar date `YYYY-MM-DD` with no time or zone. Deadlines and meeting dates are
 * days in the branch's local calendar, so core never converts them through a clock or time zone.
 */
export type CalendarDate = string

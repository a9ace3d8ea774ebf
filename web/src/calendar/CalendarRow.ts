import type { CalendarPeriod } from '../api/CalendarPeriod'

/** A run of months in one row of the calendar grid: a period of the schedule, or months it does not cover. */
export type CalendarSlot =
  | { kind: 'period'; period: CalendarPeriod; startMonth: number; span: number }
  | { kind: 'empty'; startMonth: number; span: number }

/** One schedule's row of the year grid: its slots cover months 1–12 exactly once, left to right. */
export interface CalendarRow {
  scheduleId: string
  templateId: string
  title: string
  slots: CalendarSlot[]
}

import type { CalendarPeriod } from '../api/CalendarPeriod'
import type { UnitSchedule } from '../api/UnitSchedule'
import type { CalendarRow, CalendarSlot } from './CalendarRow'
import { monthOf } from './monthOf'

function monthRange(period: CalendarPeriod, year: number): { first: number; last: number } | null {
  const start = monthOf(period.period.start)
  const end = monthOf(period.period.end)
  if (start === null || end === null || start.year > year || end.year < year) return null
  return { first: start.year < year ? 1 : start.month, last: end.year > year ? 12 : end.month }
}

/**
 * The year grid: one row per schedule (in the schedules' order, then any schedule only the calendar names), each
 * period placed over the months it covers (a quarter spans three columns), gaps filled with empty slots.
 */
export function buildCalendarRows(
  periods: CalendarPeriod[],
  schedules: UnitSchedule[],
  year: number,
  templateName: (templateId: string) => string,
): CalendarRow[] {
  const order = [
    ...new Set([...schedules.map((schedule) => schedule.id), ...periods.map((p) => p.scheduleId)]),
  ]
  return order.map((scheduleId) => {
    const own = periods
      .filter((period) => period.scheduleId === scheduleId)
      .map((period) => ({ period, range: monthRange(period, year) }))
      .filter((entry) => entry.range !== null)
      .sort((a, b) => (a.range?.first ?? 0) - (b.range?.first ?? 0))
    const schedule = schedules.find((candidate) => candidate.id === scheduleId)
    const templateId = schedule?.templateId ?? own[0]?.period.templateId ?? ''
    const slots: CalendarSlot[] = []
    let next = 1
    for (const { period, range } of own) {
      if (range === null || range.first < next) continue // overlaps the previous period: not drawable
      if (range.first > next) slots.push({ kind: 'empty', startMonth: next, span: range.first - next })
      slots.push({ kind: 'period', period, startMonth: range.first, span: range.last - range.first + 1 })
      next = range.last + 1
    }
    if (next <= 12) slots.push({ kind: 'empty', startMonth: next, span: 13 - next })
    return {
      scheduleId,
      templateId,
      title: own[0]?.period.title ?? templateName(templateId),
      slots,
    }
  })
}

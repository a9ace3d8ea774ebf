import type { CalendarDate } from '../meetings/CalendarDate'
import { dayNumberFromDate } from '../meetings/dayNumberFromDate'
import type { DeadlineBucket } from './DeadlineBucket'

/**
 * [S144] Bucket an item against `today` (passed in; core never reads a clock). Done items are
 * `closed` whatever their deadline. The deadline day itself still counts as in time (0 days
 * left → within10); the day after it is overdue. 1–10 days left → within10, 11–20 → within20.
 * An invalid `today` is a programming error and throws.
 */
export function classifyDeadline(
  item: { readonly deadline?: CalendarDate | undefined; readonly done: boolean },
  today: CalendarDate,
): DeadlineBucket {
  const todayNumber = dayNumberFromDate(today)
  if (todayNumber === undefined) throw new Error(`classifyDeadline: today is not a date: ${today}`)
  if (item.done) return 'closed'
  if (item.deadline === undefined || item.deadline === '') return 'noDeadline'
  const deadlineNumber = dayNumberFromDate(item.deadline)
  if (deadlineNumber === undefined) return 'invalidDeadline'
  const daysLeft = deadlineNumber - todayNumber
  if (daysLeft < 0) return 'overdue'
  if (daysLeft <= 10) return 'within10'
  if (daysLeft <= 20) return 'within20'
  return 'later'
}

import type { CalendarDate } from '../meetings/CalendarDate'
import { rectificationDeadlineBucket } from './rectificationDeadlineBucket'
import type { RectificationRow } from './RectificationRow'

/** [S144] Overdue: not done and `today` is after the deadline. */
export function isOverdue(row: Pick<RectificationRow, 'status' | 'deadline'>, today: CalendarDate): boolean {
  return rectificationDeadlineBucket(row, today) === 'overdue'
}

import type { CalendarDate } from '../meetings/CalendarDate'
import type { DeadlineBucket } from './DeadlineBucket'
import { classifyDeadline } from './classifyDeadline'
import { isRectificationDone } from './isRectificationDone'
import type { RectificationRow } from './RectificationRow'

/** [S144][S145] Deadline bucket of a 整改清单 row. */
export function rectificationDeadlineBucket(
  row: Pick<RectificationRow, 'status' | 'deadline'>,
  today: CalendarDate,
): DeadlineBucket {
  return classifyDeadline({ deadline: row.deadline, done: isRectificationDone(row.status) }, today)
}

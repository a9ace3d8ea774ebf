import type { CalendarDate } from '../meetings/CalendarDate'
import { dayNumberFromDate } from '../meetings/dayNumberFromDate'
import type { RectificationRow } from '../rectification/RectificationRow'
import type { DoneOfDue } from './ScorecardInputs'

/**
 * [S258] 整改按期销号率 over a range: an item is due when its deadline lies in [from, to] and has passed
 * (deadline < today) or the item is already closed; it is done when closed (销号) on or before its deadline.
 * 长期坚持 items (no deadline) and unreadable deadlines are never due.
 */
export function rectificationClosure(
  rows: readonly Pick<RectificationRow, 'status' | 'deadline' | 'closedOn'>[],
  range: { readonly from: CalendarDate; readonly to: CalendarDate },
  today: CalendarDate,
): DoneOfDue {
  let due = 0
  let done = 0
  for (const row of rows) {
    const deadline = row.deadline ?? ''
    if (dayNumberFromDate(deadline) === undefined || deadline < range.from || deadline > range.to) continue
    const closed = row.status === 'closed' && row.closedOn !== undefined
    if (!closed && deadline >= today) continue
    due += 1
    if (closed && (row.closedOn ?? '') <= deadline) done += 1
  }
  return { done, due }
}

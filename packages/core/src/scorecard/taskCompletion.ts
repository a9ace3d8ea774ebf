import type { CalendarDate } from '../meetings/CalendarDate'
import { dayNumberFromDate } from '../meetings/dayNumberFromDate'
import type { TaskRow } from '../rectification/TaskRow'
import type { DoneOfDue } from './ScorecardInputs'

/**
 * [S259] 任务完成率 over a range: a task is due when its deadline lies in [from, to] and has passed or the task is
 * done; done tasks count as done (the ledger keeps no completion date, so lateness cannot be judged).
 */
export function taskCompletion(
  rows: readonly Pick<TaskRow, 'done' | 'deadline'>[],
  range: { readonly from: CalendarDate; readonly to: CalendarDate },
  today: CalendarDate,
): DoneOfDue {
  let due = 0
  let done = 0
  for (const row of rows) {
    const deadline = row.deadline ?? ''
    if (dayNumberFromDate(deadline) === undefined || deadline < range.from || deadline > range.to) continue
    if (!row.done && deadline >= today) continue
    due += 1
    if (row.done) done += 1
  }
  return { done, due }
}

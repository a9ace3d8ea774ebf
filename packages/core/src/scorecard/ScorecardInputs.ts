import type { ScorecardForm } from './ScorecardForm'

/** A done-out-of-due count (会议按期召开 8/10, 按期销号 3/4). */
export interface DoneOfDue {
  readonly done: number
  readonly due: number
}

/** What a branch scorecard is computed from; an absent count means the branch has no such data. */
export interface ScorecardInputs {
  readonly forms: readonly ScorecardForm[]
  /** from `calendarCompliance(scheduleCalendar(…))`. */
  readonly meetings?: DoneOfDue
  /** from `rectificationClosure(rows, …)`. */
  readonly rectification?: DoneOfDue
  /** from `taskCompletion(rows, …)`. */
  readonly tasks?: DoneOfDue
}

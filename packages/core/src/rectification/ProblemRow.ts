import type { CalendarDate } from '../meetings/CalendarDate'
import type { ProblemSource } from './ProblemSource'

/** 问题清单 row: a problem found against the standard. */
export interface ProblemRow {
  readonly id: string
  readonly source: ProblemSource
  /** 问题类别, free text because each standard has its own categories. */
  readonly category: string
  readonly description: string
  /** 发现日期 */
  readonly foundOn: CalendarDate
  /** The 整改清单 row spawned from this problem, once there is one. */
  readonly rectificationId?: string
}

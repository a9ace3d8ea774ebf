import type { CalendarDate } from '../meetings/CalendarDate'

/** 任务清单 / 责任清单 row. */
export interface TaskRow {
  readonly id: string
  /** 任务 */
  readonly title: string
  /** 责任领导 */
  readonly leader: string
  /** 责任部门 */
  readonly department: string
  /** 责任人 (name as written) and, when picked from the unit, the member id. */
  readonly owner: string
  readonly ownerId?: string
  /** 时限 */
  readonly deadline?: CalendarDate
  /** 工作要求 */
  readonly requirements: string
  readonly done: boolean
}

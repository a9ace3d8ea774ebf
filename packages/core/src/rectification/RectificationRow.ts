import type { CalendarDate } from '../meetings/CalendarDate'
import type { MonthlyProgress } from './MonthlyProgress'
import type { ProblemSource } from './ProblemSource'
import type { RectificationKind } from './RectificationKind'
import type { RectificationStatus } from './RectificationStatus'

/** 整改清单 (整改台账) row. */
export interface RectificationRow {
  readonly id: string
  /** 序号 */
  readonly serial: number
  readonly source: ProblemSource
  readonly category: string
  readonly description: string
  /** 整改目标 */
  readonly goal: string
  /** 整改措施 */
  readonly measures: string
  readonly leader: string
  readonly department: string
  readonly owner: string
  readonly ownerId?: string
  /** 整改时限; absent for 长期坚持 items. */
  readonly deadline?: CalendarDate
  readonly kind: RectificationKind
  readonly progress: readonly MonthlyProgress[]
  /** 完成情况 */
  readonly completion: string
  /** 佐证材料: attachment ids stored through the API. */
  readonly evidence: readonly string[]
  /** 验收意见 */
  readonly acceptanceOpinion: string
  readonly status: RectificationStatus
  /** 销号日期, set when the item is closed. */
  readonly closedOn?: CalendarDate
  /** The 问题清单 row this item fixes. */
  readonly problemId?: string
}

import type { RectificationStatus } from '../rectification/RectificationStatus'

/** 整改状态 of one row as established by the review room's transition log. */
export interface RectificationState {
  readonly status: RectificationStatus
  readonly closedOn?: string
  /** The last reason given (退回理由), for display beside a reopened item. */
  readonly lastReason?: string
}

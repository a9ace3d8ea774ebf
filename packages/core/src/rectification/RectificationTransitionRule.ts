import type { Role } from '../roles/Role'
import type { RectificationStatus } from './RectificationStatus'

/** 整改流转规则: one allowed move and who may make it. */
export interface RectificationTransitionRule {
  readonly from: RectificationStatus
  readonly to: RectificationStatus
  /** Roles that may make the move (admin is always allowed, see [S141]). */
  readonly roles: readonly Role[]
  /** The editor may make it only on items that are their own ([S142]). */
  readonly ownItemOnly: boolean
  /** A non-empty reason is required (退回 must say why, [S143]). */
  readonly reasonRequired: boolean
}

import type { RectificationStatus } from '../rectification/RectificationStatus'
import type { RectificationTransitionRule } from '../rectification/RectificationTransitionRule'
import { rectificationTransitions } from '../rectification/rectificationTransitions'
import type { Role } from '../roles/Role'
import { canTransition } from '../roles/canTransition'

/**
 * [B7] The status moves a role may offer on a 整改清单 row, in workflow order. Ownership is decided by
 * the caller (`isOwnItem`), so an editor from another unit sees only what they could really do.
 */
export function allowedRectificationMoves(
  role: Role,
  from: RectificationStatus,
  isOwnItem: boolean,
): readonly RectificationTransitionRule[] {
  return rectificationTransitions.filter(
    (rule) =>
      rule.from === from &&
      canTransition(role, rule.from, rule.to) &&
      (role === 'admin' || !rule.ownItemOnly || isOwnItem),
  )
}

import { findRectificationTransition } from '../rectification/findRectificationTransition'
import type { RectificationStatus } from '../rectification/RectificationStatus'
import type { Role } from './Role'

/**
 * [S141] Capability check for UI and API guards: may this role ever make this rectification move?
 * Ownership and the reason are checked by `checkRectificationTransition` once the item is known.
 */
export function canTransition(role: Role, from: RectificationStatus, to: RectificationStatus): boolean {
  const rule = findRectificationTransition(from, to)
  if (rule === undefined) return false
  return role === 'admin' || rule.roles.includes(role)
}

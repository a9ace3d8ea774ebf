import type { RectificationStatus } from './RectificationStatus'
import type { RectificationTransitionRule } from './RectificationTransitionRule'
import { rectificationTransitions } from './rectificationTransitions'

/** The table row for a move, or undefined when the move is not in the workflow at all. */
export function findRectificationTransition(
  from: RectificationStatus,
  to: RectificationStatus,
): RectificationTransitionRule | undefined {
  return rectificationTransitions.find((rule) => rule.from === from && rule.to === to)
}

import { rectificationStatusLabels } from './rectificationStatusLabels'
import type { RectificationTransitionCheck } from './RectificationTransitionCheck'
import type { RectificationTransitionRequest } from './RectificationTransitionRequest'
import { findRectificationTransition } from './findRectificationTransition'

/**
 * [S140]–[S143] Decide whether a role may move an item. Admins may make every move in the table
 * regardless of role or ownership, but a reopen still needs a reason.
 */
export function checkRectificationTransition(
  request: RectificationTransitionRequest,
): RectificationTransitionCheck {
  const rule = findRectificationTransition(request.from, request.to)
  const move = `${rectificationStatusLabels[request.from]} → ${rectificationStatusLabels[request.to]}`
  if (rule === undefined) {
    return {
      ok: false,
      error: { code: 'RECTIFICATION_TRANSITION_UNKNOWN', message: `不允许的状态变更: ${move}` },
    }
  }
  const isAdmin = request.role === 'admin'
  if (!isAdmin && !rule.roles.includes(request.role)) {
    return {
      ok: false,
      error: { code: 'RECTIFICATION_ROLE_FORBIDDEN', message: `当前角色无权执行: ${move}` },
    }
  }
  if (!isAdmin && rule.ownItemOnly && !request.isOwnItem) {
    return {
      ok: false,
      error: { code: 'RECTIFICATION_NOT_OWN_ITEM', message: `只能处理本单位的整改事项: ${move}` },
    }
  }
  if (rule.reasonRequired && (request.reason ?? '').trim() === '') {
    return { ok: false, error: { code: 'RECTIFICATION_REASON_REQUIRED', message: `退回须说明理由: ${move}` } }
  }
  return { ok: true, value: rule }
}

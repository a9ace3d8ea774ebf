import type { CalendarDate } from '../meetings/CalendarDate'
import type { Role } from '../roles/Role'
import { checkRectificationTransition } from './checkRectificationTransition'
import type { RectificationRow } from './RectificationRow'
import type { RectificationStatus } from './RectificationStatus'
import type { RectificationTransitionErrorCode } from './RectificationTransitionErrorCode'
import type { RectificationTransitionRecord } from './RectificationTransitionRecord'

/**
 * [S147] Apply a checked transition to a row: closing stamps 销号 date `on`, reopening clears it
 * (the item is live again), and the returned record carries the reason for the audit trail.
 */
export function applyRectificationTransition(
  row: RectificationRow,
  request: {
    readonly role: Role
    readonly to: RectificationStatus
    readonly isOwnItem: boolean
    readonly reason?: string
    readonly on: CalendarDate
  },
):
  | {
      readonly ok: true
      readonly value: { readonly row: RectificationRow; readonly record: RectificationTransitionRecord }
    }
  | {
      readonly ok: false
      readonly error: { readonly code: RectificationTransitionErrorCode; readonly message: string }
    } {
  const check = checkRectificationTransition({
    role: request.role,
    from: row.status,
    to: request.to,
    isOwnItem: request.isOwnItem,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
  })
  if (!check.ok) return check
  const { closedOn: _previousClosedOn, ...rest } = row
  const next: RectificationRow =
    request.to === 'closed'
      ? { ...rest, status: 'closed', closedOn: request.on }
      : { ...rest, status: request.to }
  const record: RectificationTransitionRecord = {
    rowId: row.id,
    from: row.status,
    to: request.to,
    role: request.role,
    on: request.on,
    ...(request.reason === undefined ? {} : { reason: request.reason }),
  }
  return { ok: true, value: { row: next, record } }
}

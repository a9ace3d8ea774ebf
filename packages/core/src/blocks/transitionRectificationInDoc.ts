import type * as Y from 'yjs'
import type { CalendarDate } from '../meetings/CalendarDate'
import { applyRectificationTransition } from '../rectification/applyRectificationTransition'
import { parseRectificationRow } from '../rectification/parseRectificationRow'
import type { RectificationStatus } from '../rectification/RectificationStatus'
import type { RectificationTransitionRecord } from '../rectification/RectificationTransitionRecord'
import type { Role } from '../roles/Role'
import { readLedgerEntries } from '../ydoc/readLedgerEntries'
import { writeLedgerRow } from '../ydoc/writeLedgerRow'
import type { YDocIssue } from '../ydoc/YDocIssue'
import type { BlockResult } from './BlockResult'

/**
 * [B11] Move a 整改清单 row to another status in the content room, checked by core's transition rules
 * (role, own item, reason). Only roles that write the content room call this; the others ask the API,
 * which writes the review room. Closing stamps `closedOn`, any other move clears it.
 */
export function transitionRectificationInDoc(
  doc: Y.Doc,
  rowId: string,
  request: {
    readonly role: Role
    readonly to: RectificationStatus
    readonly isOwnItem: boolean
    readonly on: CalendarDate
    readonly reason?: string
  },
): BlockResult<RectificationTransitionRecord> {
  const entry = readLedgerEntries(doc, 'rectification').find((candidate) => candidate.id === rowId)
  if (entry === undefined)
    return { ok: false, error: { code: 'BLOCK_ROW_NOT_FOUND', message: '整改清单中没有该事项' } }
  const issues: YDocIssue[] = []
  const row = parseRectificationRow(entry.id, entry.fields, `ledger.${entry.id}`, issues)
  if (row === undefined) {
    return {
      ok: false,
      error: { code: 'BLOCK_ROW_INVALID', message: issues.map((issue) => issue.message).join('; ') },
    }
  }
  const applied = applyRectificationTransition(row, request)
  if (!applied.ok)
    return { ok: false, error: { code: 'BLOCK_TRANSITION_REFUSED', message: applied.error.message } }
  writeLedgerRow(doc, rowId, { status: applied.value.row.status, closedOn: applied.value.row.closedOn })
  return { ok: true, value: applied.value.record }
}

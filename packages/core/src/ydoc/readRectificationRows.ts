import type * as Y from 'yjs'
import { parseRectificationRow } from '../rectification/parseRectificationRow'
import type { RectificationRow } from '../rectification/RectificationRow'
import { readLedgerEntries } from './readLedgerEntries'
import type { RectificationState } from './RectificationState'
import { readRectificationStates } from './readRectificationStates'
import type { YDocIssue } from './YDocIssue'

/**
 * [S205][S209] The 整改清单 rows, typed; rows that cannot be typed are reported, never silently
 * dropped. With the review doc, each row's status and 销号 date come from the server-written
 * transition log (a row with no record is `open`), never from the content room, which editors can
 * write directly.
 */
export function readRectificationRows(
  doc: Y.Doc,
  reviewDoc: Y.Doc | null = null,
): {
  readonly rows: readonly RectificationRow[]
  readonly issues: readonly YDocIssue[]
} {
  const issues: YDocIssue[] = []
  const rows: RectificationRow[] = []
  const log = reviewDoc === null ? null : readRectificationStates(reviewDoc)
  if (log !== null) issues.push(...log.issues)
  for (const entry of readLedgerEntries(doc, 'rectification')) {
    const row = parseRectificationRow(entry.id, entry.fields, `ledger.${entry.id}`, issues)
    if (row === undefined) continue
    if (log === null) {
      rows.push(row)
      continue
    }
    const { closedOn: _contentClosedOn, ...rest } = row
    const state: RectificationState = log.states.get(row.id) ?? { status: 'open' }
    rows.push({
      ...rest,
      status: state.status,
      ...(state.closedOn === undefined ? {} : { closedOn: state.closedOn }),
    })
  }
  return { rows, issues }
}

import type * as Y from 'yjs'
import type { CalendarDate } from '../meetings/CalendarDate'
import { parseProblemRow } from '../rectification/parseProblemRow'
import type { RectificationKind } from '../rectification/RectificationKind'
import type { RectificationRow } from '../rectification/RectificationRow'
import { spawnRectificationFromProblem } from '../rectification/spawnRectificationFromProblem'
import { insertLedgerRow } from '../ydoc/insertLedgerRow'
import { readLedgerEntries } from '../ydoc/readLedgerEntries'
import { writeLedgerRow } from '../ydoc/writeLedgerRow'
import type { YDocIssue } from '../ydoc/YDocIssue'
import type { BlockResult } from './BlockResult'
import { newLedgerRowFields } from './newLedgerRowFields'

/**
 * [B10] Turn a 问题清单 row into a linked 整改清单 row (core's `spawnRectificationFromProblem`) and write
 * both in one transaction: the new row carries `problemId`, the problem gets `rectificationId`. The new
 * row is numbered after the last 整改 row.
 */
export function spawnRectificationInDoc(
  doc: Y.Doc,
  problemId: string,
  input: {
    readonly rowId: string
    readonly kind?: RectificationKind
    readonly deadline?: CalendarDate
    readonly today: CalendarDate
  },
): BlockResult<RectificationRow> {
  const entry = readLedgerEntries(doc, 'problems').find((candidate) => candidate.id === problemId)
  if (entry === undefined)
    return { ok: false, error: { code: 'BLOCK_ROW_NOT_FOUND', message: '问题清单中没有该问题' } }
  const issues: YDocIssue[] = []
  const problem = parseProblemRow(entry.id, entry.fields, `ledger.${entry.id}`, issues)
  if (problem === undefined) {
    return {
      ok: false,
      error: { code: 'BLOCK_ROW_INVALID', message: issues.map((issue) => issue.message).join('; ') },
    }
  }
  const fresh = newLedgerRowFields('rectification', readLedgerEntries(doc, 'rectification'), input.today)
  const spawned = spawnRectificationFromProblem(problem, {
    id: input.rowId,
    serial: fresh['serial'] as number,
    kind: input.kind ?? 'deadline',
    ...(input.deadline === undefined ? {} : { deadline: input.deadline }),
  })
  if (!spawned.ok)
    return { ok: false, error: { code: 'BLOCK_ALREADY_SPAWNED', message: spawned.error.message } }
  const { id: _id, ...fields } = spawned.value.rectification
  doc.transact(() => {
    insertLedgerRow(doc, 'rectification', input.rowId, fields)
    writeLedgerRow(doc, problemId, { rectificationId: input.rowId })
  })
  return { ok: true, value: spawned.value.rectification }
}

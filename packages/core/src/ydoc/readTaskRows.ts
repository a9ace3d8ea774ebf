import type * as Y from 'yjs'
import { parseTaskRow } from '../rectification/parseTaskRow'
import type { TaskRow } from '../rectification/TaskRow'
import { readLedgerEntries } from './readLedgerEntries'
import type { YDocIssue } from './YDocIssue'

/** [S205] The 任务清单 rows, typed; rows that cannot be typed are reported, never silently dropped. */
export function readTaskRows(doc: Y.Doc): {
  readonly rows: readonly TaskRow[]
  readonly issues: readonly YDocIssue[]
} {
  const issues: YDocIssue[] = []
  const rows: TaskRow[] = []
  for (const entry of readLedgerEntries(doc, 'tasks')) {
    const row = parseTaskRow(entry.id, entry.fields, `ledger.${entry.id}`, issues)
    if (row !== undefined) rows.push(row)
  }
  return { rows, issues }
}

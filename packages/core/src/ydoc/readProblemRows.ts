import type * as Y from 'yjs'
import { parseProblemRow } from '../rectification/parseProblemRow'
import type { ProblemRow } from '../rectification/ProblemRow'
import { readLedgerEntries } from './readLedgerEntries'
import type { YDocIssue } from './YDocIssue'

/** [S205] The 问题清单 rows, typed; rows that cannot be typed are reported, never silently dropped. */
export function readProblemRows(doc: Y.Doc): {
  readonly rows: readonly ProblemRow[]
  readonly issues: readonly YDocIssue[]
} {
  const issues: YDocIssue[] = []
  const rows: ProblemRow[] = []
  for (const entry of readLedgerEntries(doc, 'problems')) {
    const row = parseProblemRow(entry.id, entry.fields, `ledger.${entry.id}`, issues)
    if (row !== undefined) rows.push(row)
  }
  return { rows, issues }
}

import {
  classifyDeadline,
  parseProblemRow,
  parseRectificationRow,
  parseTaskRow,
  rectificationDeadlineBucket,
} from '@zhibu/core'
import type { DeadlineBucket, LedgerRowEntry, RectificationRow, YDocIssue } from '@zhibu/core'

/** What a ledger row needs beyond its raw cells: its deadline bucket, status and link, or why it is invalid. */
export interface RowState {
  readonly bucket: DeadlineBucket | null
  readonly rectification: RectificationRow | null
  readonly rectificationId: string | null
  readonly issues: readonly YDocIssue[]
}

/**
 * Types a raw row with core's readers (the same the server uses) and buckets its deadline against
 * `today`. A row that cannot be typed is still shown, with its issues, rather than hidden.
 */
export function rowState(entry: LedgerRowEntry, today: string): RowState {
  const issues: YDocIssue[] = []
  const path = `ledger.${entry.id}`
  switch (entry.kind) {
    case 'tasks': {
      const row = parseTaskRow(entry.id, entry.fields, path, issues)
      const bucket =
        row === undefined ? null : classifyDeadline({ deadline: row.deadline, done: row.done }, today)
      return { bucket, rectification: null, rectificationId: null, issues }
    }
    case 'problems': {
      const row = parseProblemRow(entry.id, entry.fields, path, issues)
      return { bucket: null, rectification: null, rectificationId: row?.rectificationId ?? null, issues }
    }
    case 'rectification': {
      const row = parseRectificationRow(entry.id, entry.fields, path, issues)
      const bucket = row === undefined ? null : rectificationDeadlineBucket(row, today)
      return { bucket, rectification: row ?? null, rectificationId: null, issues }
    }
  }
}

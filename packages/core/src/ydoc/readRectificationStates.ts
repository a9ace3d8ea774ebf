import type * as Y from 'yjs'
import { findRectificationTransition } from '../rectification/findRectificationTransition'
import type { RectificationStatus } from '../rectification/RectificationStatus'
import { rectificationStatuses } from '../rectification/rectificationStatuses'
import type { RectificationState } from './RectificationState'
import type { YDocIssue } from './YDocIssue'

interface LogEntry {
  readonly key: string
  readonly rowId: string
  readonly index: number
  readonly from: RectificationStatus
  readonly to: RectificationStatus
  readonly on: string
  readonly reason?: string
}

const isStatus = (value: unknown): value is RectificationStatus =>
  typeof value === 'string' && (rectificationStatuses as readonly string[]).includes(value)

function toEntry(key: string, value: unknown): LogEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { rowId, index, from, to, on, reason } = value as Record<string, unknown>
  if (
    typeof rowId !== 'string' ||
    typeof index !== 'number' ||
    !isStatus(from) ||
    !isStatus(to) ||
    typeof on !== 'string'
  ) {
    return undefined
  }
  return { key, rowId, index, from, to, on, ...(typeof reason === 'string' ? { reason } : {}) }
}

/**
 * [S209] Each row's status from the review room's transition log: every row starts `open` and
 * the records are replayed in index order. A record whose `from` is not the current status, or
 * whose move is not in the workflow table, is reported and skipped, so a corrupt log can never
 * close an item that was not submitted.
 */
export function readRectificationStates(reviewDoc: Y.Doc): {
  readonly states: ReadonlyMap<string, RectificationState>
  readonly issues: readonly YDocIssue[]
} {
  const issues: YDocIssue[] = []
  const entries: LogEntry[] = []
  for (const [key, value] of reviewDoc.getMap<unknown>('transitions').entries()) {
    const entry = toEntry(key, value)
    if (entry === undefined)
      issues.push({ code: 'YDOC_ROW_INVALID', path: `transitions.${key}`, message: '流转记录无效' })
    else entries.push(entry)
  }
  entries.sort((left, right) =>
    left.rowId < right.rowId ? -1 : left.rowId > right.rowId ? 1 : left.index - right.index,
  )
  const states = new Map<string, RectificationState>()
  for (const entry of entries) {
    const current = states.get(entry.rowId) ?? { status: 'open' }
    if (entry.from !== current.status || findRectificationTransition(entry.from, entry.to) === undefined) {
      issues.push({
        code: 'YDOC_ROW_INVALID',
        path: `transitions.${entry.key}`,
        message: `流转记录与当前状态不符: ${entry.from} → ${entry.to}`,
      })
      continue
    }
    states.set(entry.rowId, {
      status: entry.to,
      ...(entry.to === 'closed' ? { closedOn: entry.on } : {}),
      ...(entry.reason === undefined ? {} : { lastReason: entry.reason }),
    })
  }
  return { states, issues }
}

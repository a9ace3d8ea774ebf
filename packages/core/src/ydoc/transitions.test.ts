import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyRectificationTransition } from '../rectification/applyRectificationTransition'
import type { RectificationStatus } from '../rectification/RectificationStatus'
import type { Role } from '../roles/Role'
import { insertLedgerRow } from './insertLedgerRow'
import { readRectificationRows } from './readRectificationRows'
import { readRectificationStates } from './readRectificationStates'
import { writeLedgerRow } from './writeLedgerRow'
import { writeRectificationTransition } from './writeRectificationTransition'

const fields = { serial: 1, source: 'supervision', kind: 'deadline', status: 'open', deadline: '2026-05-01' }

// What the server does for an API call: current row from both rooms, check, then log the move.
function serverTransition(
  content: Y.Doc,
  review: Y.Doc,
  role: Role,
  to: RectificationStatus,
  on: string,
  reason?: string,
) {
  const row = readRectificationRows(content, review).rows.find((candidate) => candidate.id === 'r1')!
  const result = applyRectificationTransition(row, {
    role,
    to,
    isOwnItem: true,
    on,
    ...(reason === undefined ? {} : { reason }),
  })
  if (result.ok) writeRectificationTransition(review, result.value.record)
  return result.ok ? 'ok' : result.error.code
}

describe('rectification status through the review room', () => {
  it('[S209] replays the server-written log into each row’s status and 销号 date', () => {
    const content = new Y.Doc()
    const review = new Y.Doc()
    insertLedgerRow(content, 'rectification', 'r1', fields)
    expect(serverTransition(content, review, 'editor', 'in_progress', '2026-03-01')).toBe('ok')
    expect(serverTransition(content, review, 'editor', 'submitted', '2026-03-20')).toBe('ok')
    expect(serverTransition(content, review, 'supervisor', 'reopened', '2026-03-25', '佐证不足')).toBe('ok')
    expect(serverTransition(content, review, 'editor', 'submitted', '2026-04-02')).toBe('ok')
    expect(serverTransition(content, review, 'supervisor', 'closed', '2026-04-10')).toBe('ok')
    expect(readRectificationRows(content, review).rows[0]).toMatchObject({
      status: 'closed',
      closedOn: '2026-04-10',
    })
    expect([...review.getMap('transitions').keys()].sort()).toEqual([
      'r1#000000',
      'r1#000001',
      'r1#000002',
      'r1#000003',
      'r1#000004',
    ])
  })

  it('[S209] ignores a status an editor writes straight into the content room', () => {
    const content = new Y.Doc()
    const review = new Y.Doc()
    insertLedgerRow(content, 'rectification', 'r1', fields)
    writeLedgerRow(content, 'r1', { status: 'closed', closedOn: '2026-03-01' })
    const row = readRectificationRows(content, review).rows[0]
    expect(row?.status).toBe('open')
    expect(row && 'closedOn' in row).toBe(false)
    expect(serverTransition(content, review, 'supervisor', 'closed', '2026-03-02')).toBe(
      'RECTIFICATION_TRANSITION_UNKNOWN',
    )
  })

  it('[S209] skips and reports log records that do not follow from the current status', () => {
    const review = new Y.Doc()
    review.getMap('transitions').set('r1#000000', {
      rowId: 'r1',
      index: 0,
      from: 'submitted',
      to: 'closed',
      role: 'admin',
      on: '2026-01-01',
    })
    review.getMap('transitions').set('r1#000001', 'junk')
    const { states, issues } = readRectificationStates(review)
    expect(states.get('r1')).toBeUndefined()
    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'transitions.r1#000000',
      'transitions.r1#000001',
    ])
  })
})

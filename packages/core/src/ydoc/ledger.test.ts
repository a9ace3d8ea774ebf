import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deleteLedgerRow } from './deleteLedgerRow'
import { insertLedgerRow } from './insertLedgerRow'
import { readLedgerEntries } from './readLedgerEntries'
import { readProblemRows } from './readProblemRows'
import { readRectificationRows } from './readRectificationRows'
import { readTaskRows } from './readTaskRows'
import { writeLedgerRow } from './writeLedgerRow'

const sync = (left: Y.Doc, right: Y.Doc): void => {
  Y.applyUpdate(right, Y.encodeStateAsUpdate(left, Y.encodeStateVector(right)))
  Y.applyUpdate(left, Y.encodeStateAsUpdate(right, Y.encodeStateVector(left)))
}

const rectificationFields = {
  serial: 1,
  source: 'inspectionTour',
  kind: 'deadline',
  status: 'open',
  description: '记录不全',
  deadline: '2026-05-01',
}

describe('ledger rows in the Y.Doc', () => {
  it('[S204] keeps rows in inserted order and separates ledger kinds', () => {
    const doc = new Y.Doc()
    insertLedgerRow(doc, 'tasks', 't2', { title: '二' })
    insertLedgerRow(doc, 'tasks', 't1', { title: '一' }, null)
    insertLedgerRow(doc, 'tasks', 't3', { title: '三' }, 't2')
    insertLedgerRow(doc, 'tasks', 't15', { title: '一点五' }, 't1')
    insertLedgerRow(doc, 'problems', 'p1', { source: 'selfCheck', foundOn: '2026-01-01' })
    expect(readLedgerEntries(doc, 'tasks').map((entry) => entry.id)).toEqual(['t1', 't15', 't2', 't3'])
    expect(readLedgerEntries(doc, 'problems').map((entry) => entry.id)).toEqual(['p1'])
  })

  it('[S204] gives every replica the same order after concurrent inserts at one spot', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    insertLedgerRow(alice, 'tasks', 'first', {})
    sync(alice, bob)
    insertLedgerRow(alice, 'tasks', 'from-alice', {})
    insertLedgerRow(bob, 'tasks', 'from-bob', {})
    sync(alice, bob)
    const order = readLedgerEntries(alice, 'tasks').map((entry) => entry.id)
    expect(order).toEqual(['first', 'from-alice', 'from-bob'])
    expect(readLedgerEntries(bob, 'tasks').map((entry) => entry.id)).toEqual(order)
  })

  it('[S204] merges concurrent edits to different cells of one row', () => {
    const alice = new Y.Doc()
    const bob = new Y.Doc()
    insertLedgerRow(alice, 'rectification', 'r1', rectificationFields)
    sync(alice, bob)
    writeLedgerRow(alice, 'r1', { goal: '补齐记录' })
    writeLedgerRow(bob, 'r1', { owner: '李委员', ledgerKind: 'tasks' })
    sync(alice, bob)
    expect(readRectificationRows(bob).rows[0]).toMatchObject({ goal: '补齐记录', owner: '李委员' })
    expect(writeLedgerRow(alice, 'missing', { goal: 'x' })).toBe(false)
    deleteLedgerRow(alice, 'r1')
    expect(readRectificationRows(alice).rows).toEqual([])
  })

  it('[S205] types rectification, problem and task rows with defaults for unfilled text', () => {
    const doc = new Y.Doc()
    insertLedgerRow(doc, 'rectification', 'r1', {
      ...rectificationFields,
      evidence: ['photo-1'],
      progress: [{ month: '2026-03', text: '已整改一半' }],
    })
    insertLedgerRow(doc, 'problems', 'p1', {
      source: 'supervision',
      category: '制度',
      description: 'd',
      foundOn: '2026-02-01',
      rectificationId: 'r1',
    })
    insertLedgerRow(doc, 'tasks', 't1', { title: '落实决议', deadline: '2026-04-01', done: true })
    expect(readRectificationRows(doc)).toEqual({
      rows: [
        {
          id: 'r1',
          serial: 1,
          source: 'inspectionTour',
          category: '',
          description: '记录不全',
          goal: '',
          measures: '',
          leader: '',
          department: '',
          owner: '',
          deadline: '2026-05-01',
          kind: 'deadline',
          progress: [{ month: '2026-03', text: '已整改一半' }],
          completion: '',
          evidence: ['photo-1'],
          acceptanceOpinion: '',
          status: 'open',
        },
      ],
      issues: [],
    })
    expect(readProblemRows(doc).rows[0]).toEqual({
      id: 'p1',
      source: 'supervision',
      category: '制度',
      description: 'd',
      foundOn: '2026-02-01',
      rectificationId: 'r1',
    })
    expect(readTaskRows(doc).rows[0]).toEqual({
      id: 't1',
      title: '落实决议',
      leader: '',
      department: '',
      owner: '',
      requirements: '',
      done: true,
      deadline: '2026-04-01',
    })
  })

  it('[S205] reports rows it cannot type instead of dropping them silently', () => {
    const doc = new Y.Doc()
    insertLedgerRow(doc, 'rectification', 'r1', {
      ...rectificationFields,
      status: 'finished',
      deadline: '2026-02-30',
    })
    insertLedgerRow(doc, 'problems', 'p1', { source: 'selfCheck' })
    insertLedgerRow(doc, 'tasks', 't1', { title: 5 })
    expect(readRectificationRows(doc).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['YDOC_FIELD_INVALID', 'ledger.r1.status'],
      ['YDOC_FIELD_INVALID', 'ledger.r1.deadline'],
    ])
    expect(readProblemRows(doc).issues.map((issue) => issue.path)).toEqual(['ledger.p1.foundOn'])
    expect(readTaskRows(doc)).toMatchObject({ rows: [], issues: [{ path: 'ledger.t1.title' }] })
  })
})

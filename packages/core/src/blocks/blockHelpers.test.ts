import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { evaluate } from '../engine/evaluate'
import { miniScheme } from '../scheme/miniScheme'
import { validateScheme } from '../scheme/validateScheme'
import { readProblemRows } from '../ydoc/readProblemRows'
import { readRectificationRows } from '../ydoc/readRectificationRows'
import { addLedgerRow } from './addLedgerRow'
import { allowedRectificationMoves } from './allowedRectificationMoves'
import { describeDeductionRule } from './describeDeductionRule'
import { findChecklistSection } from './findChecklistSection'
import { listMissingItems } from './listMissingItems'
import { meetingValidityOf } from './meetingValidityOf'
import { spawnRectificationInDoc } from './spawnRectificationInDoc'
import { toCalendarDate } from './toCalendarDate'
import { transitionRectificationInDoc } from './transitionRectificationInDoc'

const checked = validateScheme(
  miniScheme([
    {
      id: 'a',
      kind: 'deduction',
      title: 'a',
      fullPoints: 2,
      rules: [{ id: 'r', label: 'r', mode: 'once', points: 1 }],
    },
    {
      id: 'b',
      kind: 'deduction',
      title: 'b',
      fullPoints: 2,
      rules: [{ id: 'r', label: 'r', mode: 'once', points: 1 }],
    },
  ]),
)
if (!checked.ok) throw new Error('fixture')
const scheme = checked.value

describe('block helpers', () => {
  it('[B2] finds a module or one of its groups, and reports an unknown id with a code', () => {
    expect(findChecklistSection(scheme, 'm').ok).toBe(true)
    const group = findChecklistSection(scheme, 'm', 'g')
    expect(group.ok && group.value.groups.map((entry) => entry.id)).toEqual(['g'])
    const missing = findChecklistSection(scheme, 'm', 'nope')
    expect(!missing.ok && missing.error.code).toBe('BLOCK_GROUP_NOT_FOUND')
    const module = findChecklistSection(scheme, 'zz')
    expect(!module.ok && module.error.code).toBe('BLOCK_MODULE_NOT_FOUND')
  })

  it('[B3] lists unanswered scored items in scheme order', () => {
    const result = evaluate(scheme, { self: { a: {} } })
    if (!result.ok) throw new Error('evaluate')
    expect(listMissingItems(result.value.final).map((item) => item.id)).toEqual(['b'])
  })

  it('[B4] words rule amounts the way handbooks do', () => {
    expect(describeDeductionRule({ id: 'x', label: 'x', mode: 'perOccurrence', points: 0.1, cap: 1 })).toBe(
      '每次扣0.1分, 最多扣1分',
    )
    expect(describeDeductionRule({ id: 'x', label: 'x', mode: 'once', points: 2, bonus: true })).toBe('加2分')
    expect(describeDeductionRule({ id: 'x', label: 'x', mode: 'range', min: 1, max: 3 })).toBe('酌情扣1-3分')
  })

  it('[B5] gives the local calendar day of a clock reading', () => {
    expect(toCalendarDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05')
  })

  it('[B6] checks quorum as soon as type and counts are known, and lists what is missing before', () => {
    expect(meetingValidityOf({ type: 'branchAssembly', dueVoting: 10 })).toEqual({
      ok: false,
      missing: ['实到人数'],
    })
    const result = meetingValidityOf({ type: 'branchAssembly', dueVoting: 10, presentVoting: 5 })
    expect(result.ok && result.value.quorum.status).toBe('notMet')
    const met = meetingValidityOf({ type: 'branchAssembly', dueVoting: 10, presentVoting: 6 })
    expect(met.ok && met.value.quorum.status).toBe('met')
  })

  it('[B7] offers an editor the forward moves of own items and a supervisor only acceptance moves', () => {
    expect(allowedRectificationMoves('editor', 'open', true).map((rule) => rule.to)).toEqual([
      'in_progress',
      'submitted',
    ])
    expect(allowedRectificationMoves('editor', 'open', false)).toEqual([])
    expect(allowedRectificationMoves('supervisor', 'submitted', false).map((rule) => rule.to)).toEqual([
      'verified',
      'closed',
      'reopened',
    ])
    expect(allowedRectificationMoves('member', 'submitted', true)).toEqual([])
  })

  it('[B9][B10] adds a problem that spawns one linked, numbered rectification row', () => {
    const doc = new Y.Doc()
    addLedgerRow(doc, 'rectification', 'r0', '2026-03-01')
    addLedgerRow(doc, 'problems', 'p1', '2026-03-01', { description: '三会一课记录不全' })
    const spawned = spawnRectificationInDoc(doc, 'p1', {
      rowId: 'r1',
      today: '2026-03-01',
      deadline: '2026-04-01',
    })
    expect(spawned.ok).toBe(true)
    const rows = readRectificationRows(doc)
    expect(rows.issues).toEqual([])
    expect(rows.rows.find((row) => row.id === 'r1')).toMatchObject({
      serial: 2,
      problemId: 'p1',
      description: '三会一课记录不全',
      status: 'open',
    })
    expect(readProblemRows(doc).rows[0]?.rectificationId).toBe('r1')
    const again = spawnRectificationInDoc(doc, 'p1', { rowId: 'r2', today: '2026-03-01' })
    expect(!again.ok && again.error.code).toBe('BLOCK_ALREADY_SPAWNED')
  })

  it('[B11] moves a rectification row by the core rules and stamps the close date', () => {
    const doc = new Y.Doc()
    addLedgerRow(doc, 'rectification', 'r1', '2026-03-01')
    const refused = transitionRectificationInDoc(doc, 'r1', {
      role: 'editor',
      to: 'closed',
      isOwnItem: true,
      on: '2026-03-02',
    })
    expect(!refused.ok && refused.error.code).toBe('BLOCK_TRANSITION_REFUSED')
    expect(
      transitionRectificationInDoc(doc, 'r1', {
        role: 'editor',
        to: 'submitted',
        isOwnItem: true,
        on: '2026-03-02',
      }).ok,
    ).toBe(true)
    expect(
      transitionRectificationInDoc(doc, 'r1', {
        role: 'supervisor',
        to: 'closed',
        isOwnItem: false,
        on: '2026-03-09',
      }).ok,
    ).toBe(true)
    expect(readRectificationRows(doc).rows[0]).toMatchObject({ status: 'closed', closedOn: '2026-03-09' })
  })
})

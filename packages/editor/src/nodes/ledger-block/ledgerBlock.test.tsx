import {
  addLedgerRow,
  readProblemRows,
  readRectificationRows,
  readTaskRows,
  writeLedgerRow,
} from '@zhibu/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { TransitionRequest } from '../shared/LivingTemplateContext'
import {
  click,
  destroyTestEditors,
  enabledControls,
  mountTestEditor,
  settle,
  syncedDocs,
  typeInto,
} from '../shared/mountTestEditor'

const now = (): Date => new Date(2026, 2, 1, 9, 0)
const block = (ledgerKind: string) => ({ type: 'ledgerBlock', attrs: { ledgerKind } })
const row = (dom: HTMLElement, id: string): HTMLElement | null => dom.querySelector(`[data-row-id="${id}"]`)
const moves = (element: HTMLElement | null): string[] =>
  [...(element?.querySelectorAll('[data-move]') ?? [])].map(
    (button) => button.getAttribute('data-move') ?? '',
  )

afterEach(destroyTestEditors)

describe('ledgerBlock', () => {
  it('round-trips its ledger kind through data-* HTML, reading an unknown kind as tasks', async () => {
    const { editor } = await mountTestEditor(new Y.Doc(), { content: [block('rectification')] })
    expect(editor.getHTML()).toContain('data-ledger-kind="rectification"')
    const { editor: copy } = await mountTestEditor(new Y.Doc(), { content: editor.getHTML() })
    expect(copy.getJSON().content?.[0]).toEqual(block('rectification'))
    const { editor: odd } = await mountTestEditor(new Y.Doc(), {
      content: '<div data-type="ledger-block" data-ledger-kind="x"></div>',
    })
    expect(odd.getJSON().content?.[0]).toEqual(block('tasks'))
  })

  it('adds typed task rows whose owner is linked when picked from the unit members', async () => {
    const ydoc = new Y.Doc()
    const { dom } = await mountTestEditor(ydoc, {
      content: [block('tasks')],
      context: { now, getMembers: () => [{ id: 'u-li', name: '李娜' }] },
    })
    await click(dom.querySelector('[data-action="add-row"]'))
    await typeInto(dom.querySelector('[data-field="title"]'), '整理党费台账')
    await typeInto(dom.querySelector('[data-field="owner"]'), '李娜')
    await typeInto(dom.querySelector('[data-field="deadline"]'), '2026-03-05')
    const { rows, issues } = readTaskRows(ydoc)
    expect(issues).toEqual([])
    expect(rows).toMatchObject([
      { title: '整理党费台账', owner: '李娜', ownerId: 'u-li', deadline: '2026-03-05', done: false },
    ])
    expect(dom.querySelector('tbody tr')?.getAttribute('data-bucket')).toBe('within10')
    await typeInto(dom.querySelector('[data-field="owner"]'), '王强')
    expect(readTaskRows(ydoc).rows[0]?.ownerId).toBeUndefined()
  })

  it('colours rows by deadline bucket against the supplied clock', async () => {
    const ydoc = new Y.Doc()
    addLedgerRow(ydoc, 'rectification', 'late', '2026-01-01', { deadline: '2026-02-20' })
    addLedgerRow(ydoc, 'rectification', 'soon', '2026-01-01', { deadline: '2026-03-15' })
    addLedgerRow(ydoc, 'rectification', 'far', '2026-01-01', { deadline: '2026-06-01' })
    addLedgerRow(ydoc, 'rectification', 'done', '2026-01-01', { deadline: '2026-02-01', status: 'closed' })
    const { dom } = await mountTestEditor(ydoc, { content: [block('rectification')], context: { now } })
    const buckets = ['late', 'soon', 'far', 'done'].map((id) => row(dom, id)?.getAttribute('data-bucket'))
    expect(buckets).toEqual(['overdue', 'within20', 'later', 'closed'])
    expect(row(dom, 'late')?.className).toBe('zhibu-ledger__row--overdue')
  })

  it('spawns a linked rectification row from a problem row', async () => {
    const ydoc = new Y.Doc()
    addLedgerRow(ydoc, 'problems', 'p1', '2026-02-01', {
      description: '组织生活会记录不全',
      source: 'supervision',
    })
    const { dom } = await mountTestEditor(ydoc, {
      content: [block('problems'), block('rectification')],
      context: { now },
    })
    await click(row(dom, 'p1')?.querySelector('[data-action="spawn-rectification"]') ?? null)
    const rectification = readRectificationRows(ydoc).rows
    expect(rectification).toMatchObject([
      {
        problemId: 'p1',
        description: '组织生活会记录不全',
        source: 'supervision',
        status: 'open',
        serial: 1,
      },
    ])
    expect(readProblemRows(ydoc).rows[0]?.rectificationId).toBe(rectification[0]?.id)
    expect(row(dom, 'p1')?.textContent).toContain('已生成整改事项')
    expect(dom.querySelectorAll('[data-ledger-kind="rectification"] tbody tr').length).toBe(1)
  })

  it('offers an editor the forward moves and applies them by the core rules', async () => {
    const ydoc = new Y.Doc()
    addLedgerRow(ydoc, 'rectification', 'r1', '2026-02-01')
    const { dom } = await mountTestEditor(ydoc, {
      content: [block('rectification')],
      context: { now, role: 'editor' },
    })
    expect(moves(row(dom, 'r1'))).toEqual(['in_progress', 'submitted'])
    await click(row(dom, 'r1')?.querySelector('[data-move="submitted"]') ?? null)
    expect(readRectificationRows(ydoc).rows[0]?.status).toBe('submitted')
    expect(moves(row(dom, 'r1'))).toEqual([])
  })

  it('shows a supervisor only acceptance moves, sent as requests, with every field read-only', async () => {
    const ydoc = new Y.Doc()
    addLedgerRow(ydoc, 'rectification', 'open', '2026-02-01')
    addLedgerRow(ydoc, 'rectification', 'submitted', '2026-02-01', { status: 'submitted' })
    const requests: TransitionRequest[] = []
    const { dom } = await mountTestEditor(ydoc, {
      content: [block('rectification')],
      context: { now, role: 'supervisor', onRequestTransition: (request) => void requests.push(request) },
    })
    expect(moves(row(dom, 'open'))).toEqual([])
    expect(moves(row(dom, 'submitted'))).toEqual(['verified', 'closed', 'reopened'])
    const reopen = row(dom, 'submitted')?.querySelector<HTMLButtonElement>('[data-move="reopened"]')
    expect(reopen?.disabled).toBe(true)
    await typeInto(row(dom, 'submitted')?.querySelector('input[aria-label="退回理由"]') ?? null, '材料不全')
    await click(row(dom, 'submitted')?.querySelector('[data-move="reopened"]') ?? null)
    expect(requests).toEqual([{ rowId: 'submitted', from: 'submitted', to: 'reopened', reason: '材料不全' }])
    expect(readRectificationRows(ydoc).rows.find((entry) => entry.id === 'submitted')?.status).toBe(
      'submitted',
    )
    const fields = [...dom.querySelectorAll('[data-field]')].filter(
      (element) => !(element as HTMLInputElement).disabled && element.tagName !== 'SPAN',
    )
    expect(fields).toEqual([])
    expect(dom.querySelector('[data-action="add-row"]')).toBeNull()
  })

  it('renders read-only for a member with no enabled control', async () => {
    const ydoc = new Y.Doc()
    addLedgerRow(ydoc, 'rectification', 'r1', '2026-02-01', { status: 'submitted' })
    const { dom } = await mountTestEditor(ydoc, {
      content: [block('rectification')],
      context: { now, role: 'member' },
    })
    expect(enabledControls(dom)).toEqual([])
  })

  it('converges when two colleagues add and edit rows at once', async () => {
    const [leftDoc, rightDoc] = syncedDocs()
    const left = await mountTestEditor(leftDoc, { content: [block('tasks')], context: { now } })
    const right = await mountTestEditor(rightDoc, { context: { now } })
    await click(left.dom.querySelector('[data-action="add-row"]'))
    await click(right.dom.querySelector('[data-action="add-row"]'))
    const ids = readTaskRows(leftDoc).rows.map((entry) => entry.id)
    await settle(() => writeLedgerRow(rightDoc, ids[0] ?? '', { title: '学习' }))
    await settle(() => writeLedgerRow(leftDoc, ids[1] ?? '', { title: '走访' }))
    expect(readTaskRows(rightDoc).rows).toEqual(readTaskRows(leftDoc).rows)
    const titles = (dom: HTMLElement): string[] =>
      [...dom.querySelectorAll<HTMLTextAreaElement>('[data-field="title"]')].map((element) => element.value)
    expect(titles(left.dom)).toEqual(['学习', '走访'])
    expect(titles(right.dom)).toEqual(titles(left.dom))
  })
})

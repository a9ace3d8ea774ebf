import {
  evaluate,
  getAnswersMap,
  getInspectionMap,
  readAnswers,
  scoreDocument,
  writeItemAnswer,
} from '@zhibu/core'
import { yUndoPluginKey } from '@tiptap/y-tiptap'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  click,
  destroyTestEditors,
  enabledControls,
  mountTestEditor,
  settle,
  syncedDocs,
  typeInto,
} from '../shared/mountTestEditor'
import { testScheme } from '../shared/testScheme'

const context = { getScheme: (id: string) => (id === testScheme.id ? testScheme : undefined) }
const orgBlock = { type: 'checklistBlock', attrs: { schemeId: 'test-cert', moduleId: 'org' } }

afterEach(destroyTestEditors)

function total(doc: Y.Doc): string {
  const result = scoreDocument(testScheme, doc, null)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value.final.totalText
}

describe('checklistBlock', () => {
  it('round-trips its attributes through data-* HTML', async () => {
    const { editor } = await mountTestEditor(new Y.Doc(), {
      context,
      content: [
        { type: 'checklistBlock', attrs: { schemeId: 'test-cert', moduleId: 'org', groupId: 'org.b' } },
      ],
    })
    const html = editor.getHTML()
    expect(html).toContain('data-type="checklist-block"')
    expect(html).toContain('data-scheme-id="test-cert"')
    expect(html).toContain('data-group-id="org.b"')
    const { editor: copy } = await mountTestEditor(new Y.Doc(), { context, content: html })
    expect(copy.getJSON().content?.[0]).toEqual({
      type: 'checklistBlock',
      attrs: { schemeId: 'test-cert', moduleId: 'org', groupId: 'org.b' },
    })
  })

  it('renders one row per item of the bound module with its rule text and points', async () => {
    const { dom } = await mountTestEditor(new Y.Doc(), { context, content: [orgBlock] })
    const rows = [...dom.querySelectorAll('[data-item-id]')].map((row) => row.getAttribute('data-item-id'))
    expect(rows).toEqual(['org.1', 'org.2', 'org.3'])
    expect(dom.textContent).toContain('未设书记扣1分; 每缺席一次扣0.5分')
    expect(dom.textContent).toContain('满分2分')
  })

  it('writes ticks and counts from the view into the answers map in the core format', async () => {
    const ydoc = new Y.Doc()
    const { dom } = await mountTestEditor(ydoc, { context, content: [orgBlock] })
    await click(dom.querySelector('[data-item-id="org.1"] input[data-rule-id="no-secretary"]'))
    await typeInto(
      dom.querySelector<HTMLInputElement>('[data-item-id="org.1"] input[data-rule-id="missed"]'),
      '1',
    )
    await click(dom.querySelector('[data-item-id="org.2"] input[data-level-id="shared"]'))
    await click(dom.querySelector('[data-item-id="org.3"] input[data-criterion-id="flag"]'))
    await typeInto(
      dom.querySelector<HTMLInputElement>('[data-item-id="org.3"] input[data-control="note"]'),
      '<b>党旗已上墙</b>',
    )
    const answers = readAnswers(ydoc, null)
    expect(answers.self).toEqual({
      'org.1': { deductions: { 'no-secretary': true, missed: 1 } },
      'org.2': { level: 'shared' },
      'org.3': { checked: { flag: true }, note: '<b>党旗已上墙</b>' },
    })
    const result = evaluate(testScheme, answers)
    expect(result.ok && result.value.final.total).toBe(0.5 + 2 + 1)
    expect(dom.querySelector('[data-testid="checklist-subtotal"]')?.textContent).toBe('小计 3.5 / 8分')
    expect(dom.querySelector('[data-item-id="org.3"] b')).toBeNull()
  })

  it('refuses an amount outside a range rule and leaves the answer unchanged', async () => {
    const ydoc = new Y.Doc()
    const { editor, dom } = await mountTestEditor(ydoc, { context, content: [orgBlock] })
    let refused = ''
    await settle(() =>
      editor.commands.setChecklistAnswer(
        'test-cert',
        'org.1',
        { type: 'deduction', ruleId: 'general', hit: 5 },
        (error) => (refused = error.code),
      ),
    )
    expect(refused).toBe('BLOCK_BAD_HIT')
    expect(getAnswersMap(ydoc).size).toBe(0)
    await typeInto(dom.querySelector<HTMLInputElement>('input[data-rule-id="general"]'), '5')
    expect(dom.querySelector('[role="alert"]')?.textContent).toContain('第')
    expect(getAnswersMap(ydoc).size).toBe(0)
  })

  it('converges on two synced replicas editing different items to the same total', async () => {
    const [zhangDoc, liDoc] = syncedDocs()
    const zhang = await mountTestEditor(zhangDoc, { context, content: [orgBlock] })
    const li = await mountTestEditor(liDoc, { context })
    expect(li.dom.querySelectorAll('[data-item-id]').length).toBe(3)
    await click(zhang.dom.querySelector('[data-item-id="org.1"] input[data-rule-id="no-secretary"]'))
    await click(li.dom.querySelector('[data-item-id="org.2"] input[data-level-id="good"]'))
    await click(li.dom.querySelector('[data-item-id="org.3"] input[data-criterion-id="rules"]'))
    expect(total(zhangDoc)).toBe('6')
    expect(total(liDoc)).toBe('6')
    const subtotal = (dom: HTMLElement): string | null | undefined =>
      dom.querySelector('[data-testid="checklist-subtotal"]')?.textContent
    expect(subtotal(zhang.dom)).toBe('小计 6 / 8分')
    expect(subtotal(li.dom)).toBe(subtotal(zhang.dom))
  })

  it('renders read-only with no enabled inputs when the editor is not editable or the role cannot edit', async () => {
    const ydoc = new Y.Doc()
    writeItemAnswer(getAnswersMap(ydoc), 'org.1', { deductions: { 'no-secretary': true } })
    const readOnly = await mountTestEditor(ydoc, { context, editable: false, content: [orgBlock] })
    expect(readOnly.dom.querySelectorAll('[data-item-id]').length).toBe(3)
    expect(enabledControls(readOnly.dom)).toEqual([])
    const member = await mountTestEditor(new Y.Doc(), {
      context: { ...context, role: 'member' },
      content: [orgBlock],
    })
    expect(enabledControls(member.dom)).toEqual([])
    expect(
      member.editor.commands.setChecklistAnswer('test-cert', 'org.1', { type: 'answered', value: true }),
    ).toBe(false)
  })

  it('shows the inspector column read-only from the review doc, and the inspector answer wins', async () => {
    const ydoc = new Y.Doc()
    const reviewDoc = new Y.Doc()
    writeItemAnswer(getAnswersMap(ydoc), 'org.1', {})
    writeItemAnswer(getInspectionMap(reviewDoc), 'org.1', { deductions: { 'no-secretary': true } })
    const { dom } = await mountTestEditor(ydoc, {
      context: { ...context, getReviewDoc: () => reviewDoc },
      content: [orgBlock],
    })
    const inspector = dom.querySelector('[data-item-id="org.1"] [data-column="inspector"]')
    expect(inspector?.textContent).toContain('未设书记扣1分')
    expect(inspector?.querySelector('input')).toBeNull()
    expect(dom.querySelector('[data-item-id="org.1"] .zhibu-checklist__source')?.textContent).toBe(
      '以考核为准',
    )
    expect(dom.querySelector('[data-testid="checklist-subtotal"]')?.textContent).toBe('小计 1 / 8分')
  })

  it('keeps its answers when the block is deleted and the deletion undone', async () => {
    const ydoc = new Y.Doc()
    const { editor, dom } = await mountTestEditor(ydoc, { context, content: [orgBlock] })
    await click(dom.querySelector('[data-item-id="org.1"] input[data-rule-id="no-secretary"]'))
    // Start a new undo step, as a pause in typing would: the deletion alone is undone.
    const undo = yUndoPluginKey.getState(editor.state) as
      { undoManager: { stopCapturing: () => void } } | undefined
    undo?.undoManager.stopCapturing()
    await settle(() => editor.commands.deleteRange({ from: 0, to: editor.state.doc.content.size }))
    expect(dom.querySelectorAll('[data-item-id]').length).toBe(0)
    await settle(() => editor.commands.undo())
    expect(editor.getJSON().content?.[0]).toMatchObject(orgBlock)
    expect(
      dom.querySelector<HTMLInputElement>('[data-item-id="org.1"] input[data-rule-id="no-secretary"]')
        ?.checked,
    ).toBe(true)
  })
})

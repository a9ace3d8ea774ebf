import { evaluate, getAnswersMap, getBuiltInScheme, listMissingItems, writeItemAnswer } from '@zhibu/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  click,
  destroyTestEditors,
  enabledControls,
  mountTestEditor,
  settle,
  syncedDocs,
} from '../shared/mountTestEditor'
import { testScheme } from '../shared/testScheme'

const context = { getScheme: (id: string) => (id === testScheme.id ? testScheme : undefined) }
const summary = { type: 'scoreSummary', attrs: { schemeId: 'test-cert' } }
const entryBlock = {
  type: 'checklistBlock',
  attrs: { schemeId: 'test-cert', moduleId: 'entry', groupId: null },
}

afterEach(destroyTestEditors)

function fillToPass(doc: Y.Doc): void {
  const answers = getAnswersMap(doc)
  writeItemAnswer(answers, 'org.1', {})
  writeItemAnswer(answers, 'org.2', { level: 'good' })
  writeItemAnswer(answers, 'org.3', { checked: { flag: true, rules: true } })
}

const text = (dom: HTMLElement, id: string): string | null | undefined =>
  dom.querySelector(`[data-testid="${id}"]`)?.textContent

describe('scoreSummary', () => {
  it('round-trips its scheme id through data-* HTML', async () => {
    const { editor } = await mountTestEditor(new Y.Doc(), { context, content: [summary] })
    expect(editor.getHTML()).toContain('data-scheme-id="test-cert"')
    const { editor: copy } = await mountTestEditor(new Y.Doc(), { context, content: editor.getHTML() })
    expect(copy.getJSON().content?.[0]).toEqual(summary)
  })

  it('shows total, grade, module table and what is still missing, and updates on every change', async () => {
    const ydoc = new Y.Doc()
    const { dom } = await mountTestEditor(ydoc, { context, content: [summary] })
    expect(text(dom, 'summary-total')).toBe('0')
    expect(text(dom, 'summary-missing')).toBe('还有3项未填: 2、3、4')
    await settle(() => writeItemAnswer(getAnswersMap(ydoc), 'org.2', { level: 'shared' }))
    expect(text(dom, 'summary-total')).toBe('2')
    expect(text(dom, 'summary-missing')).toBe('还有2项未填: 2、4')
    expect(dom.querySelector('[data-module-id="org"]')?.textContent).toBe('基本组织82')
  })

  it('fails the form the moment a veto is ticked in a checklist block', async () => {
    const ydoc = new Y.Doc()
    fillToPass(ydoc)
    const { dom } = await mountTestEditor(ydoc, { context, content: [entryBlock, summary] })
    expect(text(dom, 'summary-total')).toBe('8')
    expect(dom.querySelector('[data-testid="summary-grade"]')?.getAttribute('data-passed')).toBe('true')
    await click(dom.querySelector('[data-item-id="redline"] input[data-control="triggered"]'))
    const grade = dom.querySelector('[data-testid="summary-grade"]')
    expect(grade?.getAttribute('data-passed')).toBe('false')
    expect(grade?.textContent).toBe('不通过')
    expect(text(dom, 'summary-vetoes')).toBe('严重违纪: 不符合准入条件, 一票否决')
    expect(text(dom, 'summary-total')).toBe('8')
  })

  it('shows the same figures on two synced replicas, matching core evaluate', async () => {
    const [leftDoc, rightDoc] = syncedDocs()
    const left = await mountTestEditor(leftDoc, { context, content: [entryBlock, summary] })
    const right = await mountTestEditor(rightDoc, { context })
    await settle(() => fillToPass(rightDoc))
    await click(left.dom.querySelector('[data-item-id="redline"] input[data-control="triggered"]'))
    const figures = (dom: HTMLElement): string => dom.querySelector('.zhibu-summary')?.textContent ?? ''
    expect(figures(right.dom)).toBe(figures(left.dom))
    expect(right.dom.querySelector('[data-testid="summary-grade"]')?.getAttribute('data-passed')).toBe(
      'false',
    )
    const result = evaluate(testScheme, { self: getAnswersMap(leftDoc).toJSON() })
    expect(result.ok && result.value.final.totalText).toBe(text(right.dom, 'summary-total'))
  })

  it('counts the missing items of a built-in scheme as core does, with no enabled control read-only', async () => {
    const scheme = getBuiltInScheme('tiantai-biaozhunhua-renzheng')!
    const { dom } = await mountTestEditor(new Y.Doc(), {
      editable: false,
      content: [{ type: 'scoreSummary', attrs: { schemeId: scheme.id } }],
    })
    const result = evaluate(scheme, { self: {} })
    if (!result.ok) throw new Error('evaluate')
    expect(text(dom, 'summary-missing')).toContain(`还有${listMissingItems(result.value.final).length}项未填`)
    expect(enabledControls(dom)).toEqual([])
  })

  it('names a scheme it cannot find instead of showing a zero', async () => {
    const { dom } = await mountTestEditor(new Y.Doc(), {
      content: [{ type: 'scoreSummary', attrs: { schemeId: 'nope' } }],
    })
    expect(dom.textContent).toContain('未找到评分细则 nope')
    expect(dom.querySelector('[data-testid="summary-total"]')).toBeNull()
  })
})

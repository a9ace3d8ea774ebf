import { Editor } from '@tiptap/core'
import { EditorContent } from '@tiptap/react'
import { initDocumentFromTemplate, tiantaiCertificationTemplate } from '@zhibu/core'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentPageExtensions } from './documentPageExtensions'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

const mounted: Array<{ editor: Editor; root: Root; container: HTMLElement }> = []

afterEach(() => {
  for (const { editor, root, container } of mounted.splice(0)) {
    act(() => root.unmount())
    editor.destroy()
    container.remove()
  }
})

async function openCertificationForm(
  role: 'editor' | 'member',
): Promise<{ editor: Editor; dom: HTMLElement }> {
  const ydoc = new Y.Doc()
  const created = initDocumentFromTemplate(ydoc, tiantaiCertificationTemplate, {
    docId: 'doc-12345678',
    title: '标准化认证',
    createdAt: '2026-03-01T09:00:00Z',
  })
  expect(created.ok).toBe(true)
  const editor = new Editor({
    element: document.createElement('div'),
    editable: role === 'editor',
    extensions: documentPageExtensions({
      ydoc,
      reviewDoc: new Y.Doc(),
      provider: null,
      user: { id: 'u1', name: '张伟' },
      role,
    }),
  })
  const container = document.createElement('div')
  document.body.append(container)
  const root = createRoot(container)
  // Tiptap hands node-view renders to React in a microtask; the views are in the DOM after it has run.
  await act(async () => {
    root.render(<EditorContent editor={editor} />)
    await new Promise((resolve) => setTimeout(resolve, 0))
  })
  mounted.push({ editor, root, container })
  return { editor, dom: container }
}

function enabledAnswerControls(dom: HTMLElement): Element[] {
  return [...dom.querySelectorAll('[data-item-id] input, [data-item-id] select')].filter(
    (control) => !(control as HTMLInputElement).disabled,
  )
}

describe('documentPageExtensions', () => {
  it('renders a certification form as checklist rows and a score summary, with nothing left as a placeholder', async () => {
    const { editor, dom } = await openCertificationForm('editor')
    const types = new Set<string>()
    editor.state.doc.descendants((node) => {
      types.add(node.type.name)
    })
    expect(types).toContain('checklistBlock')
    expect(types).toContain('scoreSummary')
    expect(types.has('unknownBlock')).toBe(false)
    expect(types.has('unknownInline')).toBe(false)
    expect(dom.querySelectorAll('[data-item-id]').length).toBeGreaterThan(0)
    expect(dom.querySelector('[data-type="score-summary"]')).not.toBeNull()
  })

  it('lets an editor answer the rows but shows them read-only to a member', async () => {
    expect(enabledAnswerControls((await openCertificationForm('editor')).dom).length).toBeGreaterThan(0)
    const { dom } = await openCertificationForm('member')
    expect(dom.querySelectorAll('[data-item-id]').length).toBeGreaterThan(0)
    expect(enabledAnswerControls(dom)).toEqual([])
  })
})

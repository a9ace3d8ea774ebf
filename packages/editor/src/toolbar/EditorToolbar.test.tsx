import { Editor } from '@tiptap/core'
import { act } from 'react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentExtensions } from '../documentExtensions'
import { EditorToolbar } from './EditorToolbar'

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let editor: Editor | null = null
let root: Root | null = null

afterEach(() => {
  act(() => root?.unmount())
  editor?.destroy()
  editor = null
  root = null
})

function renderToolbar(editable: boolean, answer: string | null = null): HTMLElement {
  editor = new Editor({
    element: document.createElement('div'),
    editable,
    extensions: documentExtensions({ ydoc: new Y.Doc(), provider: null, user: { id: 'u', name: 'u' } }),
  })
  const container = document.createElement('div')
  document.body.append(container)
  root = createRoot(container)
  const current = editor
  act(() => root!.render(<EditorToolbar editor={current} requestUrl={() => Promise.resolve(answer)} />))
  return container
}

function click(container: HTMLElement, name: string): void {
  const button = container.querySelector<HTMLButtonElement>(`[data-testid="toolbar-${name}"]`)
  expect(button).not.toBeNull()
  act(() => button!.click())
}

describe('EditorToolbar', () => {
  it('makes the selection bold and shows the button pressed', () => {
    const container = renderToolbar(true)
    act(() => {
      editor!.commands.insertContent('决议')
      editor!.commands.selectAll()
    })
    click(container, 'bold')
    expect(editor!.getHTML()).toContain('<strong>决议</strong>')
    expect(container.querySelector('[data-testid="toolbar-bold"]')?.getAttribute('aria-pressed')).toBe('true')
  })

  it('inserts a table and a task list', () => {
    const container = renderToolbar(true)
    click(container, 'table')
    expect(editor!.getHTML()).toContain('<table')
    act(() => {
      editor!.commands.setContent('<p>任务</p>')
      editor!.commands.selectAll()
    })
    click(container, 'taskList')
    expect(editor!.getHTML()).toContain('data-type="taskList"')
  })

  it('refuses a javascript: link', async () => {
    const container = renderToolbar(true, 'javascript:alert(1)')
    act(() => {
      editor!.commands.insertContent('链接文字')
      editor!.commands.selectAll()
    })
    click(container, 'link')
    await act(() => Promise.resolve())
    expect(editor!.getHTML()).not.toContain('href')
  })

  it('offers nothing to a read-only user', () => {
    const container = renderToolbar(false)
    expect(container.querySelector('[data-testid="editor-toolbar"]')).toBeNull()
  })
})

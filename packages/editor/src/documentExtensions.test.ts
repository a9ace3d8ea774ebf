import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentExtensions } from './documentExtensions'
import { documentField } from './documentField'

let editors: Editor[] = []

afterEach(() => {
  for (const editor of editors) editor.destroy()
  editors = []
})

function mount(ydoc: Y.Doc, userId: string, editable = true): Editor {
  const editor = new Editor({
    element: document.createElement('div'),
    editable,
    extensions: documentExtensions({ ydoc, provider: null, user: { id: userId, name: userId } }),
  })
  editors.push(editor)
  return editor
}

/** Two replicas that deliver every update to each other at once, as a connected room would. */
function syncedPair(): [Y.Doc, Y.Doc] {
  const left = new Y.Doc()
  const right = new Y.Doc()
  left.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(right, update, 'peer')
  })
  right.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(left, update, 'peer')
  })
  return [left, right]
}

function appendParagraph(editor: Editor, text: string): void {
  editor
    .chain()
    .insertContentAt(editor.state.doc.content.size, { type: 'paragraph', content: [{ type: 'text', text }] })
    .run()
}

describe('documentExtensions', () => {
  it('writes the Tiptap document into the Y.Doc field "default"', () => {
    const ydoc = new Y.Doc()
    const editor = mount(ydoc, 'zhangwei')
    editor.commands.insertContent('支委会会议记录')
    expect(ydoc.getXmlFragment(documentField).toJSON()).toContain('支委会会议记录')
  })

  it('supports headings, task lists, tables, links and images', () => {
    const editor = mount(new Y.Doc(), 'zhangwei')
    editor.commands.setContent(
      '<h2>议题</h2><ul data-type="taskList"><li data-type="taskItem" data-checked="true"><p>学习</p></li></ul>' +
        '<table><tr><td><p>甲</p></td></tr></table><p><a href="https://www.12371.cn">共产党员网</a></p><img src="https://example.org/a.png">',
    )
    const types = new Set<string>()
    editor.state.doc.descendants((node) => {
      types.add(node.type.name)
      for (const mark of node.marks) types.add(mark.type.name)
    })
    for (const type of ['heading', 'taskList', 'taskItem', 'table', 'tableCell', 'image', 'link'])
      expect(types).toContain(type)
  })

  it('undoes only the local user\u2019s typing, never a colleague\u2019s', () => {
    const [zhangDoc, liDoc] = syncedPair()
    const zhang = mount(zhangDoc, 'zhangwei')
    const li = mount(liDoc, 'lina')
    appendParagraph(zhang, '张伟的发言')
    appendParagraph(li, '李娜的发言')
    expect(zhang.getText()).toContain('李娜的发言')
    zhang.commands.undo()
    expect(zhang.getText()).not.toContain('张伟的发言')
    expect(zhang.getText()).toContain('李娜的发言')
    expect(li.getText()).toContain('李娜的发言')
    expect(li.getText()).not.toContain('张伟的发言')
    zhang.commands.redo()
    expect(li.getText()).toContain('张伟的发言')
  })

  it('leaves a read-only editor unchangeable by typing', () => {
    const ydoc = new Y.Doc()
    const editor = mount(ydoc, 'lina', false)
    expect(editor.isEditable).toBe(false)
    expect(editor.view.dom.getAttribute('contenteditable')).toBe('false')
  })

  it('appends extra extensions after the base set', () => {
    const extensions = documentExtensions({
      ydoc: new Y.Doc(),
      provider: null,
      user: { id: 'u', name: 'u' },
      extra: documentExtensions({ ydoc: new Y.Doc(), provider: null, user: { id: 'u', name: 'u' } }).slice(
        0,
        1,
      ),
    })
    expect(extensions.at(-1)?.name).toBe('starterKit')
  })
})

import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentExtensions } from '../documentExtensions'
import { documentField } from '../documentField'

const user = { id: 'u-old-client', name: '旧版客户端' }
let editors: Editor[] = []

afterEach(() => {
  for (const editor of editors) editor.destroy()
  editors = []
})

/** A document as a newer client would write it, with a node, a mark and an attribute we do not know. */
function documentFromNewerClient(): Y.Doc {
  const ydoc = new Y.Doc()
  const fragment = ydoc.getXmlFragment(documentField)
  const intro = new Y.XmlElement('paragraph')
  intro.insert(0, [new Y.XmlText('开头')])
  const widget = new Y.XmlElement('futureWidget')
  widget.setAttribute('scheme', 'dangjian-2026')
  const widgetBody = new Y.XmlElement('paragraph')
  widgetBody.insert(0, [new Y.XmlText('组件内文字')])
  widget.insert(0, [widgetBody])
  const highlighted = new Y.XmlElement('paragraph')
  const highlightedText = new Y.XmlText()
  highlightedText.insert(0, '重点内容', { highlight: { color: '#ff0' } })
  highlighted.insert(0, [highlightedText])
  const aligned = new Y.XmlElement('paragraph')
  aligned.setAttribute('textAlign', 'center')
  aligned.insert(0, [new Y.XmlText('居中段落')])
  const withMention = new Y.XmlElement('paragraph')
  const mention = new Y.XmlElement('mention')
  mention.setAttribute('userId', 'u-42')
  withMention.insert(0, [new Y.XmlText('请 '), mention, new Y.XmlText(' 跟进')])
  fragment.insert(0, [intro, widget, highlighted, aligned, withMention])
  return ydoc
}

function mount(ydoc: Y.Doc, preserving: boolean): Editor {
  const extensions = documentExtensions({ ydoc, provider: null, user }).filter(
    (extension) => preserving || extension.name !== 'preserveUnknownContent',
  )
  const editor = new Editor({ element: document.createElement('div'), extensions })
  editors.push(editor)
  return editor
}

/** Types at the end of the paragraph that contains `text`. */
function typeAfter(editor: Editor, text: string, typed: string): void {
  let end = -1
  editor.state.doc.descendants((node, position) => {
    if (node.isTextblock && node.textContent.includes(text)) end = position + node.nodeSize - 1
    return end < 0
  })
  expect(end).toBeGreaterThan(0)
  editor.chain().insertContentAt(end, typed).run()
}

describe('content from newer clients', () => {
  it('loses the unknown node and text without the preserving patch (why the patch exists)', () => {
    const ydoc = documentFromNewerClient()
    mount(ydoc, false)
    const xml = ydoc.getXmlFragment(documentField).toJSON()
    expect(xml).not.toContain('futureWidget')
    expect(xml).not.toContain('重点内容')
  })

  it('keeps an unknown block with its attributes and children while the user edits around it', () => {
    const ydoc = documentFromNewerClient()
    const editor = mount(ydoc, true)
    expect(editor.getHTML()).toContain('data-unknown-node="futureWidget"')
    typeAfter(editor, '开头', '，补充')
    editor.commands.undo()
    typeAfter(editor, '开头', '，再补充')
    const widget = ydoc.getXmlFragment(documentField).get(1) as Y.XmlElement
    expect(widget.nodeName).toBe('futureWidget')
    expect(widget.getAttribute('scheme')).toBe('dangjian-2026')
    expect(widget.toJSON()).toContain('组件内文字')
    expect(ydoc.getXmlFragment(documentField).toJSON()).toContain('开头，再补充')
  })

  it('keeps an unknown mark on text the user edits', () => {
    const ydoc = documentFromNewerClient()
    const editor = mount(ydoc, true)
    typeAfter(editor, '重点内容', '！')
    const paragraph = ydoc.getXmlFragment(documentField).get(2) as Y.XmlElement
    const text = paragraph.get(0) as Y.XmlText
    // Typing at the end of marked text extends the mark, as in any ProseMirror editor.
    expect(text.toDelta()).toEqual([{ insert: '重点内容！', attributes: { highlight: { color: '#ff0' } } }])
  })

  it('keeps unknown attributes of a known node the user edits', () => {
    const ydoc = documentFromNewerClient()
    const editor = mount(ydoc, true)
    typeAfter(editor, '居中段落', '（已修改）')
    const paragraph = ydoc.getXmlFragment(documentField).get(3) as Y.XmlElement
    expect(paragraph.getAttribute('textAlign')).toBe('center')
    expect(paragraph.toJSON()).toContain('居中段落（已修改）')
  })

  it('keeps an unknown inline node and lets the user type in its paragraph', () => {
    const ydoc = documentFromNewerClient()
    const editor = mount(ydoc, true)
    typeAfter(editor, '跟进', '。')
    const paragraph = ydoc.getXmlFragment(documentField).get(4) as Y.XmlElement
    const mention = paragraph.toArray().find((child) => child instanceof Y.XmlElement)
    expect(mention?.nodeName).toBe('mention')
    expect(mention?.getAttribute('userId')).toBe('u-42')
    expect(paragraph.toJSON()).toContain('跟进。')
  })

  it('hands the unknown content on unchanged to a newer client that syncs afterwards', () => {
    const ydoc = documentFromNewerClient()
    const before = ydoc.getXmlFragment(documentField).get(1).toJSON()
    const editor = mount(ydoc, true)
    typeAfter(editor, '开头', '。')
    const newer = new Y.Doc()
    Y.applyUpdate(newer, Y.encodeStateAsUpdate(ydoc))
    expect(newer.getXmlFragment(documentField).get(1).toJSON()).toBe(before)
  })
})

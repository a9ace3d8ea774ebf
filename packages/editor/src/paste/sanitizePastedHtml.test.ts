import { Editor } from '@tiptap/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentExtensions } from '../documentExtensions'
import { sanitizePastedHtml } from './sanitizePastedHtml'

let editor: Editor | null = null

afterEach(() => {
  editor?.destroy()
  editor = null
})

const hostile =
  '<p style="color:red" onclick="steal()">会议<script>steal()</script><img src="x" onerror="steal()">' +
  '<a href="javascript:steal()">点此</a><object data="https://evil.example/x.swf"></object></p>'

// DOMPurify's own output is not asserted here: under happy-dom it differs from a browser's (it keeps
// <script> there), so these tests check the wiring and the resulting document instead.
describe('sanitizePastedHtml', () => {
  it('is the paste transform of the document editor', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: documentExtensions({ ydoc: new Y.Doc(), provider: null, user: { id: 'u', name: 'u' } }),
    })
    const transformed = editor.view.someProp('transformPastedHTML', (transform) =>
      transform(hostile, editor!.view),
    )
    expect(transformed).toBe(sanitizePastedHtml(hostile))
  })

  it('leaves no hostile markup in the document after a paste', () => {
    editor = new Editor({
      element: document.createElement('div'),
      extensions: documentExtensions({ ydoc: new Y.Doc(), provider: null, user: { id: 'u', name: 'u' } }),
    })
    editor.view.pasteHTML(hostile)
    const html = editor.getHTML()
    expect(html).toContain('会议')
    for (const forbidden of ['script', 'onclick', 'onerror', 'javascript:', 'object'])
      expect(html).not.toContain(forbidden)
  })
})

import type { Editor } from '@tiptap/core'
import { useEffect, useRef } from 'react'
import type * as Y from 'yjs'
import { scheduleDocumentIndexing } from './scheduleDocumentIndexing'

/** Feeds the open document's title and plain text to `onIndexText` after each pause in changes. */
export function useDocumentIndexing(
  editor: Editor | null,
  doc: Y.Doc,
  onIndexText: ((title: string, text: string) => void) | undefined,
): void {
  const indexRef = useRef(onIndexText)
  indexRef.current = onIndexText
  useEffect(() => {
    if (editor === null) return undefined
    const meta = doc.getMap<unknown>('meta')
    return scheduleDocumentIndexing(
      doc,
      () => {
        // The final flush may run after the editor is gone; there is nothing current left to read then.
        if (editor.isDestroyed) return null
        const title = meta.get('title')
        return {
          title: typeof title === 'string' ? title : '',
          text: editor.getText({ blockSeparator: '\n' }),
        }
      },
      (title, text) => indexRef.current?.(title, text),
    )
  }, [editor, doc])
}

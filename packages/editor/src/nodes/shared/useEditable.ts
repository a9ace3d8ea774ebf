import type { Editor } from '@tiptap/core'
import { canEditContent } from '@zhibu/core'
import type { Role } from '@zhibu/core'
import { useEffect, useState } from 'react'

/**
 * Whether a block's controls accept input: the editor is editable and the role may write the content
 * room. Re-checked when `setEditable` runs, which Tiptap announces with an update event.
 */
export function useEditable(editor: Editor, role: Role | undefined): boolean {
  const [editable, setEditable] = useState(editor.isEditable)
  useEffect(() => {
    const check = (): void => setEditable(editor.isEditable)
    editor.on('update', check)
    return () => {
      editor.off('update', check)
    }
  }, [editor])
  return editable && (role === undefined || canEditContent(role))
}

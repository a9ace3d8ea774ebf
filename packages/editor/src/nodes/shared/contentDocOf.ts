import type { Editor } from '@tiptap/core'
import * as Y from 'yjs'

/**
 * The content room's Y.Doc, taken from the Collaboration extension the editor already runs: block data
 * lives in that doc's maps (answers, meeting, ledger, appraisal), so there is exactly one source.
 */
export function contentDocOf(editor: Editor): Y.Doc | null {
  const collaboration = editor.extensionManager.extensions.find(
    (extension) => extension.name === 'collaboration',
  )
  const options = collaboration?.options as { document?: unknown; fragment?: unknown } | undefined
  if (options?.fragment instanceof Y.XmlFragment && options.fragment.doc !== null) return options.fragment.doc
  return options?.document instanceof Y.Doc ? options.document : null
}

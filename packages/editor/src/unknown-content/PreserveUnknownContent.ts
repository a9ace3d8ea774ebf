import { Extension } from '@tiptap/core'
import type * as Y from 'yjs'
import { patchSchemaToPreserveUnknownContent } from './patchSchemaToPreserveUnknownContent'

/** Options of {@link PreserveUnknownContent}. */
export interface PreserveUnknownContentOptions {
  /** the shared fragment the Collaboration extension binds to */
  fragment: Y.XmlFragment | null
}

/**
 * Keeps nodes, marks and attributes from newer clients (较新版本的内容) in the shared document; must
 * be registered together with UnknownBlock and UnknownInline. See patchSchemaToPreserveUnknownContent.
 */
export const PreserveUnknownContent = Extension.create<PreserveUnknownContentOptions>({
  name: 'preserveUnknownContent',

  addOptions() {
    return { fragment: null }
  },

  onBeforeCreate() {
    // Runs after the schema exists and before the editor view, where the Yjs binding first renders.
    if (this.options.fragment !== null)
      patchSchemaToPreserveUnknownContent(this.editor.schema, this.options.fragment)
  },
})

import { Extension } from '@tiptap/core'
import { sanitizePastedHtml } from './sanitizePastedHtml'

/**
 * Runs every paste (粘贴) through {@link sanitizePastedHtml} before the schema parses it. It uses
 * Tiptap's extension hook rather than a ProseMirror plugin prop: Tiptap composes the hooks into the
 * editor's own props, which ProseMirror consults before any plugin's.
 */
export const PasteSanitizer = Extension.create({
  name: 'pasteSanitizer',

  transformPastedHTML(html) {
    return sanitizePastedHtml(html)
  },
})

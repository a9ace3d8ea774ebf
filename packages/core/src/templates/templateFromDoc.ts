import type * as Y from 'yjs'
import type { TemplateDefinition } from './TemplateDefinition'
import type { TemplateHeader } from './TemplateHeader'
import { yTypeToTemplateNodes } from './yTypeToTemplateNodes'

/**
 * [S241] The inverse of `initDocumentFromTemplate`'s body encoding: reads a draft's
 * `getXmlFragment('default')` back into ProseMirror JSON (elements → nodes with their attributes, text runs →
 * text nodes with their formatting attributes as marks), so an admin-edited draft can be published.
 */
export function templateFromDoc(doc: Y.Doc, header: TemplateHeader): TemplateDefinition {
  return { ...header, body: yTypeToTemplateNodes(doc.getXmlFragment('default').toArray()) }
}

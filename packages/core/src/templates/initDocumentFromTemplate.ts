import type * as Y from 'yjs'
import { isValidDocId } from '../ids/isValidDocId'
import { writeMeetingHeader } from '../ydoc/writeMeetingHeader'
import { writeMeta } from '../ydoc/writeMeta'
import type { InitDocumentErrorCode } from './InitDocumentErrorCode'
import type { TemplateDefinition } from './TemplateDefinition'
import { templateNodeToYType } from './templateNodeToYType'

/**
 * [S221]–[S223] Fill a new document from a template in one transaction: `meta` (template id and
 * version, scheme, kind), the meeting type for minutes, and the body into
 * `getXmlFragment('default')` exactly as Tiptap's Collaboration extension would have written it.
 * Only the creating client calls this, and only on an empty document: running it twice would
 * duplicate the body, so a document that already has content or meta is refused.
 */
export function initDocumentFromTemplate(
  doc: Y.Doc,
  template: TemplateDefinition,
  meta: { readonly docId: string; readonly title: string; readonly createdAt: string },
):
  | { readonly ok: true }
  | {
      readonly ok: false
      readonly error: { readonly code: InitDocumentErrorCode; readonly message: string }
    } {
  if (!isValidDocId(meta.docId))
    return { ok: false, error: { code: 'DOC_ID_INVALID', message: `无效的文档编号: ${meta.docId}` } }
  const fragment = doc.getXmlFragment('default')
  if (fragment.length > 0 || doc.getMap('meta').size > 0) {
    return { ok: false, error: { code: 'DOCUMENT_NOT_EMPTY', message: '文档已有内容, 不能再次套用模板' } }
  }
  doc.transact(() => {
    writeMeta(doc, {
      docId: meta.docId,
      templateId: template.id,
      templateVersion: template.version,
      kind: template.kind,
      title: meta.title,
      createdAt: meta.createdAt,
      ...(template.schemeId === undefined ? {} : { schemeId: template.schemeId }),
    })
    if (template.meetingType !== undefined) writeMeetingHeader(doc, { type: template.meetingType })
    fragment.insert(0, templateNodeToYType(template.body))
  })
  return { ok: true }
}

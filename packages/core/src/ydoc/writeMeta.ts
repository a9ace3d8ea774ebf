import type * as Y from 'yjs'
import type { DocumentMeta } from './DocumentMeta'

/** [S200] Write the `meta` map in one transaction; an absent schemeId is removed, not left stale. */
export function writeMeta(doc: Y.Doc, meta: DocumentMeta): void {
  const map = doc.getMap<unknown>('meta')
  doc.transact(() => {
    map.set('docId', meta.docId)
    map.set('templateId', meta.templateId)
    map.set('templateVersion', meta.templateVersion)
    if (meta.schemeId === undefined) map.delete('schemeId')
    else map.set('schemeId', meta.schemeId)
    map.set('kind', meta.kind)
    map.set('title', meta.title)
    map.set('createdAt', meta.createdAt)
  })
}

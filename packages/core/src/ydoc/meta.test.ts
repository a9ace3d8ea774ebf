import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { DocumentMeta } from './DocumentMeta'
import { readMeta } from './readMeta'
import { writeMeta } from './writeMeta'

const meta: DocumentMeta = {
  docId: 'doc_12345678',
  templateId: 'committee-minutes',
  templateVersion: 1,
  kind: 'minutes',
  title: '第三次支委会',
  createdAt: '2026-03-02T08:00:00.000Z',
}

describe('document meta', () => {
  it('[S200] round-trips through the meta map and across replicas', () => {
    const doc = new Y.Doc()
    writeMeta(doc, { ...meta, schemeId: 'tiantai' })
    const replica = new Y.Doc()
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
    expect(readMeta(replica)).toEqual({ ok: true, value: { ...meta, schemeId: 'tiantai' } })
  })

  it('[S200] removes a stale scheme id when rewritten without one', () => {
    const doc = new Y.Doc()
    writeMeta(doc, { ...meta, schemeId: 'tiantai' })
    writeMeta(doc, meta)
    expect(readMeta(doc)).toEqual({ ok: true, value: meta })
  })

  it('[S200] reports missing and mistyped fields with paths', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('kind', 'poem')
    doc.getMap('meta').set('templateVersion', '1')
    const result = readMeta(doc)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['YDOC_FIELD_MISSING', 'meta.docId'],
      ['YDOC_FIELD_MISSING', 'meta.templateId'],
      ['YDOC_FIELD_MISSING', 'meta.title'],
      ['YDOC_FIELD_MISSING', 'meta.createdAt'],
      ['YDOC_FIELD_INVALID', 'meta.kind'],
      ['YDOC_FIELD_INVALID', 'meta.templateVersion'],
    ])
  })
})

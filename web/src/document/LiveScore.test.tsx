import {
  getBuiltInScheme,
  initDocumentFromTemplate,
  scoreDocument,
  tiantaiCertificationTemplate,
} from '@zhibu/core'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import { createPageHarness } from '../testing/createPageHarness'
import { LiveScore } from './LiveScore'

let page: ReturnType<typeof createPageHarness>
beforeEach(() => {
  page = createPageHarness()
})
afterEach(() => page.unmount())

function certificationDocs(): { doc: Y.Doc; reviewDoc: Y.Doc } {
  const doc = new Y.Doc()
  const created = initDocumentFromTemplate(doc, tiantaiCertificationTemplate, {
    docId: 'doc-12345678',
    title: '标准化认证',
    createdAt: '2026-03-01T09:00:00Z',
  })
  expect(created.ok).toBe(true)
  return { doc, reviewDoc: new Y.Doc() }
}

describe('LiveScore', () => {
  it('shows the total and grade core computes for the open form, and follows changes to the document', () => {
    const docs = certificationDocs()
    page.render(<LiveScore docs={docs} />, new MemoryWorkspaceStore(), {})
    const scheme = getBuiltInScheme(tiantaiCertificationTemplate.schemeId ?? '')
    if (scheme === undefined) throw new Error('the certification scheme is built in')
    const evaluation = scoreDocument(scheme, docs.doc, docs.reviewDoc)
    if (!evaluation.ok) throw new Error('a new form scores')
    expect(page.byTestId('live-score-total').textContent).toContain(evaluation.value.final.totalText)
    expect(page.byTestId('live-score-total').textContent).toContain(String(evaluation.value.final.full))
    expect(page.byTestId('live-score-grade').textContent).toBe(evaluation.value.final.grade.label)
    act(() => {
      docs.doc.getMap('meta').set('schemeId', 'no-such-scheme')
    })
    expect(page.container.querySelector('[data-testid="live-score"]')).toBeNull()
  })

  it('shows nothing for a document without a scoring scheme', () => {
    const doc = new Y.Doc()
    doc.getMap('meta').set('title', '支委会记录')
    page.render(<LiveScore docs={{ doc, reviewDoc: new Y.Doc() }} />, new MemoryWorkspaceStore(), {})
    expect(page.container.querySelector('[data-testid="live-score"]')).toBeNull()
  })
})

import * as Y from 'yjs'
import type { DocumentDomain } from '../domain/DocumentDomain'

/**
 * A minimal {@link DocumentDomain} for transport tests: one template that writes `meta` and a paragraph.
 * The real rules are exercised through `coreDocumentDomain` in its own tests.
 */
export function fixtureDomain(): DocumentDomain {
  return {
    listTemplates: () => [{ id: 'fixture-note', version: 1, kind: 'note', title: '测试记录' }],
    initialContent(templateId, meta) {
      if (templateId !== 'fixture-note') return undefined
      const doc = new Y.Doc()
      doc.getMap('meta').set('title', meta.title)
      doc.getMap('meta').set('templateId', templateId)
      doc.getText('body').insert(0, '模板正文')
      const update = Y.encodeStateAsUpdate(doc)
      doc.destroy()
      return { update, templateVersion: '1', kind: 'note' }
    },
    score: (content, review) => ({
      ok: true,
      value: { answers: content.getMap('answers').size, inspection: review.getMap('inspection').size },
    }),
    addComment(review, actor, comment) {
      review
        .getMap('comments')
        .set(comment.id, { ...comment, authorId: actor.userId, authorName: actor.userName })
    },
    setInspection(review, _actor, itemId, answer) {
      if (typeof answer !== 'object' || answer === null)
        return { ok: false, code: 'INVALID_ANSWER', detail: 'not an object' }
      review.getMap('inspection').set(itemId, answer)
      return { ok: true, value: undefined }
    },
    transition: () => ({
      ok: false,
      code: 'RECTIFICATION_TRANSITION_UNKNOWN',
      detail: 'fixture has no rows',
    }),
  }
}

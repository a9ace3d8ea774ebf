import * as Y from 'yjs'
import {
  applyRectificationTransition,
  builtInTemplates,
  findTemplate,
  getBuiltInScheme,
  getInspectionMap,
  initDocumentFromTemplate,
  readMeta,
  readRectificationRows,
  rectificationStatuses,
  scoreDocument,
  writeItemAnswer,
  writeRectificationTransition,
  type RectificationStatus,
} from '@zhibu/core'
import type { DocumentDomain } from './DocumentDomain'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** {@link DocumentDomain} over `@zhibu/core`: built-in templates, scoring and the rectification workflow. */
export function coreDocumentDomain(): DocumentDomain {
  return {
    listTemplates: () =>
      builtInTemplates.map((template) => ({
        id: template.id,
        version: template.version,
        kind: template.kind,
        title: template.title,
        titleEn: template.titleEn,
        ...(template.schemeId === undefined ? {} : { schemeId: template.schemeId }),
      })),

    initialContent(templateId, meta) {
      const template = findTemplate(templateId)
      if (template === undefined) return undefined
      const doc = new Y.Doc()
      const result = initDocumentFromTemplate(doc, template, meta)
      if (!result.ok) throw new Error(`template ${templateId} failed to initialise: ${result.error.message}`)
      const update = Y.encodeStateAsUpdate(doc)
      doc.destroy()
      return { update, templateVersion: String(template.version), kind: template.kind }
    },

    score(content, review) {
      const meta = readMeta(content)
      const schemeId = meta.ok ? meta.value.schemeId : undefined
      const scheme = schemeId === undefined ? undefined : getBuiltInScheme(schemeId)
      if (scheme === undefined) {
        return { ok: false, code: 'NO_SCHEME', detail: 'this document is not scored against a scheme' }
      }
      const result = scoreDocument(scheme, content, review)
      if (!result.ok) {
        return {
          ok: false,
          code: 'SCORE_FAILED',
          detail: result.problems.map((problem) => problem.message).join('; '),
        }
      }
      return { ok: true, value: { ...result.value, problems: result.problems } }
    },

    addComment(review, actor, comment) {
      review.getMap<unknown>('comments').set(comment.id, {
        id: comment.id,
        authorId: actor.userId,
        authorName: actor.userName,
        anchor: comment.anchor,
        text: comment.text,
        createdAt: actor.now,
        resolved: false,
      })
    },

    setInspection(review, _actor, itemId, answer) {
      if (answer !== null && !isRecord(answer)) {
        return { ok: false, code: 'INVALID_ANSWER', detail: 'answer must be an object or null' }
      }
      writeItemAnswer(getInspectionMap(review), itemId, answer)
      return { ok: true, value: undefined }
    },

    transition(content, review, actor, request) {
      const to = rectificationStatuses.find((status: RectificationStatus) => status === request.to)
      if (to === undefined) {
        return { ok: false, code: 'RECTIFICATION_TRANSITION_UNKNOWN', detail: `unknown status ${request.to}` }
      }
      // With the review doc, each row's status comes from the server-written transition log (core [S209]).
      const row = readRectificationRows(content, review).rows.find(
        (candidate) => candidate.id === request.rowId,
      )
      if (row === undefined)
        return { ok: false, code: 'ROW_NOT_FOUND', detail: `no rectification row ${request.rowId}` }
      const applied = applyRectificationTransition(row, {
        role: actor.role,
        to,
        // Editors hold their role through their own unit (or one above it), so the unit's items are theirs.
        isOwnItem: actor.role === 'editor',
        on: actor.now.slice(0, 10),
        ...(request.reason === undefined ? {} : { reason: request.reason }),
      })
      if (!applied.ok) return { ok: false, code: applied.error.code, detail: applied.error.message }
      writeRectificationTransition(review, applied.value.record)
      return { ok: true, value: undefined }
    },
  }
}

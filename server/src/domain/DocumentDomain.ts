import type * as Y from 'yjs'
import type { Role } from '@zhibu/core'
import type { Result } from '../Result'

/** What a template contributes to a new document. */
export interface InitialContent {
  /** The content room's first state (becomes its first snapshot). */
  update: Uint8Array
  templateVersion: string
  kind: string
}

/** A review-room change requested through the API, after the role check on the unit. */
export interface ReviewChangeActor {
  userId: string
  userName: string
  role: Role
  now: string
}

/**
 * The domain rules the server applies but does not own (templates, scoring, rectification workflow, review-room
 * layout). The default implementation delegates to `@zhibu/core`; the seam keeps the server testable and lets
 * the core evolve without touching transport code.
 */
export interface DocumentDomain {
  /** JSON served by GET /api/templates. */
  listTemplates(): unknown[]
  /** Builds a new document from a template; undefined for an unknown template id. */
  initialContent(
    templateId: string,
    meta: { docId: string; title: string; createdAt: string },
  ): InitialContent | undefined
  /** The document's score from the content room's answers and the review room's inspection. */
  score(content: Y.Doc, review: Y.Doc): Result<unknown, 'NO_SCHEME' | 'SCORE_FAILED', string>
  addComment(
    review: Y.Doc,
    actor: ReviewChangeActor,
    comment: { id: string; anchor: unknown; text: string },
  ): void
  setInspection(
    review: Y.Doc,
    actor: ReviewChangeActor,
    itemId: string,
    answer: unknown,
  ): Result<void, 'INVALID_ANSWER', string>
  transition(
    content: Y.Doc,
    review: Y.Doc,
    actor: ReviewChangeActor,
    request: { rowId: string; to: string; reason?: string | undefined },
  ): Result<void, string, string>
}

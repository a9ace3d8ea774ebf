import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { canInspect } from '@zhibu/core'
import type { ReviewChangeActor } from '../domain/DocumentDomain'
import type { Authenticated } from '../auth/Authenticated'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { parseInput } from './parseInput'
import { recordAudit } from './recordAudit'
import { requireAuth } from './requireAuth'
import { requireDocumentRole } from './requireDocumentRole'
import { schemas } from './schemas'

/** HTTP status for a refused transition: role problems 403, unknown rows 404, a missing reason 400, else 409. */
function transitionStatus(code: string): 400 | 403 | 404 | 409 {
  if (code.endsWith('FORBIDDEN') || code.endsWith('NOT_OWN_ITEM')) return 403
  if (code.endsWith('NOT_FOUND')) return 404
  if (code.endsWith('REASON_REQUIRED')) return 400
  return 409
}

/**
 * Writes into the `<docId>:review` room on behalf of read-only roles: the server checks the role and the domain
 * rules, then commits and broadcasts through the room pipeline.
 */
export function registerReviewRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store, access, rooms, domain } = context

  async function actorFor(auth: Authenticated, docId: string): Promise<ReviewChangeActor> {
    const { role } = await requireDocumentRole(access, auth.user, docId)
    return { userId: auth.user.id, userName: auth.user.displayName, role, now: new Date().toISOString() }
  }

  app.post('/api/docs/:id/comments', async (request, reply) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    const actor = await actorFor(auth, id)
    const body = parseInput(schemas.comment, request.body)
    const commentId = randomUUID()
    await rooms.writeServerChange(`${id}:review`, (review) => {
      domain.addComment(review, actor, { id: commentId, anchor: body.anchor ?? null, text: body.text })
    })
    await store.documents.touch(id, actor.now)
    await recordAudit(store, request, auth.user.id, 'review.comment', id, { commentId })
    return reply.code(201).send({ id: commentId })
  })

  app.put('/api/docs/:id/inspection/:itemId', async (request) => {
    const auth = await requireAuth(store, request)
    const params = parseInput(schemas.inspectionParams, request.params)
    const id = parseInput(schemas.docId, params.id)
    const actor = await actorFor(auth, id)
    if (!canInspect(actor.role))
      throw new ApiError(403, 'FORBIDDEN', 'only certifiers and admins score as inspector')
    const body = parseInput(schemas.inspectionBody, request.body)
    const result = await rooms.writeServerChange(`${id}:review`, (review) =>
      domain.setInspection(review, actor, params.itemId, body.answer),
    )
    if (!result.ok) throw new ApiError(400, result.code, result.detail)
    await store.documents.touch(id, actor.now)
    await recordAudit(store, request, auth.user.id, 'review.inspection', id, { itemId: params.itemId })
    return { itemId: params.itemId }
  })

  app.post('/api/docs/:id/transitions', async (request, reply) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    const actor = await actorFor(auth, id)
    const body = parseInput(schemas.transition, request.body)
    const content = await rooms.readDocument(id)
    try {
      const result = await rooms.writeServerChange(`${id}:review`, (review) =>
        domain.transition(content, review, actor, body),
      )
      if (!result.ok) {
        throw new ApiError(transitionStatus(result.code), result.code, result.detail)
      }
    } finally {
      content.destroy()
    }
    await store.documents.touch(id, actor.now)
    await recordAudit(store, request, auth.user.id, 'review.transition', id, {
      rowId: body.rowId,
      to: body.to,
    })
    return reply.code(201).send({ rowId: body.rowId, to: body.to })
  })
}

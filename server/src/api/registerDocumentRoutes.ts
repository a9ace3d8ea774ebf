import type { FastifyInstance } from 'fastify'
import { canEditContent, newDocId } from '@zhibu/core'
import type { DocumentRecord } from '../storage/DocumentRepo'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { latestTemplateContent } from './latestTemplateContent'
import { listLatestTemplates } from './listLatestTemplates'
import { parseInput } from './parseInput'
import { recordAudit } from './recordAudit'
import { requireAuth } from './requireAuth'
import { requireDocumentRole } from './requireDocumentRole'
import { scoreStoredDocument } from './scoreStoredDocument'
import { schemas } from './schemas'

function documentView(document: DocumentRecord, role?: string): Record<string, unknown> {
  return {
    id: document.id,
    unitId: document.unitId,
    templateId: document.templateId,
    templateVersion: document.templateVersion,
    kind: document.kind,
    title: document.title,
    createdBy: document.createdBy,
    createdAt: document.createdAt,
    updatedAt: document.updatedAt,
    ...(role === undefined ? {} : { role }),
  }
}

/** Templates, document creation, listing, metadata and score. */
export function registerDocumentRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store, access, rooms, domain } = context

  app.get('/api/templates', async (request) => {
    await requireAuth(store, request)
    return { templates: await listLatestTemplates(store, domain) }
  })

  app.post('/api/docs', async (request, reply) => {
    const auth = await requireAuth(store, request)
    const body = parseInput(schemas.createDocument, request.body)
    const role = await access.roleOnUnit(auth.user, body.unitId)
    if (role === undefined) throw new ApiError(404, 'UNIT_NOT_FOUND', 'unit not found')
    if (!canEditContent(role))
      throw new ApiError(403, 'FORBIDDEN', 'only editors and admins create documents')
    const id = body.id ?? newDocId()
    const createdAt = new Date().toISOString()
    const initial = await latestTemplateContent(store, domain, body.templateId, {
      docId: id,
      title: body.title,
      createdAt,
    })
    if (initial === undefined) throw new ApiError(400, 'UNKNOWN_TEMPLATE', `no template ${body.templateId}`)
    const created = await store.documents.create({
      id,
      unitId: body.unitId,
      templateId: body.templateId,
      templateVersion: initial.templateVersion,
      kind: initial.kind,
      title: body.title,
      createdBy: auth.user.id,
      createdAt,
      updatedAt: createdAt,
    })
    if (!created.ok) {
      const existing = created.detail
      const sameRequest =
        existing.unitId === body.unitId &&
        existing.templateId === body.templateId &&
        existing.createdBy === auth.user.id
      if (!sameRequest) throw new ApiError(409, 'DOCUMENT_EXISTS', 'a different document with this id exists')
      // A retried (e.g. offline) creation: make sure the template content was written once, then answer as before.
      const current = await rooms.readDocument(id)
      const initialised = current.getMap('meta').size > 0
      current.destroy()
      if (!initialised) await rooms.writeUpdate(id, initial.update)
      return reply.code(200).send({ id })
    }
    await rooms.writeUpdate(id, initial.update)
    await store.docs.compact(id)
    await recordAudit(store, request, auth.user.id, 'document.create', id, {
      unitId: body.unitId,
      templateId: body.templateId,
    })
    return reply.code(201).send({ id })
  })

  app.get('/api/docs', async (request) => {
    const auth = await requireAuth(store, request)
    const query = parseInput(schemas.listDocuments, request.query)
    const { roles } = await access.rolesFor(auth.user)
    if (query.unitId !== undefined && !roles.has(query.unitId))
      throw new ApiError(404, 'UNIT_NOT_FOUND', 'unit not found')
    const unitIds = query.unitId === undefined ? [...roles.keys()] : [query.unitId]
    const documents = await store.documents.listByUnits(unitIds)
    return { documents: documents.map((document) => documentView(document, roles.get(document.unitId))) }
  })

  app.get('/api/docs/:id', async (request) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    const { role } = await requireDocumentRole(access, auth.user, id)
    const document = await store.documents.findById(id)
    if (document === undefined) throw new ApiError(404, 'DOCUMENT_NOT_FOUND', 'document not found')
    return documentView(document, role)
  })

  app.get('/api/docs/:id/score', async (request) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    await requireDocumentRole(access, auth.user, id)
    const result = await scoreStoredDocument(rooms, domain, id)
    if (!result.ok) throw new ApiError(409, result.code, result.detail)
    return result.value
  })
}

import type { FastifyInstance } from 'fastify'
import {
  builtInSchemeLookup,
  canEditContent,
  diffTemplates,
  initDocumentFromTemplate,
  newDocId,
  templateFromDoc,
  validateTemplate,
} from '@zhibu/core'
import * as Y from 'yjs'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { ensureBuiltInTemplates } from './ensureBuiltInTemplates'
import { parseInput } from './parseInput'
import { recordAudit } from './recordAudit'
import { requireAdmin } from './requireAdmin'
import { requireAuth } from './requireAuth'
import { requireDocumentRole } from './requireDocumentRole'
import { schemas } from './schemas'
import { templateSchemas } from './templateSchemas'
import { upgradeDocumentTemplate } from './upgradeDocumentTemplate'

/** The documents-table kind of a template draft (a document admins co-edit, then publish as a version). */
export const templateDraftKind = 'template'

const draftUnitKinds = new Set(['organisation', 'committee'])

/**
 * Living-template versions (docs/templates.md): version history, admin drafts and publication, and per-document
 * update check and upgrade.
 */
export function registerTemplateRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store, access, rooms } = context

  async function latestOrNotFound(templateId: string) {
    await ensureBuiltInTemplates(store)
    const latest = await store.templates.latest(templateId)
    if (latest === undefined) throw new ApiError(404, 'TEMPLATE_NOT_FOUND', `没有模板 ${templateId}`)
    return latest
  }

  app.get('/api/templates/:templateId/versions', async (request) => {
    await requireAuth(store, request)
    const { templateId } = parseInput(templateSchemas.templateParams, request.params)
    await latestOrNotFound(templateId)
    const versions = await store.templates.listVersions(templateId)
    return {
      versions: versions.map((entry) => ({
        version: entry.version,
        publishedAt: entry.publishedAt,
        publishedBy: entry.publishedBy,
        note: entry.note,
      })),
    }
  })

  app.get('/api/templates/:templateId/versions/:version', async (request) => {
    await requireAuth(store, request)
    const { templateId, version } = parseInput(templateSchemas.versionParams, request.params)
    await ensureBuiltInTemplates(store)
    const found = await store.templates.find(templateId, version)
    if (found === undefined)
      throw new ApiError(404, 'TEMPLATE_VERSION_NOT_FOUND', `模板 ${templateId} 没有第 ${version} 版`)
    return { template: found.template }
  })

  app.get('/api/templates/:templateId/drafts', async (request) => {
    const auth = await requireAdmin(store, request)
    const { templateId } = parseInput(templateSchemas.templateParams, request.params)
    const { roles } = await access.rolesFor(auth.user)
    const documents = await store.documents.listByUnits([...roles.keys()])
    return {
      drafts: documents
        .filter((document) => document.kind === templateDraftKind && document.templateId === templateId)
        .map((document) => ({
          docId: document.id,
          unitId: document.unitId,
          title: document.title,
          baseVersion: Number(document.templateVersion),
          createdBy: document.createdBy,
          createdAt: document.createdAt,
          updatedAt: document.updatedAt,
        })),
    }
  })

  app.post('/api/templates/:templateId/drafts', async (request, reply) => {
    const auth = await requireAdmin(store, request)
    const { templateId } = parseInput(templateSchemas.templateParams, request.params)
    const body = parseInput(templateSchemas.draft, request.body)
    const unit = await store.units.findById(body.unitId)
    const role = await access.roleOnUnit(auth.user, body.unitId)
    if (unit === undefined || role === undefined) throw new ApiError(404, 'UNIT_NOT_FOUND', 'unit not found')
    if (!canEditContent(role)) throw new ApiError(403, 'FORBIDDEN', 'only editors and admins of the unit')
    if (!draftUnitKinds.has(unit.kind))
      throw new ApiError(400, 'UNIT_KIND_INVALID', '模板草稿只能建在工委或机关党委')
    const latest = await latestOrNotFound(templateId)
    const docId = newDocId()
    const createdAt = new Date().toISOString()
    const title = body.title ?? `${latest.template.title} 第${latest.version + 1}版草稿`
    const doc = new Y.Doc()
    const initialised = initDocumentFromTemplate(doc, latest.template, { docId, title, createdAt })
    if (!initialised.ok) throw new Error(initialised.error.message)
    const update = Y.encodeStateAsUpdate(doc)
    doc.destroy()
    await store.documents.create({
      id: docId,
      unitId: body.unitId,
      templateId,
      templateVersion: String(latest.version),
      kind: templateDraftKind,
      title,
      createdBy: auth.user.id,
      createdAt,
      updatedAt: createdAt,
    })
    await rooms.writeUpdate(docId, update)
    await recordAudit(store, request, auth.user.id, 'template.draft', docId, {
      templateId,
      baseVersion: latest.version,
      unitId: body.unitId,
    })
    return reply.code(201).send({ docId })
  })

  app.post('/api/templates/:templateId/publish', async (request, reply) => {
    const auth = await requireAdmin(store, request)
    const { templateId } = parseInput(templateSchemas.templateParams, request.params)
    const body = parseInput(templateSchemas.publish, request.body)
    await requireDocumentRole(access, auth.user, body.draftDocId)
    const draft = await store.documents.findById(body.draftDocId)
    if (draft === undefined || draft.kind !== templateDraftKind || draft.templateId !== templateId)
      throw new ApiError(404, 'DRAFT_NOT_FOUND', `没有模板 ${templateId} 的草稿 ${body.draftDocId}`)
    const latest = await latestOrNotFound(templateId)
    const base = Number(draft.templateVersion)
    if (base !== latest.version) {
      throw new ApiError(
        409,
        'TEMPLATE_DRAFT_OUTDATED',
        `草稿基于第 ${base} 版, 而最新已是第 ${latest.version} 版`,
      )
    }
    const version = latest.version + 1
    const content = await rooms.readDocument(body.draftDocId)
    const { body: _previousBody, ...header } = latest.template
    const template = templateFromDoc(content, { ...header, version })
    content.destroy()
    // Also what makes a double-clicked publication harmless: the second finds nothing new to publish.
    if (JSON.stringify(template.body) === JSON.stringify(latest.template.body))
      throw new ApiError(409, 'TEMPLATE_UNCHANGED', `草稿与第 ${latest.version} 版相同, 无需发布`)
    const issues = validateTemplate(template, builtInSchemeLookup)
    if (issues.length > 0) {
      return reply.code(400).send({
        error: {
          code: 'TEMPLATE_INVALID',
          message: issues.map((issue) => issue.message).join('; '),
          details: issues,
        },
      })
    }
    // The draft row moves to the new version first: of two publications of one draft only one gets past here, and
    // the draft stays editable as the base of the next version.
    if (!(await store.templates.compareAndSetDocumentVersion(draft.id, base, version)))
      throw new ApiError(409, 'TEMPLATE_DRAFT_OUTDATED', '草稿已被发布')
    const publishedAt = new Date().toISOString()
    const stored = await store.templates.publish({
      templateId,
      version,
      template,
      note: body.note ?? null,
      publishedBy: auth.user.id,
      publishedAt,
    })
    if (!stored) {
      await store.templates.compareAndSetDocumentVersion(draft.id, version, base)
      throw new ApiError(409, 'TEMPLATE_VERSION_CONFLICT', `第 ${version} 版已由他人发布`)
    }
    await recordAudit(store, request, auth.user.id, 'template.publish', templateId, {
      version,
      draftDocId: draft.id,
      note: body.note ?? null,
    })
    return reply.code(201).send({ version })
  })

  app.get('/api/docs/:id/template-update', async (request) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    await requireDocumentRole(access, auth.user, id)
    const document = await store.documents.findById(id)
    if (document === undefined) throw new ApiError(404, 'DOCUMENT_NOT_FOUND', 'document not found')
    const current = Number(document.templateVersion)
    await ensureBuiltInTemplates(store)
    const latest =
      document.kind === templateDraftKind ? undefined : await store.templates.latest(document.templateId)
    if (latest === undefined || latest.version <= current) return { current, latest: current, diff: null }
    const from = await store.templates.find(document.templateId, current)
    return {
      current,
      latest: latest.version,
      diff: from === undefined ? null : diffTemplates(from.template, latest.template, builtInSchemeLookup),
    }
  })

  app.post('/api/docs/:id/upgrade', async (request) => {
    const auth = await requireAuth(store, request)
    const id = parseInput(schemas.docId, (request.params as { id?: unknown }).id)
    const { role } = await requireDocumentRole(access, auth.user, id)
    const body = parseInput(templateSchemas.upgrade, request.body)
    if (!canEditContent(role))
      throw new ApiError(403, 'FORBIDDEN', 'only editors and admins upgrade documents')
    const document = await store.documents.findById(id)
    if (document === undefined || document.kind === templateDraftKind)
      throw new ApiError(404, 'DOCUMENT_NOT_FOUND', 'document not found')
    const answer = await upgradeDocumentTemplate(store, rooms, document, body.toVersion)
    await recordAudit(store, request, auth.user.id, 'template.upgrade', id, {
      toVersion: body.toVersion,
      applied: answer.applied,
      archived: answer.archived,
    })
    return answer
  })
}

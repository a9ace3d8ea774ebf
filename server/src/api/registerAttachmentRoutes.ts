import type { FastifyInstance, FastifyRequest } from 'fastify'
import { canEditContent, canInspect } from '@zhibu/core'
import type { AttachmentStore } from '../attachments/AttachmentStore'
import type { Authenticated } from '../auth/Authenticated'
import type { AttachmentRecord } from '../storage/AttachmentRepo'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import {
  attachmentMediaTypes,
  contentMatchesMediaType,
  isInlineMediaType,
  maxAttachmentBytes,
  mediaTypeOf,
} from './attachmentMediaTypes'
import { attachmentSchemas } from './attachmentSchemas'
import { contentDisposition } from './contentDisposition'
import { parseInput } from './parseInput'
import { recordAudit } from './recordAudit'
import { requireAuth } from './requireAuth'
import { requireDocumentRole } from './requireDocumentRole'

/** What the upload's `onRequest` check established, for its handler (the body is read in between). */
interface UploadPermit {
  auth: Authenticated
  docId: string
  query: ReturnType<typeof attachmentSchemas.upload.parse>
  mediaType: string
}

function unsupported(message: string): ApiError {
  return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', message)
}

const notFound = (): ApiError => new ApiError(404, 'ATTACHMENT_NOT_FOUND', 'attachment not found')

function attachmentView(attachment: AttachmentRecord): Record<string, unknown> {
  const { id, docId, itemId, column, name, mimeType, size, sha256, uploadedBy, uploadedAt } = attachment
  return { id, docId, itemId, column, name, mimeType, size, sha256, uploadedBy, uploadedAt }
}

/**
 * 证据材料: upload (raw body, checked before it is read), list, download and delete. Readers of the document see
 * and download its attachments; anyone else gets 404 for the document and for each attachment alike.
 */
export function registerAttachmentRoutes(
  app: FastifyInstance,
  context: ApiContext,
  attachments: AttachmentStore,
): void {
  const { store, access } = context
  const permits = new WeakMap<FastifyRequest, UploadPermit>()

  /** The attachment and the caller's role on its document; 404 when either is missing or unreadable. */
  async function readableAttachment(
    request: FastifyRequest,
  ): Promise<{ auth: Authenticated; attachment: AttachmentRecord; role: string }> {
    const auth = await requireAuth(store, request)
    const { attachmentId } = parseInput(attachmentSchemas.attachmentParams, request.params)
    const attachment = await attachments.find(attachmentId)
    if (attachment === undefined) throw notFound()
    const grant = await access.roleOnDocument(auth.user, attachment.docId)
    if (grant === undefined) throw notFound()
    return { auth, attachment, role: grant.role }
  }

  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      attachmentMediaTypes as string[],
      { parseAs: 'buffer', bodyLimit: maxAttachmentBytes },
      (_request, body, parsed) => parsed(null, body),
    )
    scope.addContentTypeParser('*', (_request, _payload, parsed) =>
      parsed(unsupported('unsupported file type'), undefined),
    )

    scope.post(
      '/api/docs/:id/attachments',
      {
        bodyLimit: maxAttachmentBytes,
        // Who and what are checked from the headers before a byte of the body is read.
        onRequest: async (request) => {
          const auth = await requireAuth(store, request)
          const { id: docId } = parseInput(attachmentSchemas.docParams, request.params)
          const query = parseInput(attachmentSchemas.upload, request.query)
          const { role } = await requireDocumentRole(access, auth.user, docId)
          const allowed = query.column === 'inspector' ? canInspect(role) : canEditContent(role)
          if (!allowed) {
            throw new ApiError(
              403,
              'FORBIDDEN',
              query.column === 'inspector'
                ? 'only certifiers and admins attach inspector evidence'
                : 'only editors and admins attach evidence',
            )
          }
          const mediaType = mediaTypeOf(request.headers['content-type'])
          if (!attachmentMediaTypes.includes(mediaType)) {
            throw unsupported(`send one of ${attachmentMediaTypes.join(', ')}`)
          }
          permits.set(request, { auth, docId, query, mediaType })
        },
      },
      async (request, reply) => {
        const permit = permits.get(request)
        if (permit === undefined) throw new ApiError(400, 'BAD_REQUEST', 'upload not checked')
        const bytes = request.body
        if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) {
          throw new ApiError(400, 'VALIDATION_ERROR', 'body: the file is empty')
        }
        if (!contentMatchesMediaType(permit.mediaType, bytes)) {
          throw unsupported(`the content is not ${permit.mediaType}`)
        }
        const { attachment, created } = await attachments.put(bytes, {
          docId: permit.docId,
          itemId: permit.query.itemId ?? null,
          column: permit.query.column,
          name: permit.query.name,
          mimeType: permit.mediaType,
          uploadedBy: permit.auth.user.id,
        })
        if (created) {
          await recordAudit(store, request, permit.auth.user.id, 'attachment.upload', permit.docId, {
            attachmentId: attachment.id,
            itemId: attachment.itemId,
            column: attachment.column,
            sha256: attachment.sha256,
            size: attachment.size,
          })
        }
        // A replayed upload (same bytes, document, item and column) answers with the first record.
        return reply.code(created ? 201 : 200).send({ attachment: attachmentView(attachment) })
      },
    )
    done()
  })

  app.get('/api/docs/:id/attachments', async (request) => {
    const auth = await requireAuth(store, request)
    const { id: docId } = parseInput(attachmentSchemas.docParams, request.params)
    await requireDocumentRole(access, auth.user, docId)
    return { attachments: (await attachments.list(docId)).map(attachmentView) }
  })

  app.get('/api/attachments/:attachmentId', async (request, reply) => {
    const { attachment } = await readableAttachment(request)
    const etag = `"${attachment.sha256}"`
    const headers = {
      etag,
      'cache-control': 'private, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
    }
    if (request.headers['if-none-match'] === etag) return reply.code(304).headers(headers).send()
    const found = await attachments.get(attachment.id)
    if (found === undefined) throw notFound()
    return reply
      .headers({
        ...headers,
        'content-type': attachment.mimeType,
        'content-disposition': contentDisposition(
          isInlineMediaType(attachment.mimeType) ? 'inline' : 'attachment',
          attachment.name,
        ),
      })
      .send(Buffer.from(found.bytes.buffer, found.bytes.byteOffset, found.bytes.byteLength))
  })

  app.delete('/api/attachments/:attachmentId', async (request, reply) => {
    const { auth, attachment, role } = await readableAttachment(request)
    if (attachment.uploadedBy !== auth.user.id && role !== 'admin') {
      throw new ApiError(403, 'FORBIDDEN', 'only the uploader or an admin deletes an attachment')
    }
    if (await attachments.delete(attachment.id)) {
      await recordAudit(store, request, auth.user.id, 'attachment.delete', attachment.docId, {
        attachmentId: attachment.id,
        sha256: attachment.sha256,
      })
    }
    return reply.code(204).send()
  })
}

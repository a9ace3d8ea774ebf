import { createHash, randomUUID } from 'node:crypto'
import path from 'node:path'
import type { Store } from '../storage/Store'
import type { AttachmentBlobs } from './AttachmentBlobs'
import type { AttachmentStore } from './AttachmentStore'
import { databaseBlobs } from './databaseBlobs'
import { filesystemBlobs } from './filesystemBlobs'

/** Metadata in `store`, bytes in `blobs`; uploads and deletions of the same content hold its lock. */
export function attachmentStoreOver(store: Store, blobs: AttachmentBlobs): AttachmentStore {
  const repo = store.attachments
  return {
    kind: blobs.kind,
    async put(bytes, meta) {
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      return repo.withContent(sha256, async (rows) => {
        const existing = await rows.findExisting(meta.docId, meta.itemId, meta.column, sha256)
        if (existing !== undefined) return { attachment: existing, created: false }
        // Bytes first: a record is only ever written for content that is already durable.
        await blobs.put(sha256, bytes, rows)
        const attachment = {
          ...meta,
          id: randomUUID(),
          size: bytes.byteLength,
          sha256,
          uploadedAt: new Date().toISOString(),
        }
        await rows.insert(attachment)
        return { attachment, created: true }
      })
    },
    async get(id) {
      const attachment = await repo.findById(id)
      if (attachment === undefined) return undefined
      const bytes = await blobs.get(attachment.sha256)
      return bytes === undefined ? undefined : { attachment, bytes }
    },
    find: (id) => repo.findById(id),
    list: (docId) => repo.listForDocument(docId),
    async delete(id) {
      const attachment = await repo.findById(id)
      if (attachment === undefined) return false
      return repo.withContent(attachment.sha256, async (rows) => {
        if (!(await rows.delete(id))) return false
        if ((await rows.countBySha256(attachment.sha256)) === 0) await blobs.delete(attachment.sha256, rows)
        return true
      })
    },
  }
}

/**
 * The attachment store for a server: bytes in the database when it is shared (Postgres, several nodes), else files
 * under `<dataDir>/attachments`.
 */
export function createAttachmentStore(store: Store, dataDir: string): AttachmentStore {
  const blobs =
    store.flavour === 'postgres'
      ? databaseBlobs(store.attachments)
      : filesystemBlobs(path.join(dataDir, 'attachments'))
  return attachmentStoreOver(store, blobs)
}

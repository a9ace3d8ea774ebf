import type { AttachmentRepo } from '../storage/AttachmentRepo'
import type { AttachmentBlobs } from './AttachmentBlobs'

/**
 * Attachment bytes in the shared database (`attachment_blobs`, bytea on Postgres), so every node serves every
 * file. Bytes and metadata are written in one transaction: a record never points at missing content.
 */
export function databaseBlobs(repo: AttachmentRepo): AttachmentBlobs {
  return {
    kind: 'database',
    put: (sha256, bytes, rows) => rows.putBlob(sha256, bytes),
    get: (sha256) => repo.getBlob(sha256),
    delete: (sha256, rows) => rows.deleteBlob(sha256),
  }
}

/**
 * 本地佐证附件: an evidence file kept on the device, either downloaded (for offline viewing) or chosen
 * offline and waiting in the outbox to be uploaded. `key` is the server's attachment id once known,
 * else `local:<uuid>` until the upload is accepted.
 */
export interface CachedAttachment {
  key: string
  docId: string
  itemId: string
  column: 'self' | 'inspector'
  name: string
  mimeType: string
  size: number
  /** the bytes; null while only the metadata is known (not yet downloaded) */
  blob: Blob | null
  /** the server's id; null while the upload is still queued */
  attachmentId: string | null
  state: 'pending' | 'uploaded' | 'failed'
  uploadedAt: string
}

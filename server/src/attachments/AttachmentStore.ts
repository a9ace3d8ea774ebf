import type { AttachmentColumn, AttachmentRecord } from '../storage/AttachmentRepo'

/** What an upload says about its file; the store adds id, size, sha256 and time. */
export interface NewAttachment {
  docId: string
  itemId: string | null
  column: AttachmentColumn
  name: string
  mimeType: string
  uploadedBy: string
}

/** 证据材料 store: metadata in the database, bytes wherever every node can reach them. */
export interface AttachmentStore {
  readonly kind: 'filesystem' | 'database'
  /**
   * Stores a file. The same bytes again on the same document, item and column return the first record
   * (`created: false`), so a client may replay a queued upload.
   */
  put(bytes: Uint8Array, meta: NewAttachment): Promise<{ attachment: AttachmentRecord; created: boolean }>
  /** The record and its bytes; undefined when either is gone. */
  get(id: string): Promise<{ attachment: AttachmentRecord; bytes: Uint8Array } | undefined>
  find(id: string): Promise<AttachmentRecord | undefined>
  list(docId: string): Promise<AttachmentRecord[]>
  /** Removes the record, and the bytes once no other record uses them; false when it did not exist. */
  delete(id: string): Promise<boolean>
}

/** Who may upload an attachment and where it shows: 自查 evidence (editors) or 考核 evidence (certifiers). */
export type AttachmentColumn = 'self' | 'inspector'

/** 证据材料: an uploaded file attached to a document, optionally to one scheme item. */
export interface AttachmentRecord {
  id: string
  docId: string
  itemId: string | null
  column: AttachmentColumn
  name: string
  mimeType: string
  size: number
  sha256: string
  uploadedBy: string
  uploadedAt: string
}

/** Metadata operations run while holding the lock on one content hash (see {@link AttachmentRepo.withContent}). */
export interface AttachmentRows {
  /** The record of this content on this document, item and column, if it was uploaded before. */
  findExisting(
    docId: string,
    itemId: string | null,
    column: AttachmentColumn,
    sha256: string,
  ): Promise<AttachmentRecord | undefined>
  insert(record: AttachmentRecord): Promise<void>
  /** True when the record existed. */
  delete(id: string): Promise<boolean>
  /** How many records still point at this content. */
  countBySha256(sha256: string): Promise<number>
  /** Database-held bytes (the Postgres attachment store), written in the locked transaction. */
  putBlob(sha256: string, bytes: Uint8Array): Promise<void>
  deleteBlob(sha256: string): Promise<void>
}

/** Attachment metadata (both engines) and database-held attachment bytes. */
export interface AttachmentRepo {
  /**
   * Runs `work` holding a lock on one content hash, on every node (a Postgres advisory lock; in-process on SQLite,
   * which serves one node). Uploads and deletions of the same bytes are serialised by it, so a deletion can never
   * remove content that a concurrent upload has just referenced.
   */
  withContent<T>(sha256: string, work: (rows: AttachmentRows) => Promise<T>): Promise<T>
  findById(id: string): Promise<AttachmentRecord | undefined>
  /** Oldest first. */
  listForDocument(docId: string): Promise<AttachmentRecord[]>
  getBlob(sha256: string): Promise<Uint8Array | undefined>
}

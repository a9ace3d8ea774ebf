/** 证据材料 metadata: one row per uploaded file per document (and scheme item, and column). */
export interface AttachmentsTable {
  id: string
  doc_id: string
  /** Scheme item the evidence belongs to; '' for the document as a whole (so the unique key works on both engines). */
  item_id: string
  /** `self` (自查 evidence, editors) or `inspector` (考核 evidence, certifiers). */
  evidence_column: string
  name: string
  mime_type: string
  size: number
  sha256: string
  uploaded_by: string
  uploaded_at: string
}

/** Attachment bytes kept in the database (the Postgres attachment store), one row per distinct content. */
export interface AttachmentBlobsTable {
  sha256: string
  data: Uint8Array
  size: number
  created_at: string
}

/**
 * The tables of migration 002, added to a Kysely instance with `withTables` so the shared `Database` interface
 * stays as it is.
 */
// A type alias, not an interface: `withTables` needs the implicit index signature only aliases have.
export type AttachmentTables = {
  attachments: AttachmentsTable
  attachment_blobs: AttachmentBlobsTable
}

import type { Result } from '../Result'

/** 文档 metadata as stored. */
export interface DocumentRecord {
  id: string
  unitId: string
  templateId: string
  templateVersion: string
  kind: string
  title: string
  createdBy: string
  createdAt: string
  updatedAt: string
}

/** Document metadata; the content is in the rooms of {@link DocStore}. */
export interface DocumentRepo {
  /** Inserts unless the id exists; then returns the existing record with code DOCUMENT_EXISTS. */
  create(document: DocumentRecord): Promise<Result<DocumentRecord, 'DOCUMENT_EXISTS', DocumentRecord>>
  findById(id: string): Promise<DocumentRecord | undefined>
  listByUnits(unitIds: readonly string[]): Promise<DocumentRecord[]>
  touch(id: string, at: string): Promise<void>
}

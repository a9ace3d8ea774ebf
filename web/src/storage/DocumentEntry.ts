/** 文档索引条目: one document's metadata in the local index (not its content, which lives in its Y.Doc). */
export interface DocumentEntry {
  id: string
  unitId: string
  templateId: string
  title: string
  kind: string
  createdAt: string
  updatedAt: string
  /** 待同步: created locally and not yet accepted by the server. */
  pending: boolean
  /** The server refused the queued creation (4xx); shown to the user, never retried. */
  syncError: { code: string; message: string } | null
  /** The content is stored locally (y-indexeddb) and opens offline. */
  offline: boolean
}

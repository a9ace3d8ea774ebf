/** The payload of a queued 新建文档 (`POST /api/docs` with the client-generated id). */
export interface CreateDocumentAction {
  type: 'createDocument'
  body: { id: string; unitId: string; templateId: string; title: string }
}

/** 待同步操作: an action taken offline, replayed in `seq` order when the server is reachable. */
export interface OutboxEntry {
  seq: number
  action: CreateDocumentAction
  createdAt: string
  attempts: number
  /** `failed` after a 4xx: kept so the user sees it, skipped by replay. */
  state: 'queued' | 'failed'
  lastError: { code: string; message: string } | null
}

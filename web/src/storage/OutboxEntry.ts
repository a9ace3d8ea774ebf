/** The payload of a queued 新建文档 (`POST /api/docs` with the client-generated id). */
export interface CreateDocumentAction {
  type: 'createDocument'
  body: { id: string; unitId: string; templateId: string; title: string }
}

/** A queued 模板升级 (`POST /api/docs/:id/upgrade`); idempotent on the server, so a replay is harmless. */
export interface UpgradeDocumentAction {
  type: 'upgradeDocument'
  body: { docId: string; toVersion: string }
}

/**
 * A queued 佐证上传: the bytes wait in the attachments table under `localKey`; the server deduplicates by
 * sha256, so a replay after a lost reply stores the file once.
 */
export interface UploadAttachmentAction {
  type: 'uploadAttachment'
  body: { docId: string; itemId: string; column: 'self' | 'inspector'; name: string; localKey: string }
}

/** Everything the outbox can hold. */
export type OutboxAction = CreateDocumentAction | UpgradeDocumentAction | UploadAttachmentAction

/** 待同步操作: an action taken offline, replayed in `seq` order when the server is reachable. */
export interface OutboxEntry {
  seq: number
  action: OutboxAction
  createdAt: string
  attempts: number
  /** `failed` after a 4xx: kept so the user sees it, skipped by replay. */
  state: 'queued' | 'failed'
  lastError: { code: string; message: string } | null
}

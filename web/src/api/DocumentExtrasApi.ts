import type { ApiResult } from './ApiResult'

/** 模板差异项: one change between the document's template version and the latest one. */
export interface TemplateDiffChange {
  kind: 'added' | 'removed' | 'repointed' | 'textChanged'
  /** what changed: a living block, the template's own text, or a scheme item */
  subject?: 'block' | 'text' | 'item'
  /** the scheme item id, or the node type of a block or text */
  id: string
  /** a readable name of the subject (the server's title, else the new or old label) */
  title: string
  /** for an item's 文字修改: title, description or points */
  field?: 'title' | 'description' | 'points'
  /** the old value (the old owner of a repointed item, the old text), when the server gives it */
  from?: string
  /** the new value */
  to?: string
}

/** `GET /api/docs/:id/template-update`: the document's template version, the latest, and their difference. */
export interface TemplateUpdate {
  current: string
  latest: string
  /** null when the document is on the latest version */
  diff: { changes: TemplateDiffChange[] } | null
}

/** `POST /api/docs/:id/upgrade`: the version now in the document and what the upgrade did. */
export interface UpgradeResult {
  templateVersion: string
  /** answers of items that no longer exist, kept aside rather than deleted */
  archived: number
  /** false when the document already was at that version (a replayed upgrade) */
  applied: boolean
}

/** 测评票等次 as the ballot API spells them (the labels printed on the 测评表). */
export type BallotGradeLabel = '优秀' | '合格' | '基本合格' | '不合格'

/** 测评票: one voter's grades per member id and optional 存在问题 notes. */
export interface BallotBody {
  grades: Record<string, BallotGradeLabel>
  notes?: Record<string, string>
}

/** The caller's own ballot, as stored by the server. */
export interface OwnBallot extends BallotBody {
  castAt: string
}

/** `GET /api/docs/:id/tally`: the committee's view of the ballots (never served to members). */
export interface TallyReport {
  /** core's AppraisalTally shape, kept untyped here: the editor block reads it */
  tally: unknown
  quota: unknown
  voters: unknown
}

/** 佐证附件 metadata as the server keeps it. */
export interface AttachmentRecord {
  id: string
  docId: string
  itemId: string
  /** 自查 (self, editors) or 考核 (inspector, certifiers) */
  column: 'self' | 'inspector'
  name: string
  mimeType: string
  size: number
  sha256: string
  uploadedBy: string
  uploadedAt: string
}

/** What an attachment upload sends besides the bytes. */
export interface AttachmentUpload {
  docId: string
  itemId: string
  column: 'self' | 'inspector'
  name: string
  mimeType: string
}

/** The document page's API beyond the shell's client: template upgrades, ballots, evidence attachments. */
export interface DocumentExtrasApi {
  templateUpdate(docId: string): Promise<ApiResult<TemplateUpdate>>
  upgrade(docId: string, toVersion: string): Promise<ApiResult<UpgradeResult>>
  castBallot(docId: string, ballot: BallotBody): Promise<ApiResult<{ castAt: string }>>
  /** the caller's ballot, or null when they have not voted (404 BALLOT_NOT_FOUND) */
  ownBallot(docId: string): Promise<ApiResult<OwnBallot | null>>
  tally(docId: string): Promise<ApiResult<TallyReport>>
  uploadAttachment(upload: AttachmentUpload, bytes: Blob): Promise<ApiResult<AttachmentRecord>>
  listAttachments(docId: string): Promise<ApiResult<AttachmentRecord[]>>
  downloadAttachment(attachmentId: string): Promise<ApiResult<Blob>>
  deleteAttachment(attachmentId: string): Promise<ApiResult<true>>
}

/** 佐证文件 as a checklist row lists it. */
export interface EvidenceFile {
  /** stable while listed (the server's id, or a local key while the upload is queued) */
  readonly key: string
  readonly itemId: string
  /** 自查 self or 考核 inspector */
  readonly column: 'self' | 'inspector'
  readonly name: string
  readonly mimeType: string
  readonly size: number
  /** `pending`: chosen offline, waiting to upload; `failed`: refused by the server */
  readonly state: 'pending' | 'uploaded' | 'failed'
  /** an object URL of the bytes when they are on the device (for thumbnails), else null */
  readonly previewUrl: string | null
  /** whether this user may remove it (their own upload, a file still queued, or an admin) */
  readonly removable?: boolean
}

/**
 * 佐证材料服务 — evidence files per checklist item, kept by the web app (API, device cache, outbox).
 * The block renders what `list` returns and re-renders when `subscribe` fires.
 */
export interface EvidenceService {
  list: (itemId: string) => readonly EvidenceFile[]
  subscribe: (listener: () => void) => () => void
  /** the column this user uploads to (editors 自查, certifiers 考核), or null for none */
  uploadColumn: 'self' | 'inspector' | null
  upload: (itemId: string, column: 'self' | 'inspector', files: readonly File[]) => Promise<void>
  /** shows or downloads the file (from the device copy when offline) */
  open: (file: EvidenceFile) => void
  /** removes a file marked removable; rejects with a readable message */
  remove?: (file: EvidenceFile) => Promise<void>
}

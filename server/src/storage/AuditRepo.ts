/** 审计日志 entry: who did what, when, from where. */
export interface AuditEntry {
  at: string
  userId: string | null
  action: string
  target: string | null
  ip: string | null
  detail: Record<string, unknown> | null
}

/** Append-only audit log. */
export interface AuditRepo {
  append(entry: AuditEntry): Promise<void>
  /** Newest first. */
  list(options: { limit: number; before?: number | undefined }): Promise<Array<AuditEntry & { id: number }>>
}

/** 会话: an opaque bearer token, stored only as its sha256. */
export interface SessionRecord {
  tokenHash: string
  userId: string
  createdAt: string
  expiresAt: string
  revokedAt: string | null
}

/** Login sessions. */
export interface SessionRepo {
  create(session: SessionRecord): Promise<void>
  find(tokenHash: string): Promise<SessionRecord | undefined>
  revoke(tokenHash: string, at: string): Promise<boolean>
  revokeAllForUser(userId: string, at: string): Promise<number>
}

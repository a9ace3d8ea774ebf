import { createToken } from '../auth/createToken'
import { hashToken } from '../auth/hashToken'
import type { ApiContext } from './ApiContext'

/** Opens a session for a user: a new opaque token (stored hashed) and its expiry. */
export async function createSession(
  context: Pick<ApiContext, 'store' | 'sessionTtlMs'>,
  userId: string,
): Promise<{ token: string; expiresAt: string }> {
  const token = createToken()
  const now = new Date()
  const expiresAt = new Date(now.getTime() + context.sessionTtlMs).toISOString()
  await context.store.sessions.create({
    tokenHash: hashToken(token),
    userId,
    createdAt: now.toISOString(),
    expiresAt,
    revokedAt: null,
  })
  return { token, expiresAt }
}

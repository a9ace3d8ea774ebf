import type { Store } from '../storage/Store'
import type { Authenticated } from './Authenticated'
import { hashToken } from './hashToken'

/** Resolves a bearer token to its user, or undefined when the token is unknown, revoked or expired. */
export async function authenticateToken(
  store: Store,
  token: string | undefined | null,
  now: Date = new Date(),
): Promise<Authenticated | undefined> {
  if (token === undefined || token === null || token.length === 0 || token.length > 200) return undefined
  const session = await store.sessions.find(hashToken(token))
  if (session === undefined || session.revokedAt !== null || session.expiresAt <= now.toISOString())
    return undefined
  const user = await store.users.findById(session.userId)
  return user === undefined ? undefined : { user, session }
}

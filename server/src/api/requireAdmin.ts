import type { FastifyRequest } from 'fastify'
import type { Authenticated } from '../auth/Authenticated'
import type { Store } from '../storage/Store'
import { ApiError } from './ApiError'
import { requireAuth } from './requireAuth'

/** The caller if they are a global administrator; 401 without a session, 403 otherwise. */
export async function requireAdmin(store: Store, request: FastifyRequest): Promise<Authenticated> {
  const auth = await requireAuth(store, request)
  if (!auth.user.isAdmin) throw new ApiError(403, 'FORBIDDEN', 'administrators only')
  return auth
}

import type { FastifyRequest } from 'fastify'
import type { Authenticated } from '../auth/Authenticated'
import { authenticateToken } from '../auth/authenticateToken'
import type { Store } from '../storage/Store'
import { ApiError } from './ApiError'

/** The caller from `Authorization: Bearer <token>`, or a 401. */
export async function requireAuth(store: Store, request: FastifyRequest): Promise<Authenticated> {
  const header = request.headers.authorization
  const token = header?.startsWith('Bearer ') === true ? header.slice('Bearer '.length).trim() : undefined
  const auth = await authenticateToken(store, token)
  if (auth === undefined) throw new ApiError(401, 'UNAUTHORIZED', 'missing, expired or revoked token')
  return auth
}

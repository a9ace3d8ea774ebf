import type { FastifyInstance } from 'fastify'
import { verifyPassword } from '../auth/verifyPassword'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { createSession } from './createSession'
import { parseInput } from './parseInput'
import { publicUser } from './publicUser'
import { recordAudit } from './recordAudit'
import { requireAuth } from './requireAuth'
import { schemas } from './schemas'

/** Login, logout and the current user with their role grants. */
export function registerAuthRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store, loginThrottle } = context

  app.post('/api/auth/login', async (request) => {
    const body = parseInput(schemas.login, request.body)
    const retryAfterMs = loginThrottle.retryAfterMs(body.username, request.ip)
    if (retryAfterMs > 0) {
      throw new ApiError(429, 'TOO_MANY_ATTEMPTS', 'too many failed logins; try again later', {
        'retry-after': String(Math.ceil(retryAfterMs / 1000)),
      })
    }
    const user = await store.users.findByUsername(body.username)
    if (!(await verifyPassword(user?.passwordHash, body.password)) || user === undefined) {
      loginThrottle.recordFailure(body.username, request.ip)
      await recordAudit(store, request, null, 'auth.login.failed', body.username)
      throw new ApiError(401, 'INVALID_CREDENTIALS', 'wrong username or password')
    }
    loginThrottle.recordSuccess(body.username, request.ip)
    const session = await createSession(context, user.id)
    await recordAudit(store, request, user.id, 'auth.login', user.id)
    return { ...session, user: publicUser(user) }
  })

  app.post('/api/auth/logout', async (request, reply) => {
    const auth = await requireAuth(store, request)
    await store.sessions.revoke(auth.session.tokenHash, new Date().toISOString())
    context.sessionEvents.publish({ kind: 'session-revoked', tokenHash: auth.session.tokenHash })
    await recordAudit(store, request, auth.user.id, 'auth.logout', auth.user.id)
    return reply.code(204).send()
  })

  app.get('/api/auth/me', async (request) => {
    const auth = await requireAuth(store, request)
    const grants = await store.units.grantsForUser(auth.user.id)
    return {
      user: publicUser(auth.user),
      grants: grants.map((grant) => ({ unitId: grant.unitId, role: grant.role })),
      expiresAt: auth.session.expiresAt,
    }
  })
}

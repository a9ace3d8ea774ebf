import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { hashPassword } from '../auth/hashPassword'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { createSession } from './createSession'
import { parseInput } from './parseInput'
import { publicUser } from './publicUser'
import { recordAudit } from './recordAudit'
import { schemas } from './schemas'

/** First-run setup: creates the first administrator once, only while no user exists. */
export function registerSetupRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get('/api/setup', async () => ({ needed: (await context.store.users.count()) === 0 }))

  app.post('/api/setup', async (request, reply) => {
    const body = parseInput(schemas.setup, request.body)
    if ((await context.store.users.count()) > 0)
      throw new ApiError(409, 'ALREADY_SET_UP', 'setup is already done')
    const result = await context.store.users.createFirst({
      id: randomUUID(),
      username: body.username,
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password),
      isAdmin: true,
      createdAt: new Date().toISOString(),
    })
    if (!result.ok) throw new ApiError(409, 'ALREADY_SET_UP', 'setup is already done')
    await recordAudit(context.store, request, result.value.id, 'setup.admin', result.value.id)
    // The person who set up the server is signed in at once, as after a login.
    const session = await createSession(context, result.value.id)
    return reply.code(201).send({ id: result.value.id, ...session, user: publicUser(result.value) })
  })
}

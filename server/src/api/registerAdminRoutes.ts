import { randomUUID } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import type { Role } from '@zhibu/core'
import type { UnitKind } from '../access/UnitKind'
import { hashPassword } from '../auth/hashPassword'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { parseInput } from './parseInput'
import { recordAudit } from './recordAudit'
import { requireAdmin } from './requireAdmin'
import { schemas } from './schemas'

/** Administrator-only routes: users, units, role grants, the audit log. */
export function registerAdminRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store, sessionEvents } = context

  app.post('/api/users', async (request, reply) => {
    const auth = await requireAdmin(store, request)
    const body = parseInput(schemas.createUser, request.body)
    const result = await store.users.create({
      id: randomUUID(),
      username: body.username,
      displayName: body.displayName,
      passwordHash: await hashPassword(body.password),
      isAdmin: body.isAdmin ?? false,
      createdAt: new Date().toISOString(),
    })
    if (!result.ok) throw new ApiError(409, result.code, `username ${body.username} is taken`)
    await recordAudit(store, request, auth.user.id, 'user.create', result.value.id, {
      username: body.username,
    })
    return reply.code(201).send({ id: result.value.id })
  })

  app.post('/api/units', async (request, reply) => {
    const auth = await requireAdmin(store, request)
    const body = parseInput(schemas.createUnit, request.body)
    if (body.parentId !== undefined && (await store.units.findById(body.parentId)) === undefined) {
      throw new ApiError(404, 'UNIT_NOT_FOUND', 'parent unit not found')
    }
    const id = randomUUID()
    await store.units.create({
      id,
      name: body.name,
      kind: body.kind as UnitKind,
      parentId: body.parentId ?? null,
      createdAt: new Date().toISOString(),
    })
    await recordAudit(store, request, auth.user.id, 'unit.create', id, { name: body.name, kind: body.kind })
    return reply.code(201).send({ id })
  })

  app.put('/api/units/:unitId/roles/:userId', async (request) => {
    const auth = await requireAdmin(store, request)
    const params = parseInput(schemas.roleParams, request.params)
    const body = parseInput(schemas.roleBody, request.body)
    if ((await store.units.findById(params.unitId)) === undefined)
      throw new ApiError(404, 'UNIT_NOT_FOUND', 'unit not found')
    if ((await store.users.findById(params.userId)) === undefined)
      throw new ApiError(404, 'USER_NOT_FOUND', 'user not found')
    await store.units.grantRole({
      unitId: params.unitId,
      userId: params.userId,
      role: body.role as Role,
      grantedAt: new Date().toISOString(),
    })
    sessionEvents.publish({ kind: 'user-access-changed', userId: params.userId })
    await recordAudit(store, request, auth.user.id, 'role.grant', `${params.unitId}/${params.userId}`, {
      role: body.role,
    })
    return { unitId: params.unitId, userId: params.userId, role: body.role }
  })

  app.delete('/api/units/:unitId/roles/:userId', async (request, reply) => {
    const auth = await requireAdmin(store, request)
    const params = parseInput(schemas.roleParams, request.params)
    if (!(await store.units.revokeRole(params.unitId, params.userId))) {
      throw new ApiError(404, 'GRANT_NOT_FOUND', 'no role for this user on this unit')
    }
    sessionEvents.publish({ kind: 'user-access-changed', userId: params.userId })
    await recordAudit(store, request, auth.user.id, 'role.revoke', `${params.unitId}/${params.userId}`)
    return reply.code(204).send()
  })

  app.get('/api/audit', async (request) => {
    await requireAdmin(store, request)
    const query = parseInput(schemas.auditQuery, request.query)
    return { entries: await store.audit.list({ limit: query.limit, before: query.before }) }
  })
}

import type { FastifyInstance } from 'fastify'
import { effectiveRoles } from '../access/effectiveRoles'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { parseInput } from './parseInput'
import { requireAuth } from './requireAuth'
import { schemas } from './schemas'

/** The unit tree as the caller sees it, and the members of a unit (for owner pickers). */
export function registerUnitRoutes(app: FastifyInstance, context: ApiContext): void {
  const { store, access } = context

  app.get('/api/units', async (request) => {
    const auth = await requireAuth(store, request)
    const { units, roles } = await access.rolesFor(auth.user)
    // Flat list with parentId; a unit whose parent is not listed is a root of what the caller sees.
    return {
      units: units
        .filter((unit) => roles.has(unit.id))
        .map((unit) => ({
          id: unit.id,
          name: unit.name,
          kind: unit.kind,
          parentId: unit.parentId,
          role: roles.get(unit.id),
        })),
    }
  })

  app.get('/api/units/:unitId/members', async (request) => {
    const auth = await requireAuth(store, request)
    const { unitId } = parseInput(schemas.unitParams, request.params)
    const { units, roles } = await access.rolesFor(auth.user)
    if (!roles.has(unitId)) throw new ApiError(404, 'UNIT_NOT_FOUND', 'unit not found')
    const byId = new Map(units.map((unit) => [unit.id, unit]))
    const lineage: string[] = []
    for (let current = byId.get(unitId); current !== undefined && !lineage.includes(current.id);) {
      lineage.push(current.id)
      current = current.parentId === null ? undefined : byId.get(current.parentId)
    }
    const grants = await store.units.grantsOnUnits(lineage)
    const users = await store.users.findByIds([...new Set(grants.map((grant) => grant.userId))])
    const lineageUnits = lineage.map((id) => byId.get(id)).filter((unit) => unit !== undefined)
    return {
      members: users.map((user) => ({
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: effectiveRoles(
          lineageUnits,
          grants.filter((grant) => grant.userId === user.id),
          false,
        ).get(unitId),
      })),
    }
  })
}

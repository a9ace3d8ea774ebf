import type { Role } from '../storage/Role'
import type { UnitRecord } from '../storage/UnitRecord'

/**
 * Each unit's effective role: its own when the server gave one, otherwise the nearest ancestor's (roles are
 * inherited downwards). Cycles in bad data end the walk instead of looping.
 */
export function resolveEffectiveRoles(units: UnitRecord[]): Map<string, Role | null> {
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const roles = new Map<string, Role | null>()
  for (const unit of units) {
    let current: UnitRecord | undefined = unit
    const seen = new Set<string>()
    while (
      current !== undefined &&
      current.role === null &&
      current.parentId !== null &&
      !seen.has(current.id)
    ) {
      seen.add(current.id)
      current = byId.get(current.parentId)
    }
    roles.set(unit.id, current?.role ?? null)
  }
  return roles
}

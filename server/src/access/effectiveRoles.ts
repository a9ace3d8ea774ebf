import type { RoleGrantRecord, UnitRecord } from '../storage/UnitRepo'
import type { Role } from '@zhibu/core'
import { roleRank } from './roleRank'

/**
 * 有效角色: for each unit, the highest-ranked grant on the unit or any ancestor. A global admin is admin everywhere.
 * Units the user has no role on are absent. Cycles in a corrupt tree are cut rather than looped on.
 */
export function effectiveRoles(
  units: readonly UnitRecord[],
  grants: readonly RoleGrantRecord[],
  isAdmin: boolean,
): Map<string, Role> {
  const result = new Map<string, Role>()
  if (isAdmin) {
    for (const unit of units) result.set(unit.id, 'admin')
    return result
  }
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const direct = new Map<string, Role>()
  for (const grant of grants) direct.set(grant.unitId, grant.role)
  for (const unit of units) {
    let best: Role | undefined
    const seen = new Set<string>()
    for (let current: UnitRecord | undefined = unit; current !== undefined && !seen.has(current.id);) {
      seen.add(current.id)
      const role = direct.get(current.id)
      if (role !== undefined && (best === undefined || roleRank(role) > roleRank(best))) best = role
      current = current.parentId === null ? undefined : byId.get(current.parentId)
    }
    if (best !== undefined) result.set(unit.id, best)
  }
  return result
}

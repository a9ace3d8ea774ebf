import type { Role } from '@zhibu/core'
import type { UnitKind } from '../access/UnitKind'

/** 组织单位 as stored. */
export interface UnitRecord {
  id: string
  name: string
  kind: UnitKind
  parentId: string | null
  createdAt: string
}

/** A role granted to a user on a unit. */
export interface RoleGrantRecord {
  unitId: string
  userId: string
  role: Role
  grantedAt: string
}

/** Units and role grants. The tree is small (thousands of units), so callers resolve inheritance in memory. */
export interface UnitRepo {
  create(unit: UnitRecord): Promise<void>
  findById(id: string): Promise<UnitRecord | undefined>
  list(): Promise<UnitRecord[]>
  grantRole(grant: RoleGrantRecord): Promise<void>
  revokeRole(unitId: string, userId: string): Promise<boolean>
  grantsForUser(userId: string): Promise<RoleGrantRecord[]>
  grantsOnUnits(unitIds: readonly string[]): Promise<RoleGrantRecord[]>
}

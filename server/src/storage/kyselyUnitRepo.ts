import type { Kysely, Selectable } from 'kysely'
import type { Role } from '@zhibu/core'
import type { UnitKind } from '../access/UnitKind'
import type { Database, RoleGrantsTable, UnitsTable } from './Database'
import type { RoleGrantRecord, UnitRecord, UnitRepo } from './UnitRepo'

function toUnit(row: Selectable<UnitsTable>): UnitRecord {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as UnitKind,
    parentId: row.parent_id,
    createdAt: row.created_at,
  }
}

function toGrant(row: Selectable<RoleGrantsTable>): RoleGrantRecord {
  return { unitId: row.unit_id, userId: row.user_id, role: row.role as Role, grantedAt: row.granted_at }
}

/** {@link UnitRepo} over Kysely. */
export function kyselyUnitRepo(db: Kysely<Database>): UnitRepo {
  return {
    async create(unit) {
      await db
        .insertInto('units')
        .values({
          id: unit.id,
          name: unit.name,
          kind: unit.kind,
          parent_id: unit.parentId,
          created_at: unit.createdAt,
        })
        .execute()
    },
    async findById(id) {
      const row = await db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : toUnit(row)
    },
    async list() {
      const rows = await db.selectFrom('units').selectAll().orderBy('created_at').orderBy('id').execute()
      return rows.map(toUnit)
    },
    async grantRole(grant) {
      await db
        .insertInto('role_grants')
        .values({
          unit_id: grant.unitId,
          user_id: grant.userId,
          role: grant.role,
          granted_at: grant.grantedAt,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['unit_id', 'user_id'])
            .doUpdateSet({ role: grant.role, granted_at: grant.grantedAt }),
        )
        .execute()
    },
    async revokeRole(unitId, userId) {
      const result = await db
        .deleteFrom('role_grants')
        .where('unit_id', '=', unitId)
        .where('user_id', '=', userId)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
    async grantsForUser(userId) {
      const rows = await db.selectFrom('role_grants').selectAll().where('user_id', '=', userId).execute()
      return rows.map(toGrant)
    },
    async grantsOnUnits(unitIds) {
      if (unitIds.length === 0) return []
      const rows = await db.selectFrom('role_grants').selectAll().where('unit_id', 'in', unitIds).execute()
      return rows.map(toGrant)
    },
  }
}

import type { Store } from '../storage/Store'
import type { UnitRecord } from '../storage/UnitRepo'
import type { UserRecord } from '../storage/UserRepo'
import type { Role } from '@zhibu/core'
import { effectiveRoles } from './effectiveRoles'

/** Resolves what a user may do where; reads the store each time so every node sees grants made on any node. */
export class AccessService {
  constructor(private readonly store: Store) {}

  /** Effective role per unit for this user (absent: no access), with the unit list it was computed from. */
  async rolesFor(user: UserRecord): Promise<{ units: UnitRecord[]; roles: Map<string, Role> }> {
    const [units, grants] = await Promise.all([
      this.store.units.list(),
      this.store.units.grantsForUser(user.id),
    ])
    return { units, roles: effectiveRoles(units, grants, user.isAdmin) }
  }

  async roleOnUnit(user: UserRecord, unitId: string): Promise<Role | undefined> {
    const { roles } = await this.rolesFor(user)
    return roles.get(unitId)
  }

  /** The caller's role on a document's unit, or undefined when the document does not exist or is not readable. */
  async roleOnDocument(user: UserRecord, docId: string): Promise<{ role: Role; unitId: string } | undefined> {
    const document = await this.store.documents.findById(docId)
    if (document === undefined) return undefined
    const role = await this.roleOnUnit(user, document.unitId)
    return role === undefined ? undefined : { role, unitId: document.unitId }
  }
}

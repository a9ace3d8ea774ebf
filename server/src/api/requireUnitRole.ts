import type { Role } from '@zhibu/core'
import type { AccessService } from '../access/AccessService'
import type { UnitRecord } from '../storage/UnitRepo'
import type { UserRecord } from '../storage/UserRepo'
import type { Store } from '../storage/Store'
import { ApiError } from './ApiError'

/** The unit and the caller's effective role on it; 404 UNIT_NOT_FOUND when it does not exist or is not readable. */
export async function requireUnitRole(
  store: Store,
  access: AccessService,
  user: UserRecord,
  unitId: string,
): Promise<{ unit: UnitRecord; role: Role }> {
  const role = await access.roleOnUnit(user, unitId)
  const unit = role === undefined ? undefined : await store.units.findById(unitId)
  if (role === undefined || unit === undefined) throw new ApiError(404, 'UNIT_NOT_FOUND', 'unit not found')
  return { unit, role }
}

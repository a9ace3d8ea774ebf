import type { Role } from './Role'

/** [S137] Unit, membership and template administration is for admins only. */
export function canAdminister(role: Role): boolean {
  return role === 'admin'
}

import type { Role } from './Role'

/** [S134] Certifiers sign certification sheets; admins may sign anything. */
export function canSignOff(role: Role): boolean {
  return role === 'certifier' || role === 'admin'
}

import type { Role } from './Role'

/** [S133] Inspector (考核) scoring belongs to certifiers and admins, never to the branch itself. */
export function canInspect(role: Role): boolean {
  return role === 'certifier' || role === 'admin'
}

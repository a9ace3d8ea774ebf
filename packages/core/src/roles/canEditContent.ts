import type { Role } from './Role'

/** [S131] Only editors and admins write the content room. */
export function canEditContent(role: Role): boolean {
  return role === 'editor' || role === 'admin'
}

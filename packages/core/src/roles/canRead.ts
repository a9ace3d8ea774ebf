import type { Role } from './Role'

/** [S130] Every role may read a document of its unit. */
export function canRead(_role: Role): boolean {
  return true
}

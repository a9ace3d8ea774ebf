import type { Role } from './Role'

/** [S132] Every role may comment. */
export function canComment(_role: Role): boolean {
  return true
}

import type { Role } from './Role'
import { roles } from './roles'

/** True for the five role names; roles arrive as strings from tokens and the database. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

import { isRole } from '@zhibu/core'
import type { UnitMemberRecord } from './ApiClient'
import { readField } from './readField'

/** One entry of `GET /api/units/:id/members`; the display name is preferred, the username is the fallback. */
export function parseMember(value: unknown): UnitMemberRecord | null {
  const id = readField(value, 'id')
  const name = readField(value, 'displayName') ?? readField(value, 'name') ?? readField(value, 'username')
  if (id === undefined || name === undefined) return null
  const role: unknown =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>).role : undefined
  return isRole(role) ? { id, name, role } : { id, name }
}

import type { Role } from '../storage/Role'
import type { UnitRecord } from '../storage/UnitRecord'
import { readField } from './readField'

const roles: readonly string[] = ['member', 'editor', 'supervisor', 'certifier', 'admin']

/** One unit of `GET /api/units`; a role the client does not know is treated as no role (never as more). */
export function parseUnit(value: unknown): UnitRecord | null {
  const id = readField(value, 'id')
  if (id === undefined) return null
  const role = readField(value, 'role') ?? readField(value, 'effectiveRole')
  return {
    id,
    name: readField(value, 'name') ?? id,
    kind: readField(value, 'kind') ?? 'branch',
    parentId: readField(value, 'parentId') ?? null,
    role: role !== undefined && roles.includes(role) ? (role as Role) : null,
  }
}

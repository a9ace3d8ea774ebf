import type { Role } from '@zhibu/core'

// Which grant wins when a user holds several on a unit's lineage. Core's `roles` order is for display only.
const rank: Record<Role, number> = { member: 0, certifier: 1, supervisor: 2, editor: 3, admin: 4 }

/** Privilege rank of a role; the effective role on a unit is the highest-ranked grant on it or an ancestor. */
export function roleRank(role: Role): number {
  return rank[role]
}

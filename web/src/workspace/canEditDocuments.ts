import type { Role } from '../storage/Role'

/**
 * Whether a role writes document content and creates documents: editors (支委/书记) and admins, as the server
 * enforces ([S131] in core's SPEC). The shell asks this before offering anything the server would refuse.
 */
export function canEditDocuments(role: Role | null): boolean {
  return role === 'editor' || role === 'admin'
}

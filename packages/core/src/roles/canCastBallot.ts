import type { Role } from './Role'

/**
 * [S135] Appraisal ballots come from the branch's own members (member, editor);
 * supervisors, certifiers and admins act from outside the branch and do not vote.
 */
export function canCastBallot(role: Role): boolean {
  return role === 'member' || role === 'editor'
}

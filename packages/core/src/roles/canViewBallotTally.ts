import type { Role } from './Role'

/** [S136] Tallies are for the committee (editors) and admins, so members never learn how others voted. */
export function canViewBallotTally(role: Role): boolean {
  return role === 'editor' || role === 'admin'
}

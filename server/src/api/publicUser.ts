import type { UserRecord } from '../storage/UserRepo'

/** What the API shows of a user (never the hash). */
export function publicUser(user: UserRecord): {
  id: string
  username: string
  displayName: string
  isAdmin: boolean
} {
  return { id: user.id, username: user.username, displayName: user.displayName, isAdmin: user.isAdmin }
}

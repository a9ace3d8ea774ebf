import type { SessionRecord } from '../storage/SessionRepo'
import type { UserRecord } from '../storage/UserRepo'

/** The caller behind a valid, unexpired, unrevoked token. */
export interface Authenticated {
  user: UserRecord
  session: SessionRecord
}

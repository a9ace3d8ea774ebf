import type { Result } from '../Result'

/** 用户 as stored. */
export interface UserRecord {
  id: string
  username: string
  displayName: string
  passwordHash: string
  /** Global administrator flag: user, unit and audit administration, and admin rights on every unit. */
  isAdmin: boolean
  createdAt: string
}

/** Users: created by setup, the admin API and the demo seed. */
export interface UserRepo {
  create(user: UserRecord): Promise<Result<UserRecord, 'USERNAME_TAKEN'>>
  /** Creates the user only when no user exists at all (first-run setup), atomically. */
  createFirst(user: UserRecord): Promise<Result<UserRecord, 'ALREADY_SET_UP'>>
  count(): Promise<number>
  findById(id: string): Promise<UserRecord | undefined>
  findByUsername(username: string): Promise<UserRecord | undefined>
  findByIds(ids: readonly string[]): Promise<UserRecord[]>
}

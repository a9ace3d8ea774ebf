import type { Kysely, Selectable } from 'kysely'
import type { Database, UsersTable } from './Database'
import type { UserRecord, UserRepo } from './UserRepo'

function toRecord(row: Selectable<UsersTable>): UserRecord {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    passwordHash: row.password_hash,
    isAdmin: Number(row.is_admin) === 1,
    createdAt: row.created_at,
  }
}

function toRow(user: UserRecord): UsersTable {
  return {
    id: user.id,
    username: user.username,
    display_name: user.displayName,
    password_hash: user.passwordHash,
    is_admin: user.isAdmin ? 1 : 0,
    created_at: user.createdAt,
  }
}

/** {@link UserRepo} over Kysely. */
export function kyselyUserRepo(db: Kysely<Database>): UserRepo {
  return {
    async create(user) {
      return db.transaction().execute(async (trx) => {
        const taken = await trx
          .selectFrom('users')
          .select('id')
          .where('username', '=', user.username)
          .executeTakeFirst()
        if (taken !== undefined) return { ok: false, code: 'USERNAME_TAKEN', detail: undefined }
        await trx.insertInto('users').values(toRow(user)).execute()
        return { ok: true, value: user }
      })
    },
    async createFirst(user) {
      return db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('users').select('id').limit(1).executeTakeFirst()
        if (existing !== undefined) return { ok: false, code: 'ALREADY_SET_UP', detail: undefined }
        await trx.insertInto('users').values(toRow(user)).execute()
        return { ok: true, value: user }
      })
    },
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll().as('count'))
        .executeTakeFirstOrThrow()
      return Number(row.count)
    },
    async findById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async findByUsername(username) {
      const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async findByIds(ids) {
      if (ids.length === 0) return []
      const rows = await db
        .selectFrom('users')
        .selectAll()
        .where('id', 'in', ids)
        .orderBy('username')
        .execute()
      return rows.map(toRecord)
    },
  }
}

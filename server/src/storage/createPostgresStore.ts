import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { Database } from './Database'
import type { Store } from './Store'
import { createKyselyStore } from './createKyselyStore'

/**
 * The server-database adapter: Kysely over a `pg` pool on `postgres://…`. `synchronous_commit` is left at the
 * server's default (on), so a resolved commit is on disk and a node may acknowledge it.
 */
export async function createPostgresStore(databaseUrl: string, poolSize = 10): Promise<Store> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: poolSize })
  // An idle client losing its connection (Postgres restart) must not take the process down; the pool replaces it.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  try {
    return await createKyselyStore(db, 'postgres')
  } catch (error) {
    await db.destroy()
    throw error
  }
}

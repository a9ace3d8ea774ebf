import { mkdirSync } from 'node:fs'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './Database'
import type { Store } from './Store'
import { createKyselyStore } from './createKyselyStore'

/** The embedded default: `<dataDir>/zhibu.sqlite` in WAL mode with synchronous=FULL, so a commit survives power loss. */
export async function createSqliteStore(dataDir: string): Promise<Store> {
  mkdirSync(dataDir, { recursive: true })
  const database = new BetterSqlite3(path.join(dataDir, 'zhibu.sqlite'))
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.pragma('busy_timeout = 5000')
  database.pragma('foreign_keys = ON')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) })
  return createKyselyStore(db, 'sqlite')
}

import type { Store } from './Store'
import { createPostgresStore } from './createPostgresStore'
import { createSqliteStore } from './createSqliteStore'

/** Where the store lives; `databaseUrl` selects a server database when an adapter for its scheme exists. */
export interface StoreSettings {
  dataDir: string
  databaseUrl?: string | undefined
}

/** Picks the adapter from the settings (env `DATABASE_URL=postgres://…`, else SQLite in `DATA_DIR`). */
export async function createStore(settings: StoreSettings): Promise<Store> {
  if (settings.databaseUrl !== undefined && settings.databaseUrl !== '') {
    const protocol = new URL(settings.databaseUrl).protocol
    if (protocol === 'postgres:' || protocol === 'postgresql:')
      return createPostgresStore(settings.databaseUrl)
    throw new Error(`DATABASE_URL is set but no adapter for ${protocol} is built in`)
  }
  return createSqliteStore(settings.dataDir)
}

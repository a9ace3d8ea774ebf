import type { Store } from './Store'
import { createSqliteStore } from './createSqliteStore'

/** Where the store lives; `databaseUrl` selects a server database when an adapter for its scheme exists. */
export interface StoreSettings {
  dataDir: string
  databaseUrl?: string | undefined
}

/** Picks the adapter from the settings (env `DATABASE_URL`, else SQLite in `DATA_DIR`). */
export async function createStore(settings: StoreSettings): Promise<Store> {
  if (settings.databaseUrl !== undefined && settings.databaseUrl !== '') {
    throw new Error(
      `DATABASE_URL is set but no adapter for ${new URL(settings.databaseUrl).protocol} is built in`,
    )
  }
  return createSqliteStore(settings.dataDir)
}

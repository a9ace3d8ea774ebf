import { Migrator, type Kysely } from 'kysely'
import type { Database } from './Database'
import type { SqlFlavour } from './SqlFlavour'
import { migrationProvider } from './migrations/migrationProvider'

/** Brings the schema up to date; throws at startup if a migration fails, since serving on a half-migrated schema is worse. */
export async function migrateToLatest(db: Kysely<Database>, flavour: SqlFlavour): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(flavour) })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error !== undefined || failed !== undefined) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`)
  }
}

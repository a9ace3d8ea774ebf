import type { Migration, MigrationProvider } from 'kysely'
import type { SqlFlavour } from '../SqlFlavour'
import { initialMigration } from './001_initial'

/** The one list of schema migrations, shared by every SQL adapter. */
export function migrationProvider(flavour: SqlFlavour): MigrationProvider {
  return {
    getMigrations(): Promise<Record<string, Migration>> {
      return Promise.resolve({ '001_initial': initialMigration(flavour) })
    },
  }
}

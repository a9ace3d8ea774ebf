import type { Migration, MigrationProvider } from 'kysely'
import type { SqlFlavour } from '../SqlFlavour'
import { initialMigration } from './001_initial'
import { attachmentsMigration } from './002_attachments'
import { templateVersionsMigration } from './003_template_versions'
import { schedulesBallotsMigration } from './004_schedules_ballots'

/** The one list of schema migrations, shared by every SQL adapter. */
export function migrationProvider(flavour: SqlFlavour): MigrationProvider {
  return {
    getMigrations(): Promise<Record<string, Migration>> {
      return Promise.resolve({
        '001_initial': initialMigration(flavour),
        '003_template_versions': templateVersionsMigration(flavour),
        '004_schedules_ballots': schedulesBallotsMigration(flavour),
        '002_attachments': attachmentsMigration(flavour),
      })
    },
  }
}

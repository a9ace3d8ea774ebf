import type { Kysely, Migration } from 'kysely'
import type { SqlFlavour } from '../SqlFlavour'

/**
 * 工作计划 (recurring template schedules) and 民主测评票 (appraisal ballots). Ballots live only here, never in a
 * Y.Doc, so no member can sync another member's vote; grades and notes are JSON text.
 */
export function schedulesBallotsMigration(_flavour: SqlFlavour): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('schedules')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id').onDelete('cascade'))
        .addColumn('template_id', 'text', (col) => col.notNull())
        .addColumn('frequency', 'text', (col) => col.notNull())
        .addColumn('minimum_per_period', 'integer', (col) => col.notNull())
        .addColumn('start_date', 'text', (col) => col.notNull())
        .addColumn('end_date', 'text')
        .addColumn('created_by', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute()
      await db.schema.createIndex('schedules_unit_idx').on('schedules').column('unit_id').execute()
      await db.schema
        .createTable('ballots')
        .addColumn('doc_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('voter_id', 'text', (col) => col.notNull())
        .addColumn('grades', 'text', (col) => col.notNull())
        .addColumn('notes', 'text', (col) => col.notNull())
        .addColumn('cast_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('ballots_pk', ['doc_id', 'voter_id'])
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('ballots').execute()
      await db.schema.dropTable('schedules').execute()
    },
  }
}

import type { Kysely, Migration } from 'kysely'
import type { SqlFlavour } from '../SqlFlavour'

/** 模板版本 table: one immutable row per published template version. */
export function templateVersionsMigration(_flavour: SqlFlavour): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('template_versions')
        .addColumn('template_id', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('title_en', 'text', (col) => col.notNull())
        .addColumn('scheme_id', 'text')
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('note', 'text')
        .addColumn('published_by', 'text', (col) => col.notNull())
        .addColumn('published_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('template_versions_pk', ['template_id', 'version'])
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('template_versions').execute()
    },
  }
}

import type { Kysely, Migration } from 'kysely'
import type { SqlFlavour } from '../SqlFlavour'

// Column types are the only thing that differs between the engines; everything else is portable DDL.
export function initialMigration(flavour: SqlFlavour): Migration {
  const blob = flavour === 'postgres' ? 'bytea' : 'blob'
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('username', 'text', (col) => col.notNull().unique())
        .addColumn('display_name', 'text', (col) => col.notNull())
        .addColumn('password_hash', 'text', (col) => col.notNull())
        .addColumn('is_admin', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute()
      await db.schema
        .createTable('sessions')
        .addColumn('token_hash', 'text', (col) => col.primaryKey())
        .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .addColumn('revoked_at', 'text')
        .execute()
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute()
      await db.schema
        .createTable('units')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('parent_id', 'text', (col) => col.references('units.id'))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute()
      await db.schema
        .createTable('role_grants')
        .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', (col) => col.notNull())
        .addColumn('granted_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('role_grants_pk', ['unit_id', 'user_id'])
        .execute()
      await db.schema.createIndex('role_grants_user_idx').on('role_grants').column('user_id').execute()
      await db.schema
        .createTable('documents')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('unit_id', 'text', (col) => col.notNull().references('units.id'))
        .addColumn('template_id', 'text', (col) => col.notNull())
        .addColumn('template_version', 'text', (col) => col.notNull())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('title', 'text', (col) => col.notNull())
        .addColumn('created_by', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute()
      await db.schema.createIndex('documents_unit_idx').on('documents').column('unit_id').execute()
      await db.schema
        .createTable('doc_rooms')
        .addColumn('room', 'text', (col) => col.primaryKey())
        .addColumn('head_seq', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('snapshot', blob)
        .addColumn('snapshot_seq', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute()
      await db.schema
        .createTable('doc_updates')
        .addColumn('room', 'text', (col) => col.notNull())
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('data', blob, (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('doc_updates_pk', ['room', 'seq'])
        .execute()
      await db.schema
        .createTable('audit_log')
        .addColumn('id', 'integer', (col) =>
          flavour === 'postgres'
            ? col.generatedAlwaysAsIdentity().primaryKey()
            : col.autoIncrement().primaryKey(),
        )
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('user_id', 'text')
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('target', 'text')
        .addColumn('ip', 'text')
        .addColumn('detail', 'text')
        .execute()
      await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of [
        'audit_log',
        'doc_updates',
        'doc_rooms',
        'documents',
        'role_grants',
        'units',
        'sessions',
        'users',
      ]) {
        await db.schema.dropTable(table).execute()
      }
    },
  }
}

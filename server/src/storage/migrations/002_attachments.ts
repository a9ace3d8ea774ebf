import type { Kysely, Migration } from 'kysely'
import type { SqlFlavour } from '../SqlFlavour'

/**
 * 证据材料 (attachments): metadata on both engines, and `attachment_blobs` for the bytes when they live in the
 * database (Postgres; SQLite keeps them as files under `DATA_DIR/attachments`, the table stays empty there).
 */
export function attachmentsMigration(flavour: SqlFlavour): Migration {
  const blob = flavour === 'postgres' ? 'bytea' : 'blob'
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('attachments')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('doc_id', 'text', (col) => col.notNull().references('documents.id').onDelete('cascade'))
        .addColumn('item_id', 'text', (col) => col.notNull())
        .addColumn('evidence_column', 'text', (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('mime_type', 'text', (col) => col.notNull())
        .addColumn('size', 'integer', (col) => col.notNull())
        .addColumn('sha256', 'text', (col) => col.notNull())
        .addColumn('uploaded_by', 'text', (col) => col.notNull())
        .addColumn('uploaded_at', 'text', (col) => col.notNull())
        // One record per content per document, item and column: a replayed upload finds the first one.
        .addUniqueConstraint('attachments_content_unique', ['doc_id', 'item_id', 'evidence_column', 'sha256'])
        .execute()
      await db.schema.createIndex('attachments_sha256_idx').on('attachments').column('sha256').execute()
      await db.schema
        .createTable('attachment_blobs')
        .addColumn('sha256', 'text', (col) => col.primaryKey())
        .addColumn('data', blob, (col) => col.notNull())
        .addColumn('size', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('attachment_blobs').execute()
      await db.schema.dropTable('attachments').execute()
    },
  }
}

import type { Kysely, Selectable } from 'kysely'
import type { Database, DocumentsTable } from './Database'
import type { DocumentRecord, DocumentRepo } from './DocumentRepo'

function toRecord(row: Selectable<DocumentsTable>): DocumentRecord {
  return {
    id: row.id,
    unitId: row.unit_id,
    templateId: row.template_id,
    templateVersion: row.template_version,
    kind: row.kind,
    title: row.title,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

/** {@link DocumentRepo} over Kysely. */
export function kyselyDocumentRepo(db: Kysely<Database>): DocumentRepo {
  return {
    async create(document) {
      return db.transaction().execute(async (trx) => {
        const existing = await trx
          .selectFrom('documents')
          .selectAll()
          .where('id', '=', document.id)
          .executeTakeFirst()
        if (existing !== undefined) return { ok: false, code: 'DOCUMENT_EXISTS', detail: toRecord(existing) }
        await trx
          .insertInto('documents')
          .values({
            id: document.id,
            unit_id: document.unitId,
            template_id: document.templateId,
            template_version: document.templateVersion,
            kind: document.kind,
            title: document.title,
            created_by: document.createdBy,
            created_at: document.createdAt,
            updated_at: document.updatedAt,
          })
          .execute()
        return { ok: true, value: document }
      })
    },
    async findById(id) {
      const row = await db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async listByUnits(unitIds) {
      if (unitIds.length === 0) return []
      const rows = await db
        .selectFrom('documents')
        .selectAll()
        .where('unit_id', 'in', unitIds)
        .orderBy('updated_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(toRecord)
    },
    async touch(id, at) {
      await db.updateTable('documents').set({ updated_at: at }).where('id', '=', id).execute()
    },
  }
}

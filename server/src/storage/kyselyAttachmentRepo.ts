import { sql, type Kysely, type Selectable } from 'kysely'
import type { AttachmentColumn, AttachmentRecord, AttachmentRepo, AttachmentRows } from './AttachmentRepo'
import type { AttachmentTables, AttachmentsTable } from './AttachmentTables'
import type { Database } from './Database'
import type { SqlFlavour } from './SqlFlavour'
import { toBuffer } from './toBuffer'

function toRecord(row: Selectable<AttachmentsTable>): AttachmentRecord {
  return {
    id: row.id,
    docId: row.doc_id,
    itemId: row.item_id === '' ? null : row.item_id,
    column: row.evidence_column as AttachmentColumn,
    name: row.name,
    mimeType: row.mime_type,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    uploadedAt: row.uploaded_at,
  }
}

type AttachmentDb = Kysely<Database & AttachmentTables>

function rowsOver(db: AttachmentDb): AttachmentRows {
  return {
    async findExisting(docId, itemId, column, sha256) {
      const row = await db
        .selectFrom('attachments')
        .selectAll()
        .where('doc_id', '=', docId)
        .where('item_id', '=', itemId ?? '')
        .where('evidence_column', '=', column)
        .where('sha256', '=', sha256)
        .executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async insert(record) {
      await db
        .insertInto('attachments')
        .values({
          id: record.id,
          doc_id: record.docId,
          item_id: record.itemId ?? '',
          evidence_column: record.column,
          name: record.name,
          mime_type: record.mimeType,
          size: record.size,
          sha256: record.sha256,
          uploaded_by: record.uploadedBy,
          uploaded_at: record.uploadedAt,
        })
        .execute()
    },
    async delete(id) {
      const result = await db.deleteFrom('attachments').where('id', '=', id).executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },
    async countBySha256(sha256) {
      const row = await db
        .selectFrom('attachments')
        .select((eb) => eb.fn.countAll<number | string>().as('count'))
        .where('sha256', '=', sha256)
        .executeTakeFirstOrThrow()
      return Number(row.count)
    },
    async putBlob(sha256, bytes) {
      await db
        .insertInto('attachment_blobs')
        .values({
          sha256,
          data: toBuffer(bytes),
          size: bytes.byteLength,
          created_at: new Date().toISOString(),
        })
        .onConflict((conflict) => conflict.column('sha256').doNothing())
        .execute()
    },
    async deleteBlob(sha256) {
      await db.deleteFrom('attachment_blobs').where('sha256', '=', sha256).execute()
    },
  }
}

/** {@link AttachmentRepo} over Kysely, on either engine. */
export function kyselyAttachmentRepo(base: Kysely<Database>, flavour: SqlFlavour): AttachmentRepo {
  const db = base.withTables<AttachmentTables>()
  // SQLite serves a single node: an in-process chain per hash is the lock, and no transaction is held meanwhile
  // (a SQLite transaction would stall every other query, sync commits included, for the length of a file write).
  const localLocks = new Map<string, Promise<unknown>>()
  return {
    async withContent(sha256, work) {
      if (flavour === 'postgres') {
        return db.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(hashtextextended(${`zhibu-attachment:${sha256}`}, 0))`.execute(
            trx,
          )
          return work(rowsOver(trx))
        })
      }
      const previous = localLocks.get(sha256) ?? Promise.resolve()
      const result = previous.catch(() => undefined).then(() => work(rowsOver(db)))
      localLocks.set(sha256, result)
      try {
        return await result
      } finally {
        if (localLocks.get(sha256) === result) localLocks.delete(sha256)
      }
    },
    async findById(id) {
      const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async listForDocument(docId) {
      const rows = await db
        .selectFrom('attachments')
        .selectAll()
        .where('doc_id', '=', docId)
        .orderBy('uploaded_at')
        .orderBy('id')
        .execute()
      return rows.map(toRecord)
    },
    async getBlob(sha256) {
      const row = await db
        .selectFrom('attachment_blobs')
        .select('data')
        .where('sha256', '=', sha256)
        .executeTakeFirst()
      return row?.data
    },
  }
}

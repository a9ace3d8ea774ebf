import type { TemplateDefinition } from '@zhibu/core'
import type { Kysely, Selectable } from 'kysely'
import type { Database } from './Database'
import type { TemplateRepo } from './TemplateRepo'
import type { TemplateVersionRecord } from './TemplateVersionRecord'
import type { TemplateVersionsTables } from './TemplateVersionsTable'

type Row = Selectable<TemplateVersionsTables['template_versions']>

function toRecord(row: Row): TemplateVersionRecord {
  return {
    templateId: row.template_id,
    version: Number(row.version),
    template: JSON.parse(row.body) as TemplateDefinition,
    note: row.note,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
  }
}

function toRow(record: TemplateVersionRecord): Row {
  const { template } = record
  return {
    template_id: record.templateId,
    version: record.version,
    kind: template.kind,
    title: template.title,
    title_en: template.titleEn,
    scheme_id: template.schemeId ?? null,
    body: JSON.stringify(template),
    note: record.note,
    published_by: record.publishedBy,
    published_at: record.publishedAt,
  }
}

/** {@link TemplateRepo} over Kysely (SQLite and Postgres). */
export function kyselyTemplateRepo(base: Kysely<Database>): TemplateRepo {
  const db = base.withTables<TemplateVersionsTables>()
  const insert = async (record: TemplateVersionRecord): Promise<boolean> => {
    const result = await db
      .insertInto('template_versions')
      .values(toRow(record))
      .onConflict((conflict) => conflict.columns(['template_id', 'version']).doNothing())
      .executeTakeFirst()
    return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1
  }
  return {
    async ensureBuiltIns(templates, at) {
      for (const template of templates) {
        await insert({
          templateId: template.id,
          version: template.version,
          template,
          note: '内置模板',
          publishedBy: 'system',
          publishedAt: at,
        })
      }
    },
    async find(templateId, version) {
      const row = await db
        .selectFrom('template_versions')
        .selectAll()
        .where('template_id', '=', templateId)
        .where('version', '=', version)
        .executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async latest(templateId) {
      const row = await db
        .selectFrom('template_versions')
        .selectAll()
        .where('template_id', '=', templateId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async latestVersions() {
      const rows = await db
        .selectFrom('template_versions')
        .select((eb) => ['template_id', eb.fn.max('version').as('version')])
        .groupBy('template_id')
        .execute()
      return new Map(rows.map((row) => [row.template_id, Number(row.version)]))
    },
    async listVersions(templateId) {
      const rows = await db
        .selectFrom('template_versions')
        .select(['template_id', 'version', 'note', 'published_by', 'published_at'])
        .where('template_id', '=', templateId)
        .orderBy('version', 'asc')
        .execute()
      return rows.map((row) => ({
        templateId: row.template_id,
        version: Number(row.version),
        note: row.note,
        publishedBy: row.published_by,
        publishedAt: row.published_at,
      }))
    },
    publish: insert,
    async compareAndSetDocumentVersion(docId, from, to) {
      const result = await base
        .updateTable('documents')
        .set({ template_version: String(to) })
        .where('id', '=', docId)
        .where('template_version', '=', String(from))
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}

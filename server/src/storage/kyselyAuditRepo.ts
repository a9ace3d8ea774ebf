import type { Kysely } from 'kysely'
import type { AuditRepo } from './AuditRepo'
import type { Database } from './Database'

/** {@link AuditRepo} over Kysely; `detail` is stored as JSON text. */
export function kyselyAuditRepo(db: Kysely<Database>): AuditRepo {
  return {
    async append(entry) {
      await db
        .insertInto('audit_log')
        .values({
          at: entry.at,
          user_id: entry.userId,
          action: entry.action,
          target: entry.target,
          ip: entry.ip,
          detail: entry.detail === null ? null : JSON.stringify(entry.detail),
        })
        .execute()
    },
    async list({ limit, before }) {
      let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(limit)
      if (before !== undefined) query = query.where('id', '<', before)
      const rows = await query.execute()
      return rows.map((row) => ({
        id: Number(row.id),
        at: row.at,
        userId: row.user_id,
        action: row.action,
        target: row.target,
        ip: row.ip,
        detail: row.detail === null ? null : (JSON.parse(row.detail) as Record<string, unknown>),
      }))
    },
  }
}

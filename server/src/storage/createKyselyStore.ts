import { sql, type Kysely } from 'kysely'
import type { Database } from './Database'
import type { SqlFlavour } from './SqlFlavour'
import type { Store } from './Store'
import { kyselyAttachmentRepo } from './kyselyAttachmentRepo'
import { kyselyAuditRepo } from './kyselyAuditRepo'
import { kyselyBallotRepo } from './kyselyBallotRepo'
import { kyselyScheduleRepo } from './kyselyScheduleRepo'
import { kyselyDocStore } from './kyselyDocStore'
import { kyselyDocumentRepo } from './kyselyDocumentRepo'
import { kyselySessionRepo } from './kyselySessionRepo'
import { kyselyUnitRepo } from './kyselyUnitRepo'
import { kyselyUserRepo } from './kyselyUserRepo'
import { migrateToLatest } from './migrateToLatest'
import { kyselyTemplateRepo } from './kyselyTemplateRepo'

/**
 * A {@link Store} over a Kysely instance of either flavour. Adapters only build the dialect;
 * the schema (migrations) and the queries are shared.
 */
export async function createKyselyStore(db: Kysely<Database>, flavour: SqlFlavour): Promise<Store> {
  await migrateToLatest(db, flavour)
  const now = (): string => new Date().toISOString()
  return {
    flavour,
    docs: kyselyDocStore(db, now, { groupCommit: flavour === 'sqlite' }),
    users: kyselyUserRepo(db),
    sessions: kyselySessionRepo(db),
    units: kyselyUnitRepo(db),
    documents: kyselyDocumentRepo(db),
    audit: kyselyAuditRepo(db),
    schedules: kyselyScheduleRepo(db),
    ballots: kyselyBallotRepo(db),
    templates: kyselyTemplateRepo(db),
    attachments: kyselyAttachmentRepo(db, flavour),
    async ping() {
      try {
        await sql`select 1`.execute(db)
        return true
      } catch {
        return false
      }
    },
    async close() {
      await db.destroy()
    },
  }
}

import type { Kysely } from 'kysely'
import type { BallotRecord, BallotRepo } from './BallotRepo'
import type { Database } from './Database'
import type { BallotsTable, ScheduleBallotTables } from './ScheduleBallotTables'

function toRecord(row: BallotsTable): BallotRecord {
  return {
    docId: row.doc_id,
    voterId: row.voter_id,
    grades: JSON.parse(row.grades) as Record<string, string>,
    notes: JSON.parse(row.notes) as Record<string, string>,
    castAt: row.cast_at,
  }
}

/** {@link BallotRepo} over Kysely; one row per (document, voter), replaced by a later ballot. */
export function kyselyBallotRepo(base: Kysely<Database>): BallotRepo {
  const db = base.withTables<ScheduleBallotTables>()
  return {
    async put(ballot) {
      const values = {
        grades: JSON.stringify(ballot.grades),
        notes: JSON.stringify(ballot.notes),
        cast_at: ballot.castAt,
      }
      return db.transaction().execute(async (transaction) => {
        const existing = await transaction
          .selectFrom('ballots')
          .select('voter_id')
          .where('doc_id', '=', ballot.docId)
          .where('voter_id', '=', ballot.voterId)
          .executeTakeFirst()
        await transaction
          .insertInto('ballots')
          .values({ doc_id: ballot.docId, voter_id: ballot.voterId, ...values })
          .onConflict((conflict) => conflict.columns(['doc_id', 'voter_id']).doUpdateSet(values))
          .execute()
        return existing !== undefined
      })
    },
    async find(docId, voterId) {
      const row = await db
        .selectFrom('ballots')
        .selectAll()
        .where('doc_id', '=', docId)
        .where('voter_id', '=', voterId)
        .executeTakeFirst()
      return row === undefined ? undefined : toRecord(row)
    },
    async listForDocument(docId) {
      const rows = await db
        .selectFrom('ballots')
        .selectAll()
        .where('doc_id', '=', docId)
        .orderBy('voter_id')
        .execute()
      return rows.map(toRecord)
    },
  }
}

import type { Kysely, Selectable, Transaction } from 'kysely'
import type { Database, DocRoomsTable } from './Database'
import type { DocStore } from './DocStore'
import { compactUpdates } from './compactUpdates'
import { mergeStoredUpdates } from './mergeStoredUpdates'
import { toBuffer } from './toBuffer'

const insertChunk = 200

class CompactionLost extends Error {}

type RoomRow = Pick<Selectable<DocRoomsTable>, 'snapshot' | 'snapshot_seq' | 'head_seq'>

/**
 * Reads a room's row and then, with `read`, the updates after its snapshot, as one consistent picture. Postgres
 * runs READ COMMITTED, where every statement sees the latest commits: a compaction committing between the two
 * reads would leave an old (or no) snapshot beside updates that were already deleted, so a room would load
 * without them. When the snapshot moved meanwhile the read is repeated. (SQLite transactions are already one
 * snapshot, so there it never repeats.)
 */
async function readConsistently<T>(
  db: Kysely<Database>,
  room: string,
  read: (trx: Transaction<Database>, row: RoomRow) => Promise<T>,
): Promise<T | undefined> {
  for (;;) {
    const result = await db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('doc_rooms')
        .select(['snapshot', 'snapshot_seq', 'head_seq'])
        .where('room', '=', room)
        .executeTakeFirst()
      if (row === undefined) return { value: undefined }
      const value = await read(trx, row)
      const after = await trx
        .selectFrom('doc_rooms')
        .select(['snapshot_seq'])
        .where('room', '=', room)
        .executeTakeFirstOrThrow()
      return Number(after.snapshot_seq) === Number(row.snapshot_seq) ? { value } : undefined
    })
    if (result !== undefined) return result.value
  }
}

/** {@link DocStore} over any Kysely dialect (SQLite, Postgres): portable SQL only. */
export function kyselyDocStore(db: Kysely<Database>, now: () => string): DocStore {
  return {
    async appendUpdates(room, updates) {
      if (updates.length === 0) throw new Error('appendUpdates needs at least one update')
      return db.transaction().execute(async (trx) => {
        const at = now()
        await trx
          .insertInto('doc_rooms')
          .values({ room, head_seq: 0, snapshot: null, snapshot_seq: 0, updated_at: at })
          .onConflict((conflict) => conflict.column('room').doNothing())
          .execute()
        // The row lock taken here serialises appends per room, so seqs are gap-free and in commit order.
        const head = await trx
          .updateTable('doc_rooms')
          .set((eb) => ({ head_seq: eb('head_seq', '+', updates.length), updated_at: at }))
          .where('room', '=', room)
          .returning('head_seq')
          .executeTakeFirstOrThrow()
        const headSeq = Number(head.head_seq)
        const firstSeq = headSeq - updates.length + 1
        for (let start = 0; start < updates.length; start += insertChunk) {
          const rows = updates.slice(start, start + insertChunk).map((data, offset) => ({
            room,
            seq: firstSeq + start + offset,
            data: toBuffer(data),
            created_at: at,
          }))
          await trx.insertInto('doc_updates').values(rows).execute()
        }
        return headSeq
      })
    },

    async loadDocument(room) {
      return readConsistently(db, room, async (trx, row) => {
        const updates = await trx
          .selectFrom('doc_updates')
          .select(['data'])
          .where('room', '=', room)
          .where('seq', '>', row.snapshot_seq)
          .where('seq', '<=', row.head_seq)
          .orderBy('seq')
          .execute()
        const parts = [
          ...(row.snapshot === null ? [] : [row.snapshot]),
          ...updates.map((update) => update.data),
        ]
        return { update: mergeStoredUpdates(parts), seq: Number(row.head_seq) }
      })
    },

    async updatesSince(room, afterSeq) {
      const entries = await readConsistently(db, room, async (trx, row) => {
        const folded = Number(row.snapshot_seq) > afterSeq && row.snapshot !== null
        const updates = await trx
          .selectFrom('doc_updates')
          .select(['seq', 'data'])
          .where('room', '=', room)
          .where('seq', '>', folded ? row.snapshot_seq : afterSeq)
          .orderBy('seq')
          .execute()
        const entries = updates.map((update) => ({
          seq: Number(update.seq),
          update: update.data,
        }))
        // Updates before the snapshot are gone: the snapshot stands in for them (applying it again is idempotent).
        return folded && row.snapshot !== null
          ? [{ seq: Number(row.snapshot_seq), update: row.snapshot }, ...entries]
          : entries
      })
      return entries ?? []
    },

    async compact(room) {
      try {
        return await db.transaction().execute(async (trx) => {
          const row = await trx
            .selectFrom('doc_rooms')
            .select(['snapshot', 'snapshot_seq', 'head_seq'])
            .where('room', '=', room)
            .executeTakeFirst()
          if (row === undefined) return 0
          const upTo = Number(row.head_seq)
          const updates = await trx
            .selectFrom('doc_updates')
            .select(['data'])
            .where('room', '=', room)
            .where('seq', '>', row.snapshot_seq)
            .where('seq', '<=', upTo)
            .orderBy('seq')
            .execute()
          if (updates.length === 0) return 0
          const parts = [
            ...(row.snapshot === null ? [] : [row.snapshot]),
            ...updates.map((update) => update.data),
          ]
          const snapshot = compactUpdates(parts)
          const moved = await trx
            .updateTable('doc_rooms')
            .set({ snapshot: toBuffer(snapshot), snapshot_seq: upTo, updated_at: now() })
            .where('room', '=', room)
            .where('snapshot_seq', '=', row.snapshot_seq)
            .executeTakeFirst()
          // Another compactor moved the snapshot first: roll back and let its result stand.
          if (Number(moved.numUpdatedRows) !== 1) throw new CompactionLost()
          await trx.deleteFrom('doc_updates').where('room', '=', room).where('seq', '<=', upTo).execute()
          return updates.length
        })
      } catch (error) {
        if (error instanceof CompactionLost) return 0
        throw error
      }
    },

    async pendingUpdateCount(room) {
      const row = await db
        .selectFrom('doc_rooms')
        .select(['head_seq', 'snapshot_seq'])
        .where('room', '=', room)
        .executeTakeFirst()
      return row === undefined ? 0 : Number(row.head_seq) - Number(row.snapshot_seq)
    },
  }
}

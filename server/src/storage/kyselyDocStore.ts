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

/** Appends `updates` to `room` inside `trx`; returns the room's sequence number of the last one. */
async function appendWithin(
  trx: Transaction<Database>,
  room: string,
  updates: readonly Uint8Array[],
  at: string,
): Promise<number> {
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
}

/** An append waiting for the next group commit. */
interface PendingAppend {
  room: string
  updates: readonly Uint8Array[]
  resolve: (headSeq: number) => void
  reject: (error: unknown) => void
}

/** How {@link kyselyDocStore} commits appends. */
export interface DocStoreOptions {
  /**
   * Group commit: appends that arrive while one commit is being written, or in the same turn of the event loop,
   * share the next transaction (one WAL commit and one fsync instead of one per append). Each still resolves only
   * after the transaction holding it has committed. For SQLite, where every transaction goes through the one
   * connection anyway; on Postgres, one transaction across rooms would take several rooms' row locks at once, and
   * two nodes taking them in different orders could deadlock.
   */
  groupCommit: boolean
}

/** {@link DocStore} over any Kysely dialect (SQLite, Postgres): portable SQL only. */
export function kyselyDocStore(
  db: Kysely<Database>,
  now: () => string,
  options: DocStoreOptions = { groupCommit: false },
): DocStore {
  const appendAlone = (room: string, updates: readonly Uint8Array[]): Promise<number> =>
    db.transaction().execute((trx) => appendWithin(trx, room, updates, now()))

  let waiting: PendingAppend[] = []
  let committing = false

  async function commitGroup(group: readonly PendingAppend[]): Promise<void> {
    try {
      const heads = await db.transaction().execute(async (trx) => {
        const at = now()
        const seqs: number[] = []
        for (const entry of group) seqs.push(await appendWithin(trx, entry.room, entry.updates, at))
        return seqs
      })
      group.forEach((entry, index) => entry.resolve(heads[index]!))
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error)
        return
      }
      // The whole group rolled back. One bad append must not fail the others: each is retried on its own.
      for (const entry of group) {
        await appendAlone(entry.room, entry.updates).then(entry.resolve, entry.reject)
      }
    }
  }

  function startGroups(): void {
    if (committing || waiting.length === 0) return
    committing = true
    void (async () => {
      while (waiting.length > 0) {
        const group = waiting
        waiting = []
        await commitGroup(group)
      }
      committing = false
    })()
  }

  return {
    appendUpdates(room, updates) {
      if (updates.length === 0) return Promise.reject(new Error('appendUpdates needs at least one update'))
      if (!options.groupCommit) return appendAlone(room, updates)
      return new Promise<number>((resolve, reject) => {
        waiting.push({ room, updates, resolve, reject })
        // After the current I/O phase, so every frame read in it joins the same group.
        if (waiting.length === 1 && !committing) setImmediate(startGroups)
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

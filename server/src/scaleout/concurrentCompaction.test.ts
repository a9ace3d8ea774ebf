import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Store } from '../storage/Store'
import { createPostgresStore } from '../storage/createPostgresStore'
import { createSqliteStore } from '../storage/createSqliteStore'
import { createPostgresTestDatabase } from './postgresTestDatabase'

function textEdits(count: number, clientID: number): Uint8Array[] {
  const doc = new Y.Doc()
  doc.clientID = clientID
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  for (let index = 0; index < count; index++) doc.getMap('edits').set(`${clientID}:${index}`, index)
  return updates
}

function keysOf(update: Uint8Array | undefined): number {
  const doc = new Y.Doc()
  if (update !== undefined) Y.applyUpdate(doc, update)
  return doc.getMap('edits').size
}

/**
 * Two stores on one database appending, compacting, loading and catching up on one room at once: two nodes on
 * Postgres, or two connections to one SQLite file. Each loop gives the event loop a turn between operations, as
 * a server does, where every load and compaction follows I/O: better-sqlite3 answers within microtasks, so a loop
 * that never yields would starve the SQLite group commit, which starts its transaction on the next turn.
 */
function runConcurrentCompaction(
  name: string,
  openTwo: () => Promise<{ stores: [Store, Store]; drop: () => Promise<void> }>,
): void {
  describe(`two stores compacting one room at once (${name})`, () => {
    let drop: () => Promise<void> = () => Promise.resolve()
    const stores: Store[] = []

    beforeAll(async () => {
      const opened = await openTwo()
      drop = opened.drop
      stores.push(...opened.stores)
    })
    afterAll(async () => {
      await Promise.all(stores.map((store) => store.close()))
      await drop()
    })

    it('loses no update and never loads a state missing one, while both compact and append', async () => {
      const [first, second] = [stores[0]!, stores[1]!]
      const room = 'race-room-1'
      // Each node appends its own client's edits in order, both at once.
      const [ours, theirs] = [textEdits(150, 1), textEdits(150, 2)]
      let appended = 0
      let done = false
      const appends = (async () => {
        for (let index = 0; index < ours.length; index++) {
          await Promise.all([
            first.docs.appendUpdates(room, [ours[index]!]),
            second.docs.appendUpdates(room, [theirs[index]!]),
          ])
          appended = 2 * (index + 1)
        }
        done = true
      })()
      const compactions = [first, second].map(async (store) => {
        let folded = 0
        while (!done) {
          folded += await store.docs.compact(room)
          await nextTurn()
        }
        return folded
      })
      let loads = 0
      // Every update adds one key, so a consistent read at seq N holds exactly N keys.
      const loaders = [first, second].map(async (store) => {
        while (!done) {
          const floor = appended
          const loaded = await store.docs.loadDocument(room)
          expect(loaded?.seq ?? 0).toBeGreaterThanOrEqual(floor)
          expect(keysOf(loaded?.update)).toBe(loaded?.seq ?? 0)
          loads++
          await nextTurn()
        }
      })
      // A node catching up on missed fan-out messages reads `updatesSince` while the others compact.
      const follower = (async () => {
        const doc = new Y.Doc()
        let seq = 0
        while (!done) {
          for (const entry of await second.docs.updatesSince(room, seq)) {
            Y.applyUpdate(doc, entry.update)
            seq = entry.seq
          }
          expect(doc.getMap('edits').size).toBe(seq)
          await nextTurn()
        }
      })()
      await Promise.all([appends, ...compactions, ...loaders, follower])
      console.log(`loads ${loads}, folded ${(await Promise.all(compactions)).join('+')}`)
      const final = await first.docs.loadDocument(room)
      expect(final?.seq).toBe(300)
      expect(keysOf(final?.update)).toBe(300)
    }, 60_000)
  })
}

runConcurrentCompaction('Postgres, two nodes', async () => {
  const database = await createPostgresTestDatabase()
  return {
    stores: [await createPostgresStore(database.url, 4), await createPostgresStore(database.url, 4)],
    drop: database.drop,
  }
})

// SQLite serves one node through one connection, so that is the pairing that exists. (Two connections in one
// process cannot work: better-sqlite3 waits for a lock synchronously, blocking the event loop that would release it.)
runConcurrentCompaction('SQLite, one node', async () => {
  const store = await createSqliteStore(mkdtempSync(path.join(tmpdir(), 'zhibu-compaction-')))
  let closed: Promise<void> | undefined
  const shared: Store = { ...store, close: () => (closed ??= store.close()) }
  return { stores: [shared, shared], drop: () => Promise.resolve() }
})

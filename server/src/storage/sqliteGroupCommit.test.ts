import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Store } from './Store'
import { createSqliteStore } from './createSqliteStore'

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

function textOf(update: Uint8Array | undefined): string {
  const doc = new Y.Doc()
  if (update !== undefined) Y.applyUpdate(doc, update)
  return doc.getText('t').toJSON()
}

const stores: Store[] = []

afterEach(async () => {
  await Promise.all(stores.splice(0).map((store) => store.close()))
})

async function openStore(): Promise<{ store: Store; dataDir: string }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zhibu-group-'))
  const store = await createSqliteStore(dataDir)
  stores.push(store)
  return { store, dataDir }
}

describe('SQLite group commit', () => {
  it('commits appends to many rooms made in one turn, each with its own gap-free seqs', async () => {
    const { store } = await openStore()
    const rooms = Array.from({ length: 40 }, (_, index) => `group-room-${index}`)
    const first = await Promise.all(
      rooms.map((room) => store.docs.appendUpdates(room, [textUpdate(`${room}/a`)])),
    )
    const second = await Promise.all(
      rooms.map((room) => store.docs.appendUpdates(room, [textUpdate('b'), textUpdate('c')])),
    )
    expect(first).toEqual(rooms.map(() => 1))
    expect(second).toEqual(rooms.map(() => 3))
    for (const room of rooms) {
      const loaded = await store.docs.loadDocument(room)
      expect(loaded?.seq).toBe(3)
      expect(textOf(loaded?.update)).toHaveLength(`${room}/a`.length + 2)
    }
  })

  it('keeps the order of appends to one room made in the same turn', async () => {
    const { store } = await openStore()
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    for (let index = 0; index < 30; index++) doc.getText('t').insert(index, String(index % 10))
    const seqs = await Promise.all(updates.map((update) => store.docs.appendUpdates('ordered', [update])))
    expect(seqs).toEqual(updates.map((_, index) => index + 1))
    const since = await store.docs.updatesSince('ordered', 0)
    expect(
      since.map((entry) => Buffer.from(entry.update).equals(Buffer.from(updates[entry.seq - 1]!))),
    ).toEqual(updates.map(() => true))
  })

  it('fails only the append that cannot be written when it shared a group with others', async () => {
    const { store, dataDir } = await openStore()
    // A second connection to the same file makes one room unwritable, as a full disk or a constraint would.
    const side = new BetterSqlite3(path.join(dataDir, 'zhibu.sqlite'))
    side.exec(
      `CREATE TRIGGER poison BEFORE INSERT ON doc_updates WHEN NEW.room = 'poisoned'
       BEGIN SELECT RAISE(ABORT, 'poisoned room'); END`,
    )
    side.close()
    const results = await Promise.allSettled([
      store.docs.appendUpdates('healthy-1', [textUpdate('one')]),
      store.docs.appendUpdates('poisoned', [textUpdate('never')]),
      store.docs.appendUpdates('healthy-2', [textUpdate('two')]),
    ])
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(textOf((await store.docs.loadDocument('healthy-1'))?.update)).toBe('one')
    expect(textOf((await store.docs.loadDocument('healthy-2'))?.update)).toBe('two')
    expect(await store.docs.loadDocument('poisoned')).toBeUndefined()
  })
})

import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import type { DocumentEntry } from './DocumentEntry'
import { freeSyncedDocuments } from './freeSyncedDocuments'
import { MemoryWorkspaceStore } from './MemoryWorkspaceStore'
import { readLocalDocumentState } from './readLocalDocumentState'

function entry(id: string, overrides: Partial<DocumentEntry>): DocumentEntry {
  const at = '2026-11-23T00:00:00.000Z'
  return {
    ...{ id, unitId: 'b1', templateId: 't', title: id, kind: 'minutes', createdAt: at, updatedAt: at },
    ...{ pending: false, syncError: null, offline: true },
    ...overrides,
  }
}

/** Writes a database shaped like y-indexeddb's: an `updates` log and a `custom` key-value store. */
function writeYIndexeddb(name: string, updates: Uint8Array[], syncState: string | null): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(name)
    open.onupgradeneeded = () => {
      open.result.createObjectStore('updates', { autoIncrement: true })
      open.result.createObjectStore('custom')
    }
    open.onerror = () => reject(open.error ?? new Error('open failed'))
    open.onsuccess = () => {
      const transaction = open.result.transaction(['updates', 'custom'], 'readwrite')
      for (const update of updates) transaction.objectStore('updates').add(update)
      if (syncState !== null) transaction.objectStore('custom').put(syncState, 'zhibu.syncState')
      transaction.oncomplete = () => {
        open.result.close()
        resolve()
      }
    }
  })
}

describe('freeing local storage', () => {
  it('frees only synced documents that are stored, not queued and not open', async () => {
    const store = new MemoryWorkspaceStore()
    for (const id of ['synced-doc', 'unsynced-doc', 'open-doc', 'queued-doc'])
      await store.putDocument(entry(id, {}))
    await store.putDocument(entry('pending-doc', { pending: true }))
    await store.putDocument(entry('online-only', { offline: false }))
    await store.enqueue(
      { type: 'createDocument', body: { id: 'queued-doc', unitId: 'b1', templateId: 't', title: 'q' } },
      'now',
    )
    const cleared: string[] = []
    const copies = {
      read: (docId: string) => Promise.resolve({ bytes: 10, synced: docId !== 'unsynced-doc' }),
      clear: (docId: string) => Promise.resolve(void cleared.push(docId)),
    }
    const freed = await freeSyncedDocuments(store, copies, new Set(['open-doc']))
    expect(freed).toEqual(['synced-doc'])
    expect(cleared).toEqual(['synced-doc'])
    expect(await store.getDocument('synced-doc')).toMatchObject({ offline: false })
    expect(await store.getDocument('unsynced-doc')).toMatchObject({ offline: true })
    expect((await store.listDocumentSizes()).find((size) => size.docId === 'synced-doc')?.bytes).toBe(0)
  })

  it('reads bytes and sync state from both rooms’ y-indexeddb databases', async () => {
    await writeYIndexeddb(
      'zhibu-doc:measured',
      [new Uint8Array(100), new Uint8Array(28)],
      JSON.stringify({ pending: [], serverState: [] }),
    )
    await writeYIndexeddb('zhibu-doc:measured:review', [new Uint8Array(22)], null)
    const state = await readLocalDocumentState('measured')
    expect(state.synced).toBe(true)
    expect(state.bytes).toBe(150 + JSON.stringify({ pending: [], serverState: [] }).length)

    await writeYIndexeddb(
      'zhibu-doc:edited',
      [new Uint8Array(5)],
      JSON.stringify({ pending: [[1, 4, 0]], serverState: [] }),
    )
    expect(await readLocalDocumentState('edited')).toMatchObject({ synced: false })
  })

  it('reads a document never stored as empty and synced without creating its database', async () => {
    expect(await readLocalDocumentState('never-stored')).toEqual({ bytes: 0, synced: true })
    expect((await indexedDB.databases()).some((database) => database.name?.includes('never-stored'))).toBe(
      false,
    )
  })
})

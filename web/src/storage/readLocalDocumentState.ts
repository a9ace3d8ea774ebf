import { documentDatabaseNames } from '../document/documentDatabaseNames'
import type { LocalDocumentState } from './LocalDocumentState'

// Written by the document page's sync tracker into y-indexeddb's `custom` store: `{ pending: [...] }` lists the
// local changes the server has not acknowledged yet.
const syncStateKey = 'zhibu.syncState'

interface DatabaseReading {
  bytes: number
  pendingChanges: number
}

function readDatabase(factory: IDBFactory, name: string): Promise<DatabaseReading> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name)
    open.onerror = () => reject(open.error ?? new Error(`cannot open ${name}`))
    open.onsuccess = () => {
      const db = open.result
      const reading: DatabaseReading = { bytes: 0, pendingChanges: 0 }
      const storeNames = ['updates', 'custom'].filter((storeName) => db.objectStoreNames.contains(storeName))
      if (storeNames.length === 0) {
        db.close()
        resolve(reading)
        return
      }
      const transaction = db.transaction(storeNames, 'readonly')
      transaction.oncomplete = () => {
        db.close()
        resolve(reading)
      }
      transaction.onerror = () => {
        db.close()
        reject(transaction.error ?? new Error(`cannot read ${name}`))
      }
      if (storeNames.includes('updates')) {
        const cursor = transaction.objectStore('updates').openCursor()
        cursor.onsuccess = () => {
          const current = cursor.result
          if (current === null) return
          const value: unknown = current.value
          if (value instanceof Uint8Array) reading.bytes += value.byteLength
          current.continue()
        }
      }
      if (storeNames.includes('custom')) {
        const request = transaction.objectStore('custom').get(syncStateKey)
        request.onsuccess = () => {
          const value: unknown = request.result
          if (typeof value === 'string') reading.bytes += value.length
          try {
            const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : null
            const pending =
              typeof parsed === 'object' && parsed !== null
                ? (parsed as { pending?: unknown }).pending
                : undefined
            reading.pendingChanges = Array.isArray(pending) ? pending.length : 0
          } catch {
            // A damaged record proves nothing was acknowledged: count it as unsynced, never free it.
            reading.pendingChanges = 1
          }
        }
      }
    }
  })
}

/**
 * Reads a document's local copy (both rooms' y-indexeddb databases): bytes stored and whether every local change
 * has been acknowledged. A document never stored reads as 0 bytes and synced; it is never created by reading.
 */
export async function readLocalDocumentState(
  docId: string,
  factory: IDBFactory = indexedDB,
): Promise<LocalDocumentState> {
  // Opening a missing database would create an empty one, so look the names up first.
  const existing = new Set((await factory.databases()).map((database) => database.name))
  const names = documentDatabaseNames(docId)
  const readings = await Promise.all(
    [names.content, names.review]
      .filter((name) => existing.has(name))
      .map((name) => readDatabase(factory, name)),
  )
  return {
    bytes: readings.reduce((sum, reading) => sum + reading.bytes, 0),
    synced: readings.every((reading) => reading.pendingChanges === 0),
  }
}

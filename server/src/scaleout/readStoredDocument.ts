import * as Y from 'yjs'
import { createPostgresStore } from '../storage/createPostgresStore'

/** The room's saved state, read straight from the shared Postgres (not through any node). */
export async function readStoredDocument(databaseUrl: string, room: string): Promise<Y.Doc> {
  const store = await createPostgresStore(databaseUrl, 1)
  try {
    const doc = new Y.Doc()
    const stored = await store.docs.loadDocument(room)
    if (stored !== undefined) Y.applyUpdate(doc, stored.update)
    return doc
  } finally {
    await store.close()
  }
}

import { IndexeddbPersistence, storeState } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { connectSyncStatus } from './connectSyncStatus'
import { documentDatabaseNames } from './documentDatabaseNames'
import { readPersistedSyncState } from './readPersistedSyncState'
import { SyncStatusTracker } from './SyncStatusTracker'
import { trackLocalChanges } from './trackLocalChanges'

/** An open document (打开的文档): both rooms, their local copies, connections and sync status. */
export interface DocumentSession {
  doc: Y.Doc
  provider: WebsocketProvider
  /** the read-only `<docId>:review` room: comments, inspection, sign-offs (written by the server only) */
  reviewDoc: Y.Doc
  reviewProvider: WebsocketProvider
  tracker: SyncStatusTracker
  /** closes everything; resolves once the local databases are closed (pending writes complete first) */
  destroy: () => Promise<void>
}

/** What {@link openDocumentSession} needs. */
export interface OpenDocumentSessionOptions {
  docId: string
  syncUrl: string
  token: string
  canEdit: boolean
}

const syncStateKey = 'zhibu.syncState'
// y-indexeddb merges its update log itself only past PREFERRED_TRIM_SIZE (500) records; opening a
// document with a longer log than this merges it at once, which keeps rarely edited documents small.
const compactOnOpenAbove = 100
// The token is refused for good; retrying would only be refused again.
const unauthorizedCloseCode = 4401

/**
 * Opens a document offline-first: the Y.Docs load from IndexedDB before anything renders (so a reload
 * without network shows the last state), then the providers connect. A document created offline is
 * refused (4403) until the outbox has created it on the server, so refusals other than an invalid
 * token keep retrying with y-websocket's backoff instead of giving up.
 */
export async function openDocumentSession(options: OpenDocumentSessionOptions): Promise<DocumentSession> {
  const names = documentDatabaseNames(options.docId)
  const doc = new Y.Doc()
  const reviewDoc = new Y.Doc()
  const persistence = new IndexeddbPersistence(names.content, doc)
  const reviewPersistence = new IndexeddbPersistence(names.review, reviewDoc)
  await Promise.all([persistence.whenSynced, reviewPersistence.whenSynced])
  if (persistence._dbsize > compactOnOpenAbove) void storeState(persistence, true)

  const tracker = new SyncStatusTracker(doc, !options.canEdit, new Date())
  const stored = readPersistedSyncState(parseJson(await persistence.get(syncStateKey)))
  if (stored !== null) tracker.restore(stored)

  const shouldReconnect = (event: CloseEvent): boolean => event.code !== unauthorizedCloseCode
  const provider = new WebsocketProvider(options.syncUrl, options.docId, doc, {
    connect: false,
    params: { token: options.token, ack: '1' },
    shouldReconnect,
  })
  const reviewProvider = new WebsocketProvider(options.syncUrl, `${options.docId}:review`, reviewDoc, {
    connect: false,
    params: { token: options.token },
    shouldReconnect,
  })

  const stopTracking = trackLocalChanges(doc, tracker, () => provider.wsconnected)
  const detachStatus = connectSyncStatus(provider, tracker)
  const stopPersisting = tracker.subscribe(
    () => void persistence.set(syncStateKey, JSON.stringify(tracker.persisted())),
  )

  // The browser knows about lost connectivity before the socket times out.
  const goOffline = (): void => {
    provider.disconnect()
    reviewProvider.disconnect()
  }
  const goOnline = (): void => {
    provider.connect()
    reviewProvider.connect()
  }
  window.addEventListener('offline', goOffline)
  window.addEventListener('online', goOnline)
  if (navigator.onLine) goOnline()

  return {
    doc,
    provider,
    reviewDoc,
    reviewProvider,
    tracker,
    destroy: async () => {
      window.removeEventListener('offline', goOffline)
      window.removeEventListener('online', goOnline)
      stopPersisting()
      stopTracking()
      detachStatus()
      provider.destroy()
      reviewProvider.destroy()
      const closed = Promise.all([persistence.destroy(), reviewPersistence.destroy()])
      doc.destroy()
      reviewDoc.destroy()
      await closed
    },
  }
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return null
  try {
    return JSON.parse(value)
  } catch {
    return null
  }
}

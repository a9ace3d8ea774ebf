import type { LocalDocumentState } from './LocalDocumentState'
import type { WorkspaceStore } from './WorkspaceStore'

/** How freeing reaches the local document copies (y-indexeddb), injected so tests and the shell's bundle stay lean. */
export interface LocalDocumentCopies {
  read(docId: string): Promise<LocalDocumentState>
  clear(docId: string): Promise<void>
}

/**
 * Frees the local copies of documents whose every change the server has acknowledged, keeping their index
 * entries (marked not offline) so they still list and reopen online. Never frees a document still waiting in
 * the outbox, one with unacknowledged changes (checked afresh, not from an old measurement), or the ones in
 * `keep` (the document open right now).
 */
export async function freeSyncedDocuments(
  store: WorkspaceStore,
  copies: LocalDocumentCopies,
  keep: ReadonlySet<string> = new Set(),
): Promise<string[]> {
  // Any queued action on a document (its creation, an upgrade, an evidence upload) keeps its copy.
  const queued = new Set(
    (await store.listOutbox()).map((entry) =>
      entry.action.type === 'createDocument' ? entry.action.body.id : entry.action.body.docId,
    ),
  )
  const freed: string[] = []
  for (const entry of await store.listAllDocuments()) {
    if (!entry.offline || entry.pending || queued.has(entry.id) || keep.has(entry.id)) continue
    if (!(await copies.read(entry.id)).synced) continue
    await copies.clear(entry.id)
    await store.updateDocument(entry.id, { offline: false })
    await store.setDocumentSize({
      docId: entry.id,
      bytes: 0,
      synced: true,
      measuredAt: new Date().toISOString(),
    })
    freed.push(entry.id)
  }
  return freed
}

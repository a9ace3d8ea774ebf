import type { LocalDocumentCopies } from '../storage/freeSyncedDocuments'
import type { WorkspaceStore } from '../storage/WorkspaceStore'

/** How many queued actions and locally changed documents the server has not yet accepted (lost on sign-out). */
export async function countUnsyncedWork(store: WorkspaceStore, copies: LocalDocumentCopies): Promise<number> {
  const queued = (await store.listOutbox()).filter((entry) => entry.state === 'queued').length
  let unsynced = 0
  for (const entry of await store.listAllDocuments()) {
    if (
      entry.offline &&
      !entry.pending &&
      !(await copies.read(entry.id).catch(() => ({ synced: false }))).synced
    )
      unsynced++
  }
  return queued + unsynced
}

import type { ApiClient } from '../api/ApiClient'
import type { LocalDocumentCopies } from '../storage/freeSyncedDocuments'
import type { WorkspaceStore } from '../storage/WorkspaceStore'

/**
 * 退出登录: revokes the token when the server is reachable and removes everything this user left on the device
 * (workspace data and the local document copies), so the next person at a shared office computer starts clean.
 */
export async function signOut(
  store: WorkspaceStore,
  api: ApiClient | null,
  copies: LocalDocumentCopies,
): Promise<void> {
  if (api !== null) await api.logout()
  for (const document of await store.listAllDocuments()) {
    if (document.offline) await copies.clear(document.id).catch(() => undefined)
  }
  await store.clear()
}

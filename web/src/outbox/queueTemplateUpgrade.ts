import type { WorkspaceStore } from '../storage/WorkspaceStore'

/**
 * Queues 应用模板更新 made offline. Upgrading is idempotent on the server (a document already at the version
 * is left alone), so the replay may safely repeat it; the new structure then arrives through sync.
 */
export async function queueTemplateUpgrade(
  store: WorkspaceStore,
  docId: string,
  toVersion: string,
  now: Date = new Date(),
): Promise<number> {
  return store.enqueue({ type: 'upgradeDocument', body: { docId, toVersion } }, now.toISOString())
}

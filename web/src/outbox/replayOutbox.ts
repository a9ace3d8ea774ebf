import type { ApiClient } from '../api/ApiClient'
import type { WorkspaceStore } from '../storage/WorkspaceStore'
import type { ReplayReport } from './ReplayReport'

const running = new WeakMap<WorkspaceStore, Promise<ReplayReport>>()

function isTransient(status: number): boolean {
  // 0: not reached; 408/429: ask again later; 5xx: the server's trouble, not the action's.
  return status === 0 || status === 408 || status === 429 || status >= 500
}

async function replay(store: WorkspaceStore, api: ApiClient): Promise<ReplayReport> {
  const report: ReplayReport = { sent: 0, failed: 0, stoppedBy: null }
  for (const entry of await store.listOutbox()) {
    if (entry.state === 'failed') continue
    const result = await api.createDocument(entry.action.body)
    if (result.ok) {
      await store.removeOutbox(entry.seq)
      await store.updateDocument(entry.action.body.id, { pending: false, syncError: null })
      report.sent++
      continue
    }
    const { status, code, message } = result.error
    if (isTransient(status) || status === 401) {
      // Stop rather than skip: later actions may depend on this one, and order is the outbox's promise.
      await store.updateOutbox(entry.seq, { attempts: entry.attempts + 1, lastError: { code, message } })
      report.stoppedBy = status === 401 ? 'unauthorized' : 'network'
      return report
    }
    // A 4xx will fail the same way every time: surface it on the document and stop retrying it.
    await store.updateOutbox(entry.seq, {
      attempts: entry.attempts + 1,
      state: 'failed',
      lastError: { code, message },
    })
    await store.updateDocument(entry.action.body.id, { pending: false, syncError: { code, message } })
    report.failed++
  }
  return report
}

/**
 * Sends the queued actions to the server in order, each with its client id so a repeat (a replay interrupted
 * after the server accepted but before we heard back) is harmless. Concurrent calls share one run.
 */
export function replayOutbox(store: WorkspaceStore, api: ApiClient): Promise<ReplayReport> {
  const current = running.get(store)
  if (current !== undefined) return current
  const run = replay(store, api).finally(() => running.delete(store))
  running.set(store, run)
  return run
}

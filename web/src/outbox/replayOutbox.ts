import type { ApiClient } from '../api/ApiClient'
import type { ApiResult } from '../api/ApiResult'
import { createDocumentExtrasApi } from '../api/createDocumentExtrasApi'
import type { DocumentExtrasApi } from '../api/DocumentExtrasApi'
import type { OutboxEntry } from '../storage/OutboxEntry'
import type { WorkspaceStore } from '../storage/WorkspaceStore'
import type { ReplayReport } from './ReplayReport'
import { sendQueuedUpload } from './sendQueuedUpload'

const running = new WeakMap<WorkspaceStore, Promise<ReplayReport>>()

function isTransient(status: number): boolean {
  // 0: not reached; 408/429: ask again later; 5xx: the server's trouble, not the action's.
  return status === 0 || status === 408 || status === 429 || status >= 500
}

/** Sends one queued action; the bookkeeping that depends on its kind happens here too. */
async function send(
  entry: OutboxEntry,
  store: WorkspaceStore,
  api: ApiClient,
  extras: DocumentExtrasApi,
): Promise<ApiResult<unknown>> {
  const { action } = entry
  switch (action.type) {
    case 'createDocument': {
      const result = await api.createDocument(action.body)
      if (result.ok) await store.updateDocument(action.body.id, { pending: false, syncError: null })
      else if (!isTransient(result.error.status) && result.error.status !== 401) {
        const { code, message } = result.error
        await store.updateDocument(action.body.id, { pending: false, syncError: { code, message } })
      }
      return result
    }
    case 'upgradeDocument':
      return extras.upgrade(action.body.docId, action.body.toVersion)
    case 'uploadAttachment':
      return sendQueuedUpload(action.body, store, extras)
  }
}

async function replay(
  store: WorkspaceStore,
  api: ApiClient,
  extras: DocumentExtrasApi,
): Promise<ReplayReport> {
  const report: ReplayReport = { sent: 0, failed: 0, stoppedBy: null }
  for (const entry of await store.listOutbox()) {
    if (entry.state === 'failed') continue
    const result = await send(entry, store, api, extras)
    if (result.ok) {
      await store.removeOutbox(entry.seq)
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
    // A 4xx will fail the same way every time: keep it for the user to see and stop retrying it.
    await store.updateOutbox(entry.seq, {
      attempts: entry.attempts + 1,
      state: 'failed',
      lastError: { code, message },
    })
    report.failed++
  }
  return report
}

/** The extra endpoints signed in with the session the store holds (the shell passes only its own client). */
function extrasFor(store: WorkspaceStore): DocumentExtrasApi {
  return createDocumentExtrasApi({ getToken: async () => (await store.getSession())?.token ?? null })
}

/**
 * Sends the queued actions to the server in order, each idempotent (client ids, the upgrade's target version,
 * attachments' sha256), so a repeat after a lost reply is harmless. Concurrent calls share one run.
 */
export function replayOutbox(
  store: WorkspaceStore,
  api: ApiClient,
  extras: DocumentExtrasApi = extrasFor(store),
): Promise<ReplayReport> {
  const current = running.get(store)
  if (current !== undefined) return current
  const run = replay(store, api, extras).finally(() => running.delete(store))
  running.set(store, run)
  return run
}

import type { ApiClient } from '../api/ApiClient'
import { replayOutbox } from '../outbox/replayOutbox'
import type { WorkspaceStore } from '../storage/WorkspaceStore'

/** What a refresh found out: whether the session is still accepted. */
export type RefreshOutcome = 'ok' | 'offline' | 'unauthorized'

/**
 * One round of talking to the server: replay the outbox first (so the listing that follows already contains
 * the documents created offline), then reload units, templates and the open unit's documents into the store.
 * Failures leave the local copies as they are; the app keeps working from them.
 */
export async function refreshWorkspace(
  store: WorkspaceStore,
  api: ApiClient,
  unitId: string | null,
): Promise<RefreshOutcome> {
  const replay = await replayOutbox(store, api)
  if (replay.stoppedBy === 'unauthorized') return 'unauthorized'
  const units = await api.listUnits()
  if (!units.ok) return units.error.status === 401 ? 'unauthorized' : 'offline'
  await store.replaceUnits(units.value)
  const templates = await api.listTemplates()
  if (templates.ok) await store.replaceTemplates(templates.value)
  if (unitId !== null) {
    const documents = await api.listDocuments(unitId)
    if (documents.ok) await store.mergeServerDocuments(unitId, documents.value)
  }
  return replay.stoppedBy === 'network' ? 'offline' : 'ok'
}

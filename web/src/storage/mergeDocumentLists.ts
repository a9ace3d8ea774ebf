import type { DocumentEntry } from './DocumentEntry'

/**
 * The unit's documents after a server listing: the server's metadata wins, the device-only `offline` flag
 * survives, and local documents not yet accepted (`pending`, or refused with `syncError`) stay so
 * nothing created offline vanishes before its replay. Anything else the server no longer lists was deleted or
 * is no longer visible, and is dropped.
 */
export function mergeDocumentLists(local: DocumentEntry[], server: DocumentEntry[]): DocumentEntry[] {
  const localById = new Map(local.map((entry) => [entry.id, entry]))
  const merged = server.map((entry): DocumentEntry => {
    const previous = localById.get(entry.id)
    return {
      ...entry,
      pending: false,
      syncError: null,
      offline: previous?.offline ?? false,
    }
  })
  const serverIds = new Set(server.map((entry) => entry.id))
  for (const entry of local) {
    if (!serverIds.has(entry.id) && (entry.pending || entry.syncError !== null)) merged.push(entry)
  }
  return merged
}

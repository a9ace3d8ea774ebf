import * as Y from 'yjs'

/**
 * Merges a snapshot and the updates after it into one update, applied once on load.
 * If the fast merge rejects the set (a stored update that the merge cannot parse), the updates are applied
 * one by one and the unreadable ones skipped, so one bad row cannot make a whole document unloadable.
 */
export function mergeStoredUpdates(
  parts: readonly Uint8Array[],
  onSkipped?: (index: number) => void,
): Uint8Array {
  try {
    return Y.mergeUpdates(parts as Uint8Array[])
  } catch {
    const doc = new Y.Doc({ gc: true })
    parts.forEach((part, index) => {
      try {
        Y.applyUpdate(doc, part)
      } catch {
        onSkipped?.(index)
      }
    })
    const merged = Y.encodeStateAsUpdate(doc)
    doc.destroy()
    return merged
  }
}

import type * as Y from 'yjs'
import type { SyncStatusTracker } from './SyncStatusTracker'

/**
 * Feeds every local transaction of `doc` (typing, undo, redo: `transaction.local`) into the tracker.
 * Updates applied from the server or from IndexedDB are not local and are not counted.
 * Returns the function that stops listening.
 */
export function trackLocalChanges(
  doc: Y.Doc,
  tracker: SyncStatusTracker,
  isConnected: () => boolean,
): () => void {
  const onUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction): void => {
    if (!transaction.local) return
    const before = transaction.beforeState.get(doc.clientID) ?? 0
    const after = transaction.afterState.get(doc.clientID) ?? 0
    tracker.recordLocalChange(before, after, isConnected())
  }
  doc.on('update', onUpdate)
  return () => doc.off('update', onUpdate)
}

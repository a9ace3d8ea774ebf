import * as Y from 'yjs'
import { mergeStoredUpdates } from './mergeStoredUpdates'

/** Rebuilds the state from snapshot + updates and re-encodes it, so deleted content is garbage-collected in the snapshot. */
export function compactUpdates(parts: readonly Uint8Array[]): Uint8Array {
  const doc = new Y.Doc({ gc: true })
  Y.applyUpdate(doc, mergeStoredUpdates(parts))
  const snapshot = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return snapshot
}

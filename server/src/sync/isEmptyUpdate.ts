import * as Y from 'yjs'

/** True for an update that inserts and deletes nothing (what a client in sync sends as its step 2). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const decoded = Y.decodeUpdate(update)
  return decoded.structs.length === 0 && decoded.ds.clients.size === 0
}

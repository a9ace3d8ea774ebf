import * as Y from 'yjs'
import type { TestServer } from '../../testing/TestServer'

/** A room's state as the running room holds it and as the store holds it, for byte-for-byte comparison. */
export interface RoomSnapshot {
  roomUpdate: Uint8Array
  roomStateVector: Uint8Array
  storedUpdate: Uint8Array | undefined
  storedSeq: number | undefined
  pendingUpdates: number
}

export async function roomSnapshot(server: TestServer, room: string): Promise<RoomSnapshot> {
  const copy = await server.running.rooms.readDocument(room)
  const stored = await server.running.store.docs.loadDocument(room)
  const snapshot = {
    roomUpdate: Y.encodeStateAsUpdate(copy),
    roomStateVector: Y.encodeStateVector(copy),
    storedUpdate: stored?.update,
    storedSeq: stored?.seq,
    pendingUpdates: await server.running.store.docs.pendingUpdateCount(room),
  }
  copy.destroy()
  return snapshot
}

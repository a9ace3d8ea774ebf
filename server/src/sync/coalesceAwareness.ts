import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { Room } from './Room'
import type { SyncConnection } from './SyncConnection'

interface PendingState {
  connection: SyncConnection
  clock: number
  /** The stamped state as JSON text (`null` clears it). */
  state: string
}

const pendingByRoom = new WeakMap<Room, Map<number, PendingState>>()

/**
 * Queues a connection's (already stamped) awareness entries and applies them to the room once per event-loop turn,
 * keeping only the newest clock per client id. Every applied update is broadcast to every socket in the room, so
 * applying a burst of N awareness frames one by one costs N × sockets sends; coalesced it costs one per turn.
 * Receivers lose nothing: awareness carries whole states with clocks, and only the newest state counts.
 */
export function coalesceAwareness(
  room: Room,
  connection: SyncConnection,
  entries: ReadonlyArray<{ clientId: number; clock: number; state: string }>,
): void {
  let pending = pendingByRoom.get(room)
  if (pending === undefined) {
    pending = new Map()
    pendingByRoom.set(room, pending)
    setImmediate(() => flushAwareness(room))
  }
  for (const entry of entries) {
    const queued = pending.get(entry.clientId)
    if (queued === undefined || queued.clock <= entry.clock)
      pending.set(entry.clientId, { connection, ...entry })
  }
}

/** Applies what {@link coalesceAwareness} queued for the room (also called before answering query-awareness). */
export function flushAwareness(room: Room): void {
  const pending = pendingByRoom.get(room)
  if (pending === undefined) return
  pendingByRoom.delete(room)
  if (room.closing) return
  const byConnection = new Map<SyncConnection, Array<[number, PendingState]>>()
  for (const [clientId, entry] of pending) {
    // A socket that closed meanwhile had its states removed; its queued ones must not bring them back.
    if (!entry.connection.isOpen || room.awarenessOwners.get(clientId) !== entry.connection) continue
    const list = byConnection.get(entry.connection) ?? []
    list.push([clientId, entry])
    byConnection.set(entry.connection, list)
  }
  for (const [connection, list] of byConnection) {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, list.length)
    for (const [clientId, entry] of list) {
      encoding.writeVarUint(encoder, clientId)
      encoding.writeVarUint(encoder, entry.clock)
      encoding.writeVarString(encoder, entry.state)
    }
    awarenessProtocol.applyAwarenessUpdate(room.awareness, encoding.toUint8Array(encoder), connection)
  }
}
